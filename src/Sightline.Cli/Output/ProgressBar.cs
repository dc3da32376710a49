namespace Sightline.Cli.Output;

/// <summary>A progress bar on standard error: redrawn in place on a terminal, a line every tenth of the way when
/// standard error is a file or pipe, so logs stay readable. <paramref name="unit"/> names what is counted ("messages").</summary>
internal sealed class ProgressBar(string label, int? total, string? unit = null)
{
    private const int Width = 30;
    private readonly bool _terminal = StandardStreams.ErrorIsTerminal;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private long _lastDraw;
    private int _lastTenth;

    public void Report(int done)
    {
        if (_terminal)
        {
            if (_clock.ElapsedMilliseconds - _lastDraw < 100 && done != total) return;
            _lastDraw = _clock.ElapsedMilliseconds;
            Console.Error.Write("\r" + Line(done));
            return;
        }
        if (total is not > 0) return;
        var tenth = (int)(10L * done / total.Value);
        if (tenth <= _lastTenth) return;
        _lastTenth = tenth;
        Console.Error.WriteLine(Line(done));
    }

    /// <summary>Prints a message on its own line without garbling the bar.</summary>
    public void Interrupt(string message)
    {
        if (_terminal) Console.Error.Write("\r\u001b[K");
        Console.Error.WriteLine(message);
    }

    public void Done()
    {
        if (_terminal) Console.Error.WriteLine();
    }

    private string Line(int done)
    {
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        if (total is not > 0) return $"  {label}: {done:N0} rows, {rate:N0}/s";
        var filled = (int)((long)Width * Math.Min(done, total.Value) / total.Value);
        return $"  {label} [{new string('#', filled)}{new string('-', Width - filled)}] {100L * done / total.Value,3}% {done:N0}/{total:N0}{(unit is null ? "" : " " + unit)}, {rate:N0}/s";
    }
}
