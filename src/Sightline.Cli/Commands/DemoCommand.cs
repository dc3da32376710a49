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
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after printing, instead of serving the demo knowledge base in the browser" };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Load the bundled sanctions lists, ingest the sample reports into the knowledge base, show Qais al-Khazali's profile and contacts, and serve it all in the browser")
        {
            noServe, urls,
        };
        command.SetAction(async (result, cancel) =>
        {
            var data = Path.Combine(AppContext.BaseDirectory, "data", "lists");
            using var session = CliSession.Open(result);
            Console.WriteLine($"Sightline demo — database {session.DatabaseShown}");
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
            Console.WriteLine();
            Console.WriteLine($"3. Ingesting the sample reports ({samples}) into the knowledge base");
            using var knowledge = KnowledgeSession.Open(result);
            var reports = ReportFiles.ExpandReports([samples], followLinks: false, missing: _ => failed = true).ToList();
            var tally = IngestCommand.Run(knowledge.Ingestor().IngestFiles(reports), reports.Count);
            Console.WriteLine(tally);
            failed |= tally.Failed > 0;

            Console.WriteLine();
            Console.WriteLine("4. Who is Qais al-Khazali, is he sanctioned, and whom did he meet? (sightline entity \"Qais al-Khazali\")");
            if (knowledge.Resolve("Qais al-Khazali", "demo") is { } id) ProfilePrinter.Write(Console.Out, knowledge.Profiles().Read(id)!);
            else failed = true;

            Console.WriteLine();
            var alerts = knowledge.Alerts().List(includeAcknowledged: true);
            Console.WriteLine($"5. Alerts: meetings with a party on a list at the time ({alerts.Count}; sightline alerts)");
            foreach (var alert in alerts.OrderBy(a => a.Summary, StringComparer.Ordinal)) Console.WriteLine($"  {alert.Id}  {Terminal.Line(alert.Summary)}");
            Console.WriteLine();
            Console.WriteLine("Next: sightline entity NAME · sightline meetings --sanctioned · sightline alerts · sightline watch NAME · sightline export --format gexf · sightline ingest PATH · sightline screen NAME");
            if (failed) return 1;
            if (result.GetValue(noServe)) return 0;
            Console.WriteLine();
            Console.WriteLine("6. The same knowledge base in the browser: search a name, open a profile, follow a meeting to its source sentence");
            knowledge.Dispose();
            return await ServeCommand.ServeAsync(result, session.DatabasePath, result.GetValue(urls)!, cancel);
        });
        return command;
    }
}
