using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sightline.Analysis;
using Sightline.Analysis.Contracts;
using Sightline.Claims;
using Sightline.Cli.Output;
using Sightline.Documents;
using Sightline.Export;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline analyze</c>: reads reports (text, HTML, PDF, Telegram export) and prints their sentences, mentions and dates.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Report files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object a document (JSON Lines) instead of tables" };
        var command = new Command("analyze", "Read reports and show each document's key, version, language, date, mentions and dates") { paths, json };
        command.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            var analyzer = ReportFiles.Analyzer(session);
            var failures = 0;
            using var output = StandardStreams.OpenOutput();
            foreach (var path in ReportFiles.Expand(result.GetValue(paths)!))
            {
                var read = DocumentReader.Read(path);
                foreach (var error in read.Errors)
                {
                    Console.Error.WriteLine($"sightline analyze: {Terminal.Line(error)}");
                    failures++;
                }
                foreach (var document in read.Documents)
                {
                    var outcome = GuardedReading.Analyze(analyzer, document);
                    if (outcome.Value is not { } analyzed)
                    {
                        Console.Error.WriteLine($"sightline analyze: {Terminal.Line($"{path}: {document.Key}: {outcome.Failure}")}");
                        failures++;
                        continue;
                    }
                    if (result.GetValue(json))
                    {
                        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                            JsonSerializer.Serialize(writer, AnalysisJson.Of(path, analyzed), CoreJsonContext.Default.AnalysisJson);
                        output.Write("\n"u8);
                        output.Flush();
                    }
                    else AnalysisPrinter.Write(Console.Out, path, analyzed);
                }
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
