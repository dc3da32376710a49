namespace Sightline.Cli.Output;

/// <summary>List import progress: a count of entries read for each list in turn, fed by
/// <see cref="Sightline.Lists.Import.ListImporter.Progress"/>, ended when the outcome is printed.</summary>
internal sealed class ImportProgress
{
    private ProgressBar? _bar;
    private string? _list;

    public void Report(string list, int count)
    {
        if (_list != list)
        {
            Done();
            _list = list;
            _bar = new ProgressBar($"{list}: entries read", null);
        }
        _bar!.Report(count);
    }

    public void Done()
    {
        _bar?.Done();
        _bar = null;
        _list = null;
    }
}
