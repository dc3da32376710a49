using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Screening;
using Sightline.Screening.Evaluation;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench screen</c>: measures screening quality and speed end to end and prints the table.</summary>
internal static class BenchCommands
{
    public static Command Create()
    {
        var scale = new Option<int>("--scale") { Description = "Also load this many synthetic FtM entities and measure speed and memory (e.g. 1000000)" };
        var data = new Option<string?>("--data") { Description = "Folder of evaluation fixtures (default: the bundled data/eval)" };
        var namesData = new Option<string>("--names-data") { Description = "The names-data folder whose development slices give the names across scripts (skipped when absent)", DefaultValueFactory = _ => Path.Combine("..", "shared", "names-data") };
        var answers = new Option<string?>("--answers") { Description = "Also write the answers to the timed queries and the qualified non-matches to this file, a JSON line each, to compare two builds" };
        var screen = new Command("screen", "Measure screening: listed persons and variants, non-matches, names across scripts, OFAC parity, speed") { scale, data, namesData, answers };
        screen.SetAction(result =>
        {
            var folder = result.GetValue(data) ?? Path.Combine(AppContext.BaseDirectory, "data", "eval");
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"sightline bench screen: {folder}: no such folder");
                return 2;
            }
            using var session = CliSession.Open(result);
            var lists = session.ListsOrBundled();
            var entries = ScreeningIndexLoader.ActiveEntries(session.Store);
            Console.WriteLine($"Screening benchmark against {entries.Count:N0} entries:");
            foreach (var list in lists) Console.WriteLine($"  {session.Describe(list)}");
            Console.WriteLine($"Fixtures: {folder}; seed {ScreeningEvaluation.Seed}; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine();

            var names = result.GetValue(namesData);
            if (names is not null && !Directory.Exists(names))
            {
                Console.WriteLine($"{names}: no such folder; names across scripts not measured");
                names = null;
            }
            using var answersFile = result.GetValue(answers) is { } answersPath ? File.Create(answersPath) : null;
            var rows = new ScreeningEvaluation(entries, folder, Console.Out, names).Run(result.GetValue(scale), answersFile);
            Console.WriteLine();
            var table = new TextTable("Suite", "Measure", "Cases", "Value", "Target", "Met");
            foreach (var row in rows)
                table.Add(row.Suite, row.Measure, row.Cases, row.Value, row.Target, row.MeetsTarget switch { true => "yes", false => "NO", null => "" });
            table.Write(Console.Out);
            return 0;
        });
        var rounds = new Option<int>("--rounds") { Description = "How many times to analyse the samples", DefaultValueFactory = _ => 200 };
        var analyze = new Command("analyze", "Measure the tagger's tokens a second and whole-report analysis speed on the sample reports") { rounds };
        analyze.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            return BenchAnalyze.Run(session, Math.Max(1, result.GetValue(rounds)));
        });
        return new Command("bench", "Measurements of Sightline's quality and speed") { screen, analyze, BenchIngest.Create(), BenchIndex.Create(), BenchTelegram.Create(), BenchMatch.Create() };
    }
}
