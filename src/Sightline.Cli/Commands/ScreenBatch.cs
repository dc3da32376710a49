using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Screening.Contracts;

namespace Sightline.Cli.Commands;

/// <summary>The batch half of <c>sightline screen</c>: rows in, one JSON line a row out, in input order, with a
/// progress bar on standard error. A bad row is reported with its line number and the batch goes on.</summary>
internal static class ScreenBatch
{
    public static int Run(Screener screener, ScreeningOptions options, string inputPath, string? outputPath)
    {
        var fromStdin = inputPath == "-";
        if (!fromStdin && !File.Exists(inputPath))
        {
            Console.Error.WriteLine($"sightline screen: {inputPath}: no such file");
            return 2;
        }
        var total = fromStdin ? (int?)null : CountLines(inputPath) - 1;
        using var inputStream = fromStdin ? StandardStreams.OpenInput() : File.OpenRead(inputPath);
        var rows = fromStdin ? BatchInput.Lines(inputStream) : BatchInput.Csv(inputStream, inputPath);

        var temporary = outputPath is null ? null : outputPath + ".partial";
        var bad = 0;
        var done = 0;
        using var progress = new ProgressBar("screening", total);
        try
        {
            using (var output = temporary is null ? StandardStreams.OpenOutput() : File.Create(temporary))
            using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                foreach (var row in rows)
                {
                    if (row.Query is { } query) JsonSerializer.Serialize(json, ScreeningAnswerJson.Of(query.Name, screener.Screen(query, options), row.Line), CoreJsonContext.Default.ScreeningAnswerJson);
                    else
                    {
                        bad++;
                        progress.Interrupt($"line {row.Line}: {row.Error}; skipped");
                        JsonSerializer.Serialize(json, ScreeningAnswerJson.Of("", [], row.Line, row.Error), CoreJsonContext.Default.ScreeningAnswerJson);
                    }
                    json.Flush();
                    json.Reset();
                    output.WriteByte((byte)'\n');
                    progress.Report(++done);
                }
            }
            if (temporary is not null) File.Move(temporary, outputPath!, overwrite: true);
        }
        catch (FormatException e)
        {
            progress.Done();
            if (temporary is not null) File.Delete(temporary);
            Console.Error.WriteLine($"sightline screen: {e.Message}");
            return 2;
        }
        progress.Done();
        Console.Error.WriteLine($"Screened {done - bad:N0} names{(bad > 0 ? $"; {bad:N0} bad rows skipped" : "")}{(outputPath is null ? "" : $"; results in {outputPath}")}.");
        return 0;
    }

    private static int CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var count = 0;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0) count += buffer.AsSpan(0, read).Count((byte)'\n');
        return count;
    }
}
