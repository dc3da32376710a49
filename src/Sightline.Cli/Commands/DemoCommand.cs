using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline demo</c>: Sightline's main job on the embedded default — the bundled lists and sample reports.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Load the bundled sanctions lists into the embedded database and show what was loaded");
        command.SetAction(result =>
        {
            var data = Path.Combine(AppContext.BaseDirectory, "data", "lists");
            using var session = CliSession.Open(result);
            Console.WriteLine($"Sightline demo — database {session.DatabasePath}");
            Console.WriteLine();
            Console.WriteLine($"1. Bundled sanctions lists ({data})");
            var importer = session.Importer();
            var failed = false;
            foreach (var reader in BundledLists.Open(data))
            {
                var outcome = importer.Import(reader);
                OutcomePrinter.Write(Console.Out, outcome, session);
                failed |= outcome is ImportOutcome.Failed;
            }

            Console.WriteLine();
            Console.WriteLine("2. One entry, everything parsed from it (sightline lists show 28004)");
            if (session.Store.Entry("us_ofac_sdn", "28004") is { } entry)
                EntryPrinter.Write(Console.Out, entry, session.Store.ActiveVersions().First(v => v.List == "us_ofac_sdn"), session.Store.FirstSeen("us_ofac_sdn", "28004"), session);

            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            var reports = Directory.Exists(samples) ? Directory.GetFiles(samples, "*.txt").Length : 0;
            Console.WriteLine();
            Console.WriteLine($"3. Sample reports: {reports} in {samples} (reading reports is not built yet)");
            Console.WriteLine();
            Console.WriteLine("Next: sightline lists · sightline lists show ID · sightline lists diff · sightline lists update");
            return failed ? 1 : 0;
        });
        return command;
    }
}
