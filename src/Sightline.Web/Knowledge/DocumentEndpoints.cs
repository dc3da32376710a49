using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;

namespace Sightline.Web.Knowledge;

/// <summary>
/// The reports: <c>GET /documents</c> lists them, <c>GET /documents/{id}</c> gives one's text with its mentions and
/// claims as character spans into that text, and <c>POST /documents</c> uploads a report (multipart field <c>file</c>),
/// ingests it like <c>sightline ingest</c> and answers with what was extracted. An upload over the one limit
/// (<see cref="DocumentLimits.MaxFileBytes"/>, 50 MB by default) is answered 413 with problem details; the client leaving
/// stops its ingest.
/// </summary>
public static class DocumentEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/documents", List).WithName("documents").WithTags("documents")
            .WithSummary("The reports in the knowledge base, newest ingestion first").Produces(200, contentType: "application/json");
        app.MapGet("/documents/{id}", Get).WithName("document").WithTags("documents")
            .WithSummary("A report's text, its mentions and its claims, each with its character span and sentence")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        app.MapPost("/documents", Upload).WithName("upload").WithTags("documents")
            .WithSummary("Upload a report (multipart form field 'file': text, HTML, PDF, e-mail or a Telegram export) and ingest it")
            .Produces(201, contentType: "application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(422)
            .DisableAntiforgery();
    }

    private static IResult List(int? limit, KnowledgeAccess kb)
    {
        var rows = kb.Documents.List(Math.Clamp(limit ?? 200, 1, 5000));
        return new JsonBody(json =>
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("id", row.Id ?? StableIds.Document(row.Key));
                json.WriteString("key", row.Key);
                json.WriteString("title", row.Title);
                json.WriteString("publisher", row.Publisher);
                json.WriteString("published", row.Published);
                json.WriteString("status", row.Status);
                json.WriteString("diagnostic", row.Diagnostic);
                json.WriteNumber("claims", row.Claims);
                json.WriteBoolean("text_kept", row.Id is not null);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static IResult Get(string id, KnowledgeAccess kb)
    {
        var found = kb.Documents.Text(id);
        if (found is null)
            return Problems.NotFound("No such document", $"No report has the id '{id}'. GET /documents lists them; a report ingested before Sightline kept texts shows once it is ingested again.");
        var mentions = kb.Documents.Mentions(found.Key);
        var claims = kb.Documents.Claims(found.Key);
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("key", found.Key);
            json.WriteString("version", found.Version);
            json.WriteString("path", found.Path);
            json.WriteString("title", found.Title);
            json.WriteString("publisher", found.Publisher);
            json.WriteString("published", found.Published);
            json.WriteString("language", found.Language);
            json.WriteString("status", found.Status);
            json.WriteString("diagnostic", found.Diagnostic);
            json.WriteString("ingested_at", found.IngestedAt);
            json.WriteString("text", found.Text);
            json.WriteStartArray("mentions");
            foreach (var m in mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", m.Start);
                json.WriteNumber("end", m.End);
                json.WriteString("type", m.Type);
                json.WriteString("text", m.Text);
                json.WriteNumber("sentence", m.Sentence);
                json.WriteString("entity_id", m.EntityId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("claims");
            foreach (var c in claims)
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteString("kind", c.Kind);
                json.WriteString("label", c.Label);
                json.WriteString("subject_id", c.SubjectId);
                json.WriteString("object_id", c.ObjectId);
                json.WriteString("event_id", c.EventId);
                json.WriteString("date", c.Date);
                json.WriteNumber("sentence", c.Sentence);
                json.WriteNumber("start", c.Start);
                json.WriteNumber("end", c.End);
                json.WriteString("evidence", c.Evidence);
                json.WriteString("attributed_to", c.AttributedTo);
                json.WriteNumber("confidence", c.Confidence);
                json.WriteString("status", c.Status);
                json.WritePropertyName("details");
                using (var payload = JsonDocument.Parse(c.Payload)) payload.WriteTo(json);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult TooLarge(string what, long limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Report too large",
            detail: $"{what}; Sightline reads reports of at most {limit:N0} bytes ({limit / 1024 / 1024:N0} MB) an upload.");

    private static async Task<IResult> Upload(HttpRequest request, ServerState state, KnowledgeAccess kb, CancellationToken cancel)
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
        var (path, outcomes, readErrors) = await state.Writer.IngestAsync(file.FileName, buffer.ToArray(), cancel);
        if (outcomes.Count == 0)
            return Results.Problem(statusCode: 422, title: "Nothing could be read from the report",
                detail: $"{file.FileName}: {string.Join("; ", readErrors.DefaultIfEmpty("no document in the file"))}");
        if (outcomes.All(o => o.Result == IngestResult.Failed))
            return Results.Problem(statusCode: 422, title: "The report could not be ingested",
                detail: string.Join("; ", outcomes.Select(o => o.Diagnostic).Concat(readErrors)));
        var extracted = outcomes.Select(o => (Outcome: o, Extraction: kb.Documents.Extraction(o.Key))).ToList();
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("file", file.FileName);
            json.WriteString("stored_as", path);
            json.WriteStartArray("read_errors");
            foreach (var error in readErrors) json.WriteStringValue(error);
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var (outcome, extraction) in extracted)
            {
                json.WriteStartObject();
                json.WriteString("id", StableIds.Document(outcome.Key));
                json.WriteString("key", outcome.Key);
                json.WriteString("result", outcome.Result.ToString().ToLowerInvariant());
                json.WriteString("diagnostic", outcome.Diagnostic);
                json.WriteNumber("mentions", extraction.Mentions);
                json.WriteNumber("meetings", outcome.Meetings);
                json.WriteStartObject("claims");
                foreach (var (kind, count) in extraction.Claims) json.WriteNumber(kind, count);
                json.WriteEndObject();
                json.WriteStartArray("entities");
                foreach (var (entityId, name) in extraction.Entities)
                {
                    json.WriteStartObject();
                    json.WriteString("id", entityId);
                    json.WriteString("name", name);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, StatusCodes.Status201Created);
    }
}
