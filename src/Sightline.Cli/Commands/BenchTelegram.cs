using System.CommandLine;
using Sightline.Knowledge.Ingest;
using Sightline.Screening;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench telegram-export</c>: writes a seeded synthetic Telegram channel export, to be ingested
/// under <c>/usr/bin/time -v sightline ingest</c> for the time and peak memory of a large export (docs/BENCHMARKS.md).</summary>
internal static class BenchTelegram
{
    public static Command Create()
    {
        var messages = new Option<int>("--messages") { Description = "How many messages the export holds", DefaultValueFactory = _ => 100_000 };
        var output = new Option<string>("--out") { Description = "Where to write the export (result.json)", Required = true };
        var command = new Command("telegram-export", "Write a generated Telegram channel export of many short posts about a few dozen meetings") { messages, output };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            session.Lists.ListsOrBundled();
            var count = Math.Max(1, result.GetValue(messages));
            var path = result.GetValue(output)!;
            new TelegramExportGenerator(ScreeningIndexLoader.ActiveEntries(session.Lists.Store), BenchIngest.Seed).Write(path, count);
            Console.WriteLine($"Wrote {count:N0} messages (seed {BenchIngest.Seed}) to {path}: {new FileInfo(path).Length / 1024.0 / 1024:0.0} MB");
            return 0;
        });
        return command;
    }
}
