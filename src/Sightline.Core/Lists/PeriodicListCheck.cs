namespace Sightline.Lists;

/// <summary>
/// The list change feed of a store that cannot notify (SQLite): a signal every <see cref="Period"/>, on which the holder
/// reads the active versions again, so that a list imported by the command line beside a running server is taken up
/// within the period (ADR-042).
/// </summary>
public sealed class PeriodicListCheck(TimeProvider clock, TimeSpan period) : IListChangeFeed
{
    /// <summary>How often a SQLite server reads its active versions again: one small query.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromSeconds(5);

    private static readonly ListChangeSignal Signal = new("periodic check");

    public TimeSpan Period { get; } = period;

    public async Task<ListChangeSignal> NextAsync(CancellationToken cancel)
    {
        await Task.Delay(Period, clock, cancel);
        return Signal;
    }

    public void Dispose() { }
}
