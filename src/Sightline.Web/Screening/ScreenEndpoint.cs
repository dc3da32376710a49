using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Sightline.Screening;
using Sightline.Screening.Batch;
using Sightline.Web.Access;

namespace Sightline.Web.Screening;

/// <summary>
/// <c>POST /screen</c>: a CSV of names in (the body as <c>text/csv</c>, or a multipart field <c>file</c>; the columns
/// <c>sightline screen --input</c> reads), results out row by row as they are screened (<see cref="ScreeningStream"/>)
/// — JSON lines (the CLI's shape) or, with <c>format=csv</c>, CSV. A bad row is answered with its line number and the
/// error, and the batch goes on; a file without a name column is a 400 problem.
/// </summary>
public static class ScreenEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapPost("/screen", Screen).WithName("screen").WithTags("screening")
            .WithSummary("Screen a CSV of names (columns full_name or name, date_of_birth, nationality, schema); results streamed as JSON lines, one a row, or CSV (format=csv)")
            .ProducesProblem(400).AddOpenApiOperationTransformer(ScreeningStream.CsvIsText).DisableAntiforgery()
            .RequireAuthorization(AccessPolicies.Read); // screening reads the lists; it changes nothing

    private static async Task<Results<ScreeningStream, ProblemHttpResult>> Screen(HttpContext http, string? format, double? threshold, int? limit, ServerState state)
    {
        var request = http.Request;
        var cancel = http.RequestAborted;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "jsonl", StringComparison.OrdinalIgnoreCase))
            return Problems.BadRequest("Unknown format", $"format is 'jsonl' (the default) or 'csv', not '{format}'.");
        var body = new MemoryStream();
        string name;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancel);
            if (form.Files.GetFile("file") is not { } file)
                return Problems.BadRequest("No CSV in the upload", "The form has no field 'file'.");
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
            rows.Dispose();
            return Problems.BadRequest("Not a screening CSV", e.Message);
        }
        var options = new ScreeningOptions(threshold ?? ScreeningQuery.DefaultThreshold, Math.Clamp(limit ?? 3, 1, 50));
        return new ScreeningStream(rows, any, csv, options, state.Screener);
    }
}
