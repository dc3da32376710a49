using Spectre.Console;

namespace Sightline.Cli.Output;

/// <summary>The progress of one long step on standard error. On a terminal it is a Spectre.Console bar redrawn in place
/// (a spinner and a count when the total is not known); when standard error is a file or pipe (tests, logs) it is a
/// plain line every tenth of the way, or one line when the step starts if the total is not known. Standard output is
/// never touched. A unit names what is counted ("messages").</summary>
/// <remarks>Core code reports through <see cref="IProgress{T}"/>, so a bar can be handed to it as it is. Dispose (or
/// <see cref="Done"/>) ends the bar; it may be called more than once.</remarks>
internal sealed class ProgressBar : IProgress<int>, IProgress<long>, IDisposable
{
    private const int Width = 30;
    private readonly string _label;
    private readonly string? _unit;
    private readonly long? _total;
    private readonly LiveProgress? _live;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private int _lastTenth;
    private bool _done;

    /// <param name="label">What is being done, in a few words (<c>ingest</c>, <c>indexing entries</c>).</param>
    /// <param name="total">How many items there are, when known.</param>
    /// <param name="unit">What the items are, when the label does not say (<c>messages</c>).</param>
    public ProgressBar(string label, long? total, string? unit = null)
    {
        _label = label;
        _unit = unit;
        _total = total is > 0 ? total : null;
        if (StandardStreams.ErrorIsTerminal) _live = new LiveProgress(StandardStreams.ErrorConsole(), label, _total);
        else if (_total is null) Console.Error.WriteLine($"  {label}…"); // no tenths to print: say what has started
    }

    public void Report(int value) => Report((long)value);

    /// <summary>Sets how many items are done.</summary>
    public void Report(long done)
    {
        if (_done) return;
        if (_live is not null)
        {
            _live.Report(done);
            return;
        }
        if (_total is not { } total) return;
        var tenth = (int)(10 * Math.Min(done, total) / total);
        if (tenth <= _lastTenth) return;
        _lastTenth = tenth;
        Console.Error.WriteLine(Line(done, total));
    }

    /// <summary>Prints a message on its own line without garbling the bar.</summary>
    public void Interrupt(string message)
    {
        if (_live is not null && !_done) _live.WriteLine(message);
        else Console.Error.WriteLine(message);
    }

    /// <summary>Ends the bar, leaving it shown at its last value.</summary>
    public void Done()
    {
        if (_done) return;
        _done = true;
        _live?.Stop();
    }

    public void Dispose() => Done();

    private string Line(long done, long total)
    {
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var filled = (int)(Width * Math.Min(done, total) / total);
        return $"  {_label} [{new string('#', filled)}{new string('-', Width - filled)}] {100 * done / total,3}% {done:N0}/{total:N0}{(_unit is null ? "" : " " + _unit)}, {rate:N0}/s";
    }
}
