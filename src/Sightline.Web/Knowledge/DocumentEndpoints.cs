using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

namespace Sightline.Web.Knowledge;

/// <summary>
/// The reports: <c>GET /documents</c> lists them (<c>?q=</c>: those holding every word of q, ADR-040), <c>GET /documents/{id}</c> gives one's text with its mentions and
/// claims as character spans into that text, and <c>POST /documents</c> uploads a report (multipart field <c>file</c>),
/// ingests it like <c>sightline ingest</c> and answers with what was extracted and the alerts each report raised — or, on a
/// server that queues uploads for its workers, keeps it in the database and answers 202 with the job to poll (ADR-043). An upload over the one limit
/// (<see cref="DocumentLimits.MaxFileBytes"/>, 50 MB by default) is answered 413 with problem details; the client leaving
/// stops its ingest.
/// </summary>
public static class DocumentEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/documents", List).WithName("documents").WithTags("documents")
            .WithSummary("The reports in the knowledge base, newest ingestion first; with q, those whose title or text holds every word of q, best first")
            .ProducesProblem(400);
        app.MapGet("/documents/{id}", Get).WithName("document").WithTags("documents")
            .WithSummary("A report's text, its mentions and its claims, each with its character span and sentence")
            .ProducesProblem(404);
        app.MapPost("/documents", Upload).WithName("upload").WithTags("documents")
            .WithSummary("Upload a report (multipart form field 'file': text, HTML, PDF, e-mail or a Telegram export) and ingest it")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(422).ProducesProblem(503)
            .DisableAntiforgery() // the session's CSRF token is checked for every write (RequestGuards), this one included
            .RequireAuthorization(AccessPolicies.Write);
    }

    private static Results<JsonBody<IReadOnlyList<DocumentRowJson>>, ProblemHttpResult> List(int? limit, string? q, KnowledgeAccess kb)
    {
        var max = Math.Clamp(limit ?? 200, 1, 5000);
        if (q is null) return Rows(kb.Documents.List(max));
        // The search order is ADR-040's: more of the words in the title first, then the newest published, then by id.
        return TextSearch.Parse(q) is { } search
            ? Rows(kb.Store.Search.Documents(search, max))
            : Problems.BadRequest("Nothing to search", "q holds no word (letters or digits): GET /documents?q=envoy%20harbour finds the reports holding both words.");
    }

    private static JsonBody<IReadOnlyList<DocumentRowJson>> Rows(IReadOnlyList<DocumentListing> rows) =>
        JsonBody.Ok<IReadOnlyList<DocumentRowJson>>([.. rows.Select(row => new DocumentRowJson(
            row.Id ?? StableIds.Document(row.Key), row.Key, row.Title, row.Publisher, row.Published, row.SourceUrl, row.Path, row.Publisher, row.Status,
            row.Diagnostic, row.Claims, row.Id is not null, row.Alerts))]);

    private static Results<JsonBody<DocumentJson>, ProblemHttpResult> Get(string id, KnowledgeAccess kb)
    {
        var found = kb.Documents.Text(id);
        if (found is null)
            return Problems.NotFound("No such document", $"No report has the id '{id}'. GET /documents lists them; a report ingested before Sightline kept texts shows once it is ingested again.");
        return JsonBody.Ok(new DocumentJson(id, found.Key, found.Version, found.Path, found.Title, found.Publisher, found.Published, found.SourceUrl,
            found.Publisher, found.Language, found.Status, found.Diagnostic, found.IngestedAt, found.Text,
            [.. kb.Documents.Mentions(found.Key).Select(m => new MentionJson(m.Start, m.End, m.Type, m.Text, m.Sentence, m.EntityId))],
            [.. kb.Documents.Claims(found.Key).Select(c => new ClaimJson(c.Id, c.Kind, c.Label, c.SubjectId, c.ObjectId, c.EventId, c.Date, c.Sentence,
                c.Start, c.End, c.Evidence, c.AttributedTo, c.Confidence, c.Status, StoredJson.Element(c.Payload)))]));
    }

    private static ProblemHttpResult TooLarge(string what, long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Report too large",
            detail: $"{what}; Sightline reads reports of at most {limit:N0} bytes ({limit / 1024 / 1024:N0} MB) an upload.");

    private static async Task<Results<JsonCreated<UploadJson>, JsonAccepted<QueuedUploadJson>, ProblemHttpResult>> Upload(HttpRequest request, ServerState state, KnowledgeAccess kb, CancellationToken cancel)
    {
        if (!request.HasFormContentType)
            return Problems.BadRequest("Expected a file upload", "Send the report as multipart/form-data with the field 'file' (curl -F file=@report.txt).");
        var limit = state.Limits.MaxFileBytes;
        if (request.ContentLength > limit + ServerOptions.MultipartOverhead) return TooLarge($"The upload is {request.ContentLength:N0} bytes", limit);
        IFormCollection form;
        try { form = await request.ReadFormAsync(cancel); }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                                  || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            // Kestrel's body limit or the form reader's: the same one limit, whichever meets the body first.
            return TooLarge("The upload", limit);
        }
        catch (InvalidDataException e)
        {
            return Problems.BadRequest("Not a readable upload", $"The multipart form could not be read: {e.Message}");
        }
        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
            return Problems.BadRequest("No report in the upload", "The form has no non-empty field 'file'.");
        if (file.Length > limit) return TooLarge($"'{file.FileName}' is {file.Length:N0} bytes", limit);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        if (state.QueuesUploads)
        {
            // A server with a worker pool keeps the file in the database and answers at once; a worker ingests it (ADR-043).
            var (key, job) = await state.Writer.QueueAsync(file.FileName, buffer.ToArray(), state.Jobs!, cancel);
            var location = $"/jobs/{Uri.EscapeDataString(job)}";
            return JsonBody.Accepted(new QueuedUploadJson(job, file.FileName, key, location), location);
        }
        var (path, outcomes, readErrors) = await state.Writer.IngestAsync(file.FileName, buffer.ToArray(), cancel);
        if (outcomes.Count == 0)
            return TypedResults.Problem(statusCode: 422, title: "Nothing could be read from the report",
                detail: $"{file.FileName}: {string.Join("; ", readErrors.DefaultIfEmpty("no document in the file"))}");
        if (outcomes.All(o => o.Result == IngestResult.Failed))
            return TypedResults.Problem(statusCode: 422, title: "The report could not be ingested",
                detail: string.Join("; ", outcomes.Select(o => o.Diagnostic).Concat(readErrors)));
        return JsonBody.Created(new UploadJson(file.FileName, path, readErrors, [.. outcomes.Select(outcome =>
        {
            var extraction = kb.Documents.Extraction(outcome.Key);
            var described = kb.Documents.Listing(outcome.Key);
            return new UploadedDocumentJson(StableIds.Document(outcome.Key), outcome.Key, described?.Title, described?.Publisher, described?.Published,
                described?.SourceUrl, outcome.Result.ToString().ToLowerInvariant(), outcome.Diagnostic,
                extraction.Mentions, outcome.Meetings, extraction.Claims.ToDictionary(c => c.Kind, c => c.Count),
                [.. extraction.Entities.Select(e => new UploadedEntityJson(e.Id, e.Name))],
                [.. kb.Alerts.List(new AlertQuery { State = AlertState.All, DocumentKey = outcome.Key }).Select(AlertJson.Of)]);
        })]));
    }
}
