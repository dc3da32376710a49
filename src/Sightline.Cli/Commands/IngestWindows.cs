using System.Diagnostics;
using Sightline.Knowledge.Ingest;

namespace Sightline.Cli.Commands;

/// <summary>Passes ingest outcomes through and prints, every <c>size</c> reports, the rate over that window (wall time)
/// and the process's CPU time a report over it, with the cumulative rate, so a benchmark shows how the cost of a report
/// changes as the base grows. On a shared host the CPU time, which other processes' load changes far less, is the one
/// to compare.</summary>
internal sealed class IngestWindows(int size)
{
    public IEnumerable<IngestOutcome> Watch(IEnumerable<IngestOutcome> outcomes)
    {
        using var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var count = 0;
        foreach (var outcome in outcomes)
        {
            yield return outcome;
            if (++count % size != 0) continue;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            Console.WriteLine($"window {count - size + 1:N0}–{count:N0}: {size / window.Elapsed.TotalSeconds:N1} reports/s, {used.TotalMilliseconds / size:N1} ms CPU a report; " +
                              $"cumulative {count / total.Elapsed.TotalSeconds:N1} reports/s after {total.Elapsed.TotalSeconds:N0} s");
            cpu = process.TotalProcessorTime;
            window.Restart();
        }
    }
}
