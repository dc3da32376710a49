using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Export;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Web.Access;
using Sightline.Screening.Contracts;
using Sightline.Web.Contracts;

namespace Sightline.Web.Screening;

/// <summary>
/// <c>POST /screen</c>: a CSV of names in (the body as <c>text/csv</c>, or a multipart field <c>file</c>; the columns
/// <c>sightline screen --input</c> reads), results out row by row as they are screened — JSON lines (the CLI's shape)
/// or, with <c>format=csv</c>, one CSV row a match with formula-leading cells neutralised. A bad row is answered with
/// its line number and the error, and the batch goes on; a file without a name column is a 400 problem.
/// </summary>
public static class ScreenEndpoint
{
    /// <summary>Results are flushed to the client after this many rows, so a progress bar moves.</summary>
    private const int FlushEvery = 25;

    public static void Map(WebApplication app) =>
        app.MapPost("/screen", Screen).WithName("screen").WithTags("screening")
            .WithSummary("Screen a CSV of names (columns full_name or name, date_of_birth, nationality, schema); results streamed as JSON lines or CSV (format=csv)")
            .Produces(200, contentType: "application/x-ndjson").Produces(200, contentType: "text/csv")
            .ProducesProblem(400).DisableAntiforgery()
            .RequireAuthorization(AccessPolicies.Read); // screening reads the lists; it changes nothing

    private static async Task Screen(HttpContext http, string? format, double? threshold, int? limit, ServerState state)
    {
        var request = http.Request;
        var cancel = http.RequestAborted;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "jsonl", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.BadRequest("Unknown format", $"format is 'jsonl' (the default) or 'csv', not '{format}'.").ExecuteAsync(http);
            return;
        }
        var body = new MemoryStream();
        string name;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancel);
            if (form.Files.GetFile("file") is not { } file)
            {
                await Problems.BadRequest("No CSV in the upload", "The form has no field 'file'.").ExecuteAsync(http);
                return;
            }
            name = file.FileName;
            await file.CopyToAsync(body, cancel);
        }
        else
        {
            name = "request body";
            await request.Body.CopyToAsync(body, cancel);
        }
        body.Position = 0;

        var rows = BatchInput.Csv(body, name).GetEnumerator();
        bool any;
        try { any = rows.MoveNext(); }
        catch (FormatException e)
        {
            await Problems.BadRequest("Not a screening CSV", e.Message).ExecuteAsync(http);
            return;
        }

        var options = new ScreeningOptions(threshold ?? ScreeningQuery.DefaultThreshold, Math.Clamp(limit ?? 3, 1, 50));
        var response = http.Response;
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        if (csv)
        {
            response.Headers.ContentDisposition = "attachment; filename=\"screening-results.csv\"";
            await response.WriteAsync("line,query,match,score,list,list_id,name,schema,matched_name,error\r\n", cancel);
        }
        var done = 0;
        var buffer = new MemoryStream();
        while (any)
        {
            var row = rows.Current;
            var results = row.Query is { } query ? state.Screener.Screen(query, options).Where(r => r.Match).ToList() : [];
            if (csv) WriteCsv(buffer, row, results);
            else WriteJsonLine(buffer, row, results);
            if (++done % FlushEvery == 0) await Flush(buffer, response, cancel);
            any = rows.MoveNext();
        }
        await Flush(buffer, response, cancel);
    }

    private static async Task Flush(MemoryStream buffer, HttpResponse response, CancellationToken cancel)
    {
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancel);
        await response.Body.FlushAsync(cancel);
        buffer.SetLength(0);
    }

    private static void WriteJsonLine(MemoryStream buffer, InputRow row, IReadOnlyList<ScreeningResult> results)
    {
        JsonSerializer.Serialize(buffer, ScreeningAnswerJson.Of(row.Query?.Name ?? "", results, row.Line, row.Error), WebJsonContext.Info<ScreeningAnswerJson>());
        buffer.WriteByte((byte)'\n');
    }

    private static void WriteCsv(MemoryStream buffer, InputRow row, IReadOnlyList<ScreeningResult> results)
    {
        var line = row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lines = results.Count == 0
            ? [CsvCell.Row(line, row.Query?.Name, "false", "", "", "", "", "", "", row.Error)]
            : results.Select(r => CsvCell.Row(line, row.Query!.Name, "true", r.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
                r.Entry.List, r.Entry.Id, r.Entry.Name, r.Entry.Schema.ToString(), r.Explanation.MatchedName, null));
        foreach (var text in lines) buffer.Write(Encoding.UTF8.GetBytes(text + "\r\n"));
    }
}
