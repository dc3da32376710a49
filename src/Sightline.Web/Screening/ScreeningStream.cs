using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sightline.Export;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Screening.Contracts;
using Sightline.Web.Contracts;

namespace Sightline.Web.Screening;

/// <summary>
/// The 200 answer of <c>POST /screen</c>: the rows of a screening CSV screened one by one and written as they are —
/// a JSON line (<see cref="ScreeningAnswerJson"/>, the shape of <c>screen --json</c>) a row, or with <c>format=csv</c>
/// one CSV row a match with formula-leading cells neutralised. As a handler's return type it declares both content
/// types and the JSON line's schema in the OpenAPI document.
/// </summary>
/// <param name="rows">The rows, already asked for the first one: reading it tells a file that is not a screening CSV
/// apart before anything is answered.</param>
/// <param name="any">Whether there was a first row.</param>
public sealed class ScreeningStream(IEnumerator<InputRow> rows, bool any, bool csv, ScreeningOptions options, Screener screener)
    : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>Results are flushed to the client after this many rows, so a progress bar moves.</summary>
    private const int FlushEvery = 25;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext http)
    {
        using (rows) await WriteAsync(http);
    }

    private async Task WriteAsync(HttpContext http)
    {
        var cancel = http.RequestAborted;
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        if (csv)
        {
            response.Headers.ContentDisposition = "attachment; filename=\"screening-results.csv\"";
            await response.WriteAsync("line,query,match,score,list,list_id,name,schema,matched_name,error\r\n", cancel);
        }
        var done = 0;
        var buffer = new MemoryStream();
        var more = any;
        while (more)
        {
            var row = rows.Current;
            var results = row.Query is { } query ? screener.Screen(query, options).Where(r => r.Match).ToList() : [];
            if (csv) WriteCsv(buffer, row, results);
            else WriteJsonLine(buffer, row, results);
            if (++done % FlushEvery == 0) await Flush(buffer, response, cancel);
            more = rows.MoveNext();
        }
        await Flush(buffer, response, cancel);
    }

    /// <summary>Declares the 200 answer: JSON lines, each a <see cref="ScreeningAnswerJson"/>, or CSV. The endpoint
    /// metadata holds one type a status, so the CSV is said to be text by <see cref="CsvIsText"/>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ScreeningAnswerJson), ["application/x-ndjson", "text/csv"]));

    /// <summary>The OpenAPI operation's CSV answer as text rather than the JSON line's schema.</summary>
    public static Task CsvIsText(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (operation.Responses is { } responses && responses.TryGetValue("200", out var ok) && ok.Content is { } content && content.TryGetValue("text/csv", out var csv))
            csv.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
        return Task.CompletedTask;
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
