using System.CommandLine;
using System.Diagnostics;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Screening.Persistence;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench index</c>: the stored screening index's size on disk, how long reading it takes (the
/// first time in a process, as <c>sightline screen</c> reads it, and warm), and warm screening names a second on one
/// thread over the evaluation fixtures' names (listed persons and synthetic non-matches).</summary>
internal static class BenchIndex
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "How many times to read the stored index after the first", DefaultValueFactory = _ => 20 };
        var names = new Option<int>("--names") { Description = "How many fixture names to screen (listed persons first, then non-matches)", DefaultValueFactory = _ => 20_000 };
        var command = new Command("index", "Measure the stored screening index: size, read time, warm screening names a second") { rounds, names };
        command.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            session.ListsOrBundled();
            return Run(session, Math.Max(1, result.GetValue(rounds)), Math.Max(1, result.GetValue(names)));
        });
        return command;
    }

    private static int Run(CliSession session, int rounds, int nameCount)
    {
        var firstCpu = CpuMilliseconds();
        var first = StoredScreeningIndex.Open(session.Store, session.DatabasePath, Console.Error.WriteLine);
        firstCpu = CpuMilliseconds() - firstCpu;
        var index = first.Index;
        Console.WriteLine($"Stored screening index {first.Path}: {index.EntryCount:N0} entries, {index.NameCount:N0} names, {index.KeyCount:N0} keys; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (first.Built)
        {
            Console.WriteLine($"  built and stored (none was usable): {first.Elapsed.TotalSeconds:0.00} s; run again to measure reading it");
            return 0;
        }
        Console.WriteLine($"  size on disk: {first.FileBytes:N0} bytes ({first.FileBytes / 1048576.0:0.0} MiB)");
        Console.WriteLine($"  first read in this process (code not yet compiled, as in `sightline screen`): {first.Elapsed.TotalMilliseconds:N0} ms wall, {firstCpu:N0} ms processor time");

        var wall = new double[rounds];
        var cpu = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var cpuBefore = CpuMilliseconds();
            wall[i] = StoredScreeningIndex.Open(session.Store, session.DatabasePath).Elapsed.TotalMilliseconds;
            cpu[i] = CpuMilliseconds() - cpuBefore;
        }
        Console.WriteLine($"  read again, {rounds} rounds (key, read, checksum, assemble): {Spread(wall)} wall, {Spread(cpu)} processor time");

        var queries = FixtureNames("positives_un_untreated.csv").Concat(FixtureNames("negatives_us.csv")).Take(nameCount).ToList();
        var screener = new Screener(index);
        foreach (var query in queries) screener.Screen(query);
        var clock = Stopwatch.StartNew();
        var cpuStart = CpuMilliseconds();
        foreach (var query in queries) screener.Screen(query);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (CpuMilliseconds() - cpuStart) / 1000;
        Console.WriteLine($"  warm screening, one thread, {queries.Count:N0} names (with their birth dates and nationalities): " +
            $"{queries.Count / seconds:N0} names/s of wall time ({seconds:0.00} s), {queries.Count / cpuSeconds:N0} names/s of processor time ({cpuSeconds:0.00} s)");
        return 0;
    }

    /// <summary>The processor time this process has used: on a machine shared with other work it measures what the
    /// work costs one core, where wall time also counts the waits for a turn.</summary>
    private static double CpuMilliseconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static string Spread(double[] milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return $"min {sorted[0]:N0} ms, median {sorted[sorted.Length / 2]:N0} ms, max {sorted[^1]:N0} ms";
    }

    private static IEnumerable<ScreeningQuery> FixtureNames(string file)
    {
        var path = ProjectPaths.Data("eval", file);
        using var stream = File.OpenRead(path);
        foreach (var row in BatchInput.Csv(stream, path))
            if (row.Query is { } query) yield return query;
    }
}
