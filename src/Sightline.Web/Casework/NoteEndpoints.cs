using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Casework;
using Sightline.Export.Contracts;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

namespace Sightline.Web.Casework;

/// <summary>Analysts' notes on entities, meetings and reports: read them, write one, edit or delete it (each recorded
/// under the holder of the request's credential and audited), and a note's history. ADR-036.</summary>
public static class NoteEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/notes", On).WithName("notes").WithTags("notes")
            .WithSummary("The notes on an entity, meeting or report (target: its P-, O-, M- or D- id), oldest first").ProducesProblem(400);
        app.MapGet("/notes/{id}/history", History).WithName("note-history").WithTags("notes")
            .WithSummary("Every text a note has had, deleted or not, first first").ProducesProblem(404);
        app.MapPost("/notes", Add).WithName("add-note").WithTags("notes")
            .WithSummary("Attach a note to an entity, meeting or report (target, text); its author is the holder of the request's credential")
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(503).RequireAuthorization(AccessPolicies.Write);
        app.MapPut("/notes/{id}", Edit).WithName("edit-note").WithTags("notes")
            .WithSummary("Replace a note's text; the text it had stays in its history").ProducesProblem(400).ProducesProblem(409)
            .ProducesProblem(503).RequireAuthorization(AccessPolicies.Write);
        app.MapDelete("/notes/{id}", Delete).WithName("delete-note").WithTags("notes")
            .WithSummary("Delete a note from the pages (why: optional, kept in the audit trail); its history stays").ProducesProblem(409).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);
    }

    private static Results<JsonBody<IReadOnlyList<NoteJson>>, ProblemHttpResult> On(string? target, KnowledgeAccess kb) =>
        string.IsNullOrWhiteSpace(target)
            ? Problems.BadRequest("Say what the notes are on", "Give target=ID: an entity (P-, O-), meeting (M-) or report (D-) id.")
            : JsonBody.Ok<IReadOnlyList<NoteJson>>([.. kb.Notes.On(target).Select(NoteJson.Of)]);

    private static Results<JsonBody<IReadOnlyList<NoteRevisionJson>>, ProblemHttpResult> History(string id, KnowledgeAccess kb) =>
        kb.Notes.Find(id) is null
            ? Problems.NotFound("No such note", $"No note has the id '{id}'.")
            : JsonBody.Ok<IReadOnlyList<NoteRevisionJson>>([.. kb.Notes.History(id).Select(NoteRevisionJson.Of)]);

    private static async Task<Results<JsonCreated<NoteJson>, ProblemHttpResult>> Add(NoteRequest? body, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(body?.Target) || string.IsNullOrWhiteSpace(body.Text))
            return Problems.BadRequest("Say what the note is on and what it says", "A note needs {\"target\": \"P-…|O-…|M-…|D-…\", \"text\": \"…\"}.");
        try { return JsonBody.Created(NoteJson.Of(await state.Writer.CaseworkAsync((notes, _) => notes.Add(body.Target, body.Text, user.Holder()), cancel))); }
        catch (CaseworkException e) { return Problems.Conflict("The note cannot be kept", e.Message); }
    }

    private static async Task<Results<JsonBody<NoteJson>, ProblemHttpResult>> Edit(string id, NoteEditRequest? body, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(body?.Text)) return Problems.BadRequest("Say what the note now says", "An edit needs {\"text\": \"…\"}.");
        try { return JsonBody.Ok(NoteJson.Of(await state.Writer.CaseworkAsync((notes, _) => notes.Edit(id, body.Text, user.Holder()), cancel))); }
        catch (CaseworkException e) { return Problems.Conflict("The note cannot be changed", e.Message); }
    }

    private static async Task<Results<JsonBody<NoteJson>, ProblemHttpResult>> Delete(string id, string? why, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        try
        {
            var deleted = await state.Writer.CaseworkAsync((notes, _) =>
            {
                notes.Delete(id, user.Holder(), why);
                return notes.Find(id)!;
            }, cancel);
            return JsonBody.Ok(NoteJson.Of(deleted));
        }
        catch (CaseworkException e) { return Problems.Conflict("The note cannot be deleted", e.Message); }
    }
}
