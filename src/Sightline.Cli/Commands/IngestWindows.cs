using System.Diagnostics;
using Sightline.Knowledge.Ingest;

namespace Sightline.Cli.Commands;

/// <summary>Passes ingest outcomes through and prints, every <c>size</c> reports, the rate over that window and the
/// cumulative rate, so a benchmark shows how the cost of a report changes as the base grows.</summary>
internal sealed class IngestWindows(int size)
{
    private readonly List<double> _rates = [];

    /// <summary>The rate of each full window, in order.</summary>
    public IReadOnlyList<double> Rates => _rates;

    public IEnumerable<IngestOutcome> Watch(IEnumerable<IngestOutcome> outcomes)
    {
        var total = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        var count = 0;
        foreach (var outcome in outcomes)
        {
            yield return outcome;
            if (++count % size != 0) continue;
            var rate = size / window.Elapsed.TotalSeconds;
            _rates.Add(rate);
            Console.WriteLine($"window {count - size + 1:N0}–{count:N0}: {rate:N1} reports/s; cumulative {count / total.Elapsed.TotalSeconds:N1} reports/s after {total.Elapsed.TotalSeconds:N0} s");
            window.Restart();
        }
    }
}
