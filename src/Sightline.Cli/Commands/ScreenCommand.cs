using System.CommandLine;
using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Screening.Contracts;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline screen</c>: screen one name, or a batch from a CSV file or standard input, against the active lists.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The name to screen, in any script and order", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string?>("--type") { Description = $"Entity type: {SchemaNames.Accepted}" };
        var birthDate = new Option<string?>("--birth-date") { Description = "Date of birth: 1974, 1974-06 or 1974-06-20" };
        var country = new Option<string?>("--country") { Description = "Nationality or country: a name or an ISO code" };
        var threshold = new Option<double>("--threshold") { Description = "Score from which a result is a match", DefaultValueFactory = _ => ScreeningQuery.DefaultThreshold };
        var limit = new Option<int>("--limit") { Description = "Most results a query", DefaultValueFactory = _ => ScreeningQuery.DefaultLimit };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var input = new Option<string?>("--input") { Description = "Batch: a CSV file with a full_name or name column, or - for one name a line on standard input" };
        var output = new Option<string?>("--output") { Description = "Batch: the JSON-lines file to write (default: standard output)" };

        var command = new Command("screen", "Find a name on the sanctions lists, with a score and an explanation for each result")
        {
            name, type, birthDate, country, threshold, limit, json, input, output,
        };
        command.SetAction(result =>
        {
            var options = new ScreeningOptions(result.GetValue(threshold), result.GetValue(limit));
            if (options.Threshold is < 0 or > 1) return Fail("--threshold must be between 0 and 1");
            if (options.Limit < 1) return Fail("--limit must be at least 1");

            // The name is parsed on the other core while the index is read: a name in another script reads the
            // transliteration model first, which takes a third as long as reading the index.
            var parsing = result.GetValue(name) is { Length: > 0 } named ? Task.Run(() => NameParser.Parse(named)) : Task.CompletedTask;
            using var session = CliSession.Open(result);
            var lists = session.ListsOrBundled();
            var screener = new Screener(session.ScreeningIndex());
            parsing.GetAwaiter().GetResult();

            if (result.GetValue(input) is { } inputPath)
                return ScreenBatch.Run(screener, options, inputPath, result.GetValue(output));

            if (string.IsNullOrWhiteSpace(result.GetValue(name))) return Fail("give a name to screen, or --input FILE");
            EntrySchema? schema = null;
            if (result.GetValue(type) is { } typeText && (schema = SchemaNames.Parse(typeText)) is null)
                return Fail($"--type '{typeText}' is not one of {SchemaNames.Accepted}");
            PartialDate? born = null;
            if (result.GetValue(birthDate) is { } dateText)
            {
                if (!PartialDate.TryParse(dateText, out var parsed)) return Fail($"--birth-date '{dateText}' is not a date (use 1974, 1974-06 or 1974-06-20)");
                born = parsed;
            }

            var query = new ScreeningQuery(result.GetValue(name)!, schema, born, result.GetValue(country));
            var results = screener.Screen(query, options);
            if (result.GetValue(json))
            {
                using var writer = new Utf8JsonWriter(StandardStreams.OpenOutput(), new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                JsonSerializer.Serialize(writer, ScreeningAnswerJson.Of(query.Name, results), CoreJsonContext.Default.ScreeningAnswerJson);
                writer.Flush();
                Console.WriteLine();
            }
            else ScreeningPrinter.Write(Console.Out, query, results, lists.Select(session.Describe), screener.Index, options);
            return 0;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"sightline screen: {message}");
        return 2;
    }
}
