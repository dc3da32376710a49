using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sightline.Claims;
using Sightline.Claims.Contracts;
using Sightline.Cli.Output;
using Sightline.Documents;
using Sightline.Export;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline extract</c>: reads reports and prints their claims — meetings, roles, family ties, sanctions statements — with evidence.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Report files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (tables) or jsonl (one JSON object a document)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var allKinds = new Option<bool>("--all-kinds") { Description = "Also list meetings that did not happen (planned, denied)" };
        var command = new Command("extract", "Read reports and show their meetings, roles, family ties and sanctions statements, each with its evidence") { paths, format, allKinds };
        command.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            var analyzer = ReportFiles.Analyzer(session);
            var jsonl = result.GetValue(format) == "jsonl";
            var failures = 0;
            using var output = StandardStreams.OpenOutput();
            foreach (var path in ReportFiles.Expand(result.GetValue(paths)!))
            {
                var outcome = DocumentReader.Read(path);
                foreach (var error in outcome.Errors)
                {
                    Console.Error.WriteLine($"sightline extract: {Terminal.Line(error)}");
                    failures++;
                }
                foreach (var document in outcome.Documents)
                {
                    var read = GuardedReading.Extract(analyzer, document);
                    if (read.Value is not { } extracted)
                    {
                        Console.Error.WriteLine($"sightline extract: {Terminal.Line($"{path}: {document.Key}: {read.Failure}")}");
                        failures++;
                        continue;
                    }
                    if (!jsonl)
                    {
                        ClaimsPrinter.Write(Console.Out, path, extracted, result.GetValue(allKinds));
                        continue;
                    }
                    using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                        JsonSerializer.Serialize(writer, ExtractJson.Of(path, extracted, result.GetValue(allKinds)), CoreJsonContext.Default.ExtractJson);
                    output.Write("\n"u8);
                    output.Flush();
                }
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
