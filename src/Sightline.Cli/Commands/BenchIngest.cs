using System.CommandLine;
using System.Diagnostics;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Screening;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench ingest</c>: generates a seeded synthetic corpus, ingests it end to end into the database,
/// and times the profile and sanctioned-meetings queries on the result.</summary>
internal static class BenchIngest
{
    public const int Seed = 20261123;

    public static Command Create()
    {
        var reports = new Option<int>("--reports") { Description = "How many reports to generate and ingest", DefaultValueFactory = _ => 2000 };
        var folder = new Option<string?>("--corpus") { Description = "Where to write the corpus (default: a temporary folder, deleted afterwards)" };
        var queriesOnly = new Option<bool>("--queries-only") { Description = "Skip generating and ingesting: time the queries on the database as it is" };
        var window = new Option<int>("--window") { Description = "Print the ingest rate over every this many reports", DefaultValueFactory = _ => 1000 };
        var command = new Command("ingest", "Measure end-to-end ingestion (reports a second, over each window and overall) and entity / meetings --sanctioned query times on a generated corpus")
        {
            reports, folder, queriesOnly, window,
        };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            session.Lists.ListsOrBundled();
            if (result.GetValue(queriesOnly))
            {
                TimeQueries(session);
                return 0;
            }
            var corpus = result.GetValue(folder) ?? Path.Combine(Path.GetTempPath(), $"sightline-corpus-{Environment.ProcessId}");
            var count = Math.Max(1, result.GetValue(reports));
            var clock = Stopwatch.StartNew();
            new ReportGenerator(ScreeningIndexLoader.ActiveEntries(session.Lists.Store), Seed).Write(corpus, count);
            Console.WriteLine($"Generated {count:N0} reports (seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s into {corpus}; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            try
            {
                var ingestor = session.Ingestor();
                var files = ReportFiles.Expand([corpus]).ToList();
                var windows = new IngestWindows(Math.Max(1, result.GetValue(window)));
                var tally = IngestCommand.Run(windows.Watch(ingestor.IngestFiles(files)), files.Count);
                Console.WriteLine(tally);
                Console.WriteLine($"Ingest rate: {files.Count / tally.Elapsed.TotalSeconds:N0} reports a second end to end (read, analyse, extract, resolve, link, store)");
                Console.WriteLine($"Resolution lookups with more than {EntityIndex.MaxCompared} entities to compare (the rest left out): {ingestor.Entities.CappedLookups:N0}");
                TimeQueries(session);
            }
            finally
            {
                if (result.GetValue(folder) is null) Directory.Delete(corpus, recursive: true);
            }
            return 0;
        });
        return command;
    }

    /// <summary>Times <c>entity</c> on the linked entity with the most meetings and <c>meetings --sanctioned</c>, each the
    /// median of 9 runs in this process.</summary>
    private static void TimeQueries(KnowledgeSession session)
    {
        var totals = session.Store.Entities.Totals();
        Console.WriteLine($"Knowledge base: {totals.Documents:N0} documents, {totals.Entities:N0} entities, {totals.Events:N0} meeting events");
        var busiest = session.Store.Entities.BusiestLinkedEntity();
        if (busiest is not null)
        {
            var profiles = session.Profiles();
            var profile = profiles.Read(busiest)!;
            Console.WriteLine($"entity {busiest} (\"{profile.Name}\", the linked entity with the most meetings: {profile.MeetingsTotal:N0}): median {Median(() => profiles.Read(busiest)):0.0} ms over 9 runs");
            Console.WriteLine($"entity lookup by name \"{profile.Name}\": median {Median(() => EntityLookup.Find(session.Store, profile.Name)):0.0} ms over 9 runs");
        }
        Console.WriteLine($"meetings --sanctioned (newest 100): median {Median(() => session.Profiles().Events.ReadNewest(sanctionedOnly: true, limit: 100)):0.0} ms over 9 runs");
    }

    private static double Median(Func<object?> query)
    {
        var times = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var clock = Stopwatch.StartNew();
            query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
