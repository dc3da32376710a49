using System.CommandLine;
using Sightline.Claims;
using Sightline.Cli.Output;
using Sightline.Documents;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline demo</c>: Sightline's main job on the embedded default — the bundled lists and sample reports.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Load the bundled sanctions lists into the embedded database, show what was loaded, and read the sample reports' meetings");
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
            var reports = Directory.Exists(samples) ? Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
            Console.WriteLine();
            Console.WriteLine($"3. Meetings in the {reports.Count} sample reports ({samples}; sightline extract samples/ for everything read)");
            var analyzer = ReportFiles.Analyzer(session);
            var table = new TextTable("Report", "Meeting", "Date", "Kind", "Said by");
            foreach (var report in reports)
                foreach (var document in DocumentReader.Read(report).Documents)
                    foreach (var meeting in ClaimExtractor.Extract(analyzer.Analyze(document)).Meetings.Where(m => m.Kind.Happened()))
                        table.Add(Path.GetFileName(report)[..3], string.Join(" + ", meeting.Participants.Select(p => p.Kind == ParticipantKind.OfficeHolder ? $"[{p.Name}]" : p.Name)),
                            meeting.Date?.Shared ?? "", meeting.Kind.Name(), meeting.AttributedTo.Source);
            table.Write(Console.Out);
            Console.WriteLine();
            Console.WriteLine("Next: sightline lists · sightline screen NAME · sightline analyze PATH · sightline extract PATH · sightline lists update");
            return failed ? 1 : 0;
        });
        return command;
    }
}
