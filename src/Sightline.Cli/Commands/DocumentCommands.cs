using System.CommandLine;
using System.Text.Json;
using Sightline.Cli.Contracts;
using Sightline.Cli.Output;
using Sightline.Knowledge;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;

namespace Sightline.Cli.Commands;

/// <summary><c>documents</c>: the reports in the knowledge base, newest ingestion first, or with <c>--search</c> those whose
/// title or text holds every word given, in search order (ADR-040).</summary>
internal static class DocumentCommands
{
    public static Command Create()
    {
        var search = new Option<string?>("--search", "-s") { Description = "Only reports whose title or text holds every one of these words (any case, accents or not), best first" };
        var limit = new Option<int>("--limit") { Description = "At most this many reports", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "One JSON object a report" };
        var command = new Command("documents", "The reports in the knowledge base, newest ingestion first; with --search, the reports holding every word given") { search, limit, json };
        command.SetAction(result =>
        {
            var typed = result.GetValue(search);
            var query = typed is null ? null : TextSearch.Parse(typed);
            if (typed is not null && query is null)
            {
                Console.Error.WriteLine("sightline documents: --search holds no word to look for (letters or digits)");
                return 2;
            }
            var max = Math.Clamp(result.GetValue(limit), 1, 5000);
            using var session = KnowledgeSession.Open(result);
            var reports = query is null ? session.Store.Documents.List(max) : session.Store.Search.Documents(query, max);
            if (result.GetValue(json)) WriteJson(reports);
            else Print(reports, typed);
            return 0;
        });
        return command;
    }

    private static void WriteJson(IReadOnlyList<DocumentListing> reports)
    {
        using var output = StandardStreams.OpenOutput();
        foreach (var report in reports)
        {
            using (var writer = new Utf8JsonWriter(output)) JsonSerializer.Serialize(writer, DocumentLineJson.Of(report), CliJsonContext.Default.DocumentLineJson);
            output.Write("\n"u8);
        }
    }

    private static void Print(IReadOnlyList<DocumentListing> reports, string? typed)
    {
        var what = $"{reports.Count} report{(reports.Count == 1 ? "" : "s")}";
        Console.WriteLine(typed is null ? $"{what}, newest ingestion first:" : $"{what} holding every word of \"{typed}\", best first:");
        if (reports.Count == 0) return;
        var table = new TextTable("Id", "Title", "Outlet", "Published", "Claims", "Alerts");
        foreach (var report in reports)
            table.Add(report.Id ?? StableIds.Document(report.Key), report.Title ?? report.Path ?? report.Key, report.Publisher, report.Published, report.Claims, report.Alerts);
        table.Write(Console.Out);
    }
}
