using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Names;
using Sightline.Names.Contracts;
using Sightline.Screening.Batch;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline names compare A B</c>: two names compared token by token, with the score, the decision and
/// how each pair of tokens matched; <c>--input pairs.csv --output out.jsonl</c> compares a CSV of pairs (columns a,b).</summary>
internal static class NamesCommands
{
    public static Command Create()
    {
        var a = new Argument<string?>("a") { Description = "The first name, in any script", Arity = ArgumentArity.ZeroOrOne };
        var b = new Argument<string?>("b") { Description = "The second name", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var input = new Option<string?>("--input") { Description = "Batch: a CSV file with columns a and b" };
        var output = new Option<string?>("--output") { Description = "Batch: the JSON-lines file to write (default: standard output)" };
        var compare = new Command("compare", "Compare two names: score, decision, and how each token pair matched") { a, b, json, input, output };
        compare.SetAction(result =>
        {
            if (result.GetValue(input) is { } path) return Batch(path, result.GetValue(output));
            if (result.GetValue(a) is not { } first || result.GetValue(b) is not { } second)
            {
                Console.Error.WriteLine("sightline names compare: give two names, or --input pairs.csv");
                return 2;
            }
            var comparison = NamePairComparison.Compare(first, second);
            if (result.GetValue(json))
            {
                using var writer = new Utf8JsonWriter(StandardStreams.OpenOutput(), new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                JsonSerializer.Serialize(writer, NameComparisonJson.Of(comparison), CoreJsonContext.Default.NameComparisonJson);
                writer.Flush();
                Console.WriteLine();
            }
            else Print(comparison);
            return 0;
        });
        return new Command("names", "Names on their own: compare two names and see why they match") { compare };
    }

    private static void Print(NamePairComparison c)
    {
        Console.WriteLine($"{c.A}  ↔  {c.B}");
        Console.WriteLine($"score {c.Score:0.00}: {c.Decision}{(c.Conflict is null ? "" : $" ({c.Conflict})")}");
        var width = c.Tokens.Select(t => t.A.Length).DefaultIfEmpty(0).Max();
        foreach (var t in c.Tokens) Console.WriteLine($"  {t.A.PadRight(width)}  ↔  {t.B}  {t.How.ToString().ToLowerInvariant()} {t.Similarity:0.00}");
        if (c.UnmatchedA.Count > 0) Console.WriteLine($"  only in the first:  {string.Join(", ", c.UnmatchedA)}");
        if (c.UnmatchedB.Count > 0) Console.WriteLine($"  only in the second: {string.Join(", ", c.UnmatchedB)}");
        foreach (var (side, words) in new[] { ("first", c.SetAsideA), ("second", c.SetAsideB) })
            if (words.Count > 0) Console.WriteLine($"  set aside in the {side}: {string.Join(", ", words)}");
    }

    private static int Batch(string path, string? outputPath)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"sightline names compare: {path}: no such file");
            return 2;
        }
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var stream = outputPath is null ? StandardStreams.OpenOutput() : File.Create(outputPath);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int done = 0, failed = 0;
        try
        {
            foreach (var row in PairInput.Csv(reader, path))
            {
                if (row.Error is not null)
                {
                    failed++;
                    JsonSerializer.Serialize(writer, new UnreadPairJson(row.Line, row.Error), CoreJsonContext.Default.UnreadPairJson);
                }
                else
                {
                    JsonSerializer.Serialize(writer, NameComparisonJson.Of(NamePairComparison.Compare(row.A, row.B), row.Line), CoreJsonContext.Default.NameComparisonJson);
                    done++;
                }
                writer.Flush();
                stream.WriteByte((byte)'\n');
                writer.Reset(stream);
            }
        }
        catch (FormatException error)
        {
            Console.Error.WriteLine($"sightline names compare: {error.Message}");
            return 2;
        }
        Console.Error.WriteLine($"Compared {done:N0} pairs{(failed > 0 ? $"; {failed:N0} rows could not be read (see their 'error')" : "")}{(outputPath is null ? "" : $"; wrote {outputPath}")}.");
        return failed > 0 && done == 0 ? 1 : 0;
    }
}
