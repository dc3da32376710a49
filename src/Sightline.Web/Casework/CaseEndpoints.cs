using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sightline.Casework;
using Sightline.Export;
using Sightline.Export.Contracts;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

namespace Sightline.Web.Casework;

/// <summary>Cases: list and open them, add and remove members (each recorded under the holder of the request's
/// credential and audited), read one with its members, notes and meetings, and export it. ADR-036.</summary>
public static class CaseEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/cases", List).WithName("cases").WithTags("cases")
            .WithSummary("Every case by name, with its member counts; member=ID: only the cases holding that entity, meeting or report");
        app.MapGet("/cases/{id}", Read).WithName("case").WithTags("cases")
            .WithSummary("A case (by id or name) with its members, the notes on them, and the meetings it holds or in which two of its entities took part")
            .ProducesProblem(404);
        app.MapGet("/cases/{id}/export", Export).WithName("export-case").WithTags("cases")
            .WithSummary("A case as a file: format=json (as GET /cases/{id}), ftm (FollowTheMoney lines: its entities, meetings, reports and notes) or csv (its meetings)")
            .Produces<CaseJson>(200, "application/json", "application/x-ndjson", "text/csv").AddOpenApiOperationTransformer(LinesAndCsvAreText)
            .ProducesProblem(400).ProducesProblem(404);
        app.MapPost("/cases", Create).WithName("create-case").WithTags("cases")
            .WithSummary("Open a case (name)").ProducesProblem(400).ProducesProblem(409).ProducesProblem(503).RequireAuthorization(AccessPolicies.Write);
        app.MapPost("/cases/{id}/members", AddMember).WithName("add-to-case").WithTags("cases")
            .WithSummary("Add an entity, meeting or report (member: its P-, O-, M- or D- id) to a case").ProducesProblem(400).ProducesProblem(409).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);
        app.MapDelete("/cases/{id}/members/{member}", RemoveMember).WithName("remove-from-case").WithTags("cases")
            .WithSummary("Remove a member from a case (why: optional, kept in the audit trail)").ProducesProblem(404).ProducesProblem(409).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);
    }

    /// <summary>The OpenAPI operation's FtM lines and CSV as text: the endpoint metadata holds one type a status.</summary>
    private static Task LinesAndCsvAreText(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (operation.Responses is { } responses && responses.TryGetValue("200", out var ok) && ok.Content is { } content)
            foreach (var (type, media) in content.Where(c => c.Key != "application/json"))
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
        return Task.CompletedTask;
    }

    private static JsonBody<IReadOnlyList<CaseSummaryJson>> List(string? member, KnowledgeAccess kb) =>
        JsonBody.Ok<IReadOnlyList<CaseSummaryJson>>([.. kb.Cases.List(string.IsNullOrWhiteSpace(member) ? null : member).Select(CaseSummaryJson.Of)]);

    private static Results<JsonBody<CaseJson>, ProblemHttpResult> Read(string id, KnowledgeAccess kb) =>
        kb.Cases.Read(id) is { } file ? JsonBody.Ok(CaseJson.Of(file)) : NoCase(id);

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(string id, string? format, KnowledgeAccess kb)
    {
        var chosen = format ?? "json";
        if (!CaseExport.Formats.Contains(chosen))
            return Problems.BadRequest("Unknown format", $"'{chosen}' is not one of {string.Join(", ", CaseExport.Formats)}.");
        if (kb.Cases.Read(id) is not { } file) return NoCase(id);
        var (text, type) = chosen switch
        {
            "ftm" => (string.Concat(new CaseExport(kb.Store, kb.Lists).Ftm(file).Select(e => e.ToJsonLine() + "\n")), "application/x-ndjson"),
            "csv" => (string.Concat(CaseExport.Csv(file).Select(row => row + "\r\n")), "text/csv"),
            _ => (JsonSerializer.Serialize(CaseJson.Of(file), WebJsonContext.Info<CaseJson>()), "application/json"),
        };
        return TypedResults.File(Encoding.UTF8.GetBytes(text), type + "; charset=utf-8", $"{file.Case.Id}.{(chosen == "ftm" ? "ftm.json" : chosen)}");
    }

    private static async Task<Results<JsonCreated<CaseSummaryJson>, ProblemHttpResult>> Create(CaseRequest? body, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(body?.Name)) return Problems.BadRequest("Name the case", "A case needs {\"name\": \"…\"}.");
        try { return JsonBody.Created(CaseSummaryJson.Of(await state.Writer.CaseworkAsync((_, cases) => cases.Create(body.Name, user.Holder()), cancel))); }
        catch (CaseworkException e) { return Problems.Conflict("The case cannot be opened", e.Message); }
    }

    private static async Task<Results<JsonBody<CaseSummaryJson>, ProblemHttpResult>> AddMember(
        string id, CaseMemberRequest? body, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(body?.Member)) return Problems.BadRequest("Say what to add", "Give {\"member\": \"P-…|O-…|M-…|D-…\"}.");
        try
        {
            return JsonBody.Ok(CaseSummaryJson.Of(await state.Writer.CaseworkAsync((_, cases) =>
            {
                cases.Add(id, body.Member, user.Holder());
                return cases.List().Single(c => c.Id == id || string.Equals(c.Name, id, StringComparison.OrdinalIgnoreCase));
            }, cancel)));
        }
        catch (CaseworkException e) { return Problems.Conflict("The member cannot be added", e.Message); }
    }

    private static async Task<Results<JsonBody<CaseSummaryJson>, ProblemHttpResult>> RemoveMember(
        string id, string member, string? why, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        try
        {
            var summary = await state.Writer.CaseworkAsync((_, cases) =>
                cases.Remove(id, member, user.Holder(), why) ? cases.List().Single(c => c.Id == id || string.Equals(c.Name, id, StringComparison.OrdinalIgnoreCase)) : null, cancel);
            return summary is null ? Problems.NotFound("Not in the case", $"The case '{id}' does not hold '{member}'.") : JsonBody.Ok(CaseSummaryJson.Of(summary));
        }
        catch (CaseworkException e) { return Problems.Conflict("The member cannot be removed", e.Message); }
    }

    private static ProblemHttpResult NoCase(string id) => Problems.NotFound("No such case", $"No case has the id or name '{id}' (GET /cases lists them).");
}
