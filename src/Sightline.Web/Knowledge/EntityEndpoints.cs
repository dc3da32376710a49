using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sightline.Export.Contracts;
using Sightline.Knowledge.Queries;
using Sightline.Web.Contracts;
using Sightline.Web.Match;

namespace Sightline.Web.Knowledge;

/// <summary>
/// <c>GET /entities/{id}</c> and its timeline and contact graph, and <c>GET /path</c>. An id is a knowledge-base entity
/// (<c>P-…</c>, <c>O-…</c>) or a list entry (<c>us_ofac_sdn:28004</c>); the profile JSON is the one <c>sightline entity
/// --json</c> writes.
/// </summary>
public static class EntityEndpoints
{
    public const int MaxDepth = 3;

    public static void Map(WebApplication app)
    {
        app.MapGet("/entities/{id}", Entity).WithName("entity").WithTags("knowledge")
            .WithSummary("A knowledge-base entity's profile (names, list links, sanctions, roles, family, meetings) or a list entry")
            .ProducesProblem(404).AddOpenApiOperationTransformer(ProfileOrListEntry);
        app.MapGet("/entities/{id}/timeline", Timeline).WithName("timeline").WithTags("knowledge")
            .WithSummary("The entity's meetings in date order, each date at its precision with its first and last day")
            .ProducesProblem(404);
        app.MapGet("/entities/{id}/graph", Graph).WithName("graph").WithTags("knowledge")
            .WithSummary("The contact graph around the entity: parties within `depth` meetings (1 to 3) and the meetings among them; " +
                "`from` and `to` (a year, month or day) keep the meetings whose dates meet that period, `sanctioned=true` only parties linked to a list entry")
            .ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/path", PathBetween).WithName("path").WithTags("knowledge")
            .WithSummary("The shortest chain of meetings joining two entities (ids or names)")
            .ProducesProblem(400).ProducesProblem(404);
    }

    /// <summary>The document keeps one schema a status; this answer is a profile or, for <c>list:id</c>, a list entry.</summary>
    private static async Task ProfileOrListEntry(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (context.Document is not { } document || operation.Responses?["200"].Content?["application/json"] is not { Schema: { } profile } answer) return;
        document.AddComponent(nameof(ListEntryProfileJson), await context.GetOrCreateSchemaAsync(typeof(ListEntryProfileJson), null, cancel));
        answer.Schema = new OpenApiSchema { OneOf = [profile, new OpenApiSchemaReference(nameof(ListEntryProfileJson), document)] };
    }

    private static Results<JsonBody<ListEntryProfileJson>, JsonBody<ProfileJson>, ProblemHttpResult> Entity(string id, int? meetings, KnowledgeAccess kb, ServerState state)
    {
        if (ListEntryId(id) is var (list, listId) && state.Entry(list, listId) is { } entry)
        {
            var version = kb.Lists.ActiveVersions().FirstOrDefault(v => v.List == list);
            return JsonBody.Ok(new ListEntryProfileJson(id, entry.Name, EntryProperties.Schema(entry.Schema), list, listId, version?.Label,
                [.. entry.ListingDates.Select(d => d.Date.ToString())], EntryProperties.Of(entry),
                [.. kb.Entities.LinkedTo(list, listId).Select(l => new LinkedEntityJson(l.Id, l.Name, l.State))]));
        }
        var profile = kb.Profiles.Read(id, Math.Clamp(meetings ?? ProfileReader.DefaultMeetings, 1, 5000));
        return profile is null ? Problems.NoEntity(id) : JsonBody.Ok(ProfileJson.Of(profile));
    }

    private static Results<JsonBody<TimelineJson>, ProblemHttpResult> Timeline(string id, int? limit, KnowledgeAccess kb)
    {
        var profile = kb.Profiles.Read(id, Math.Clamp(limit ?? ProfileReader.DefaultMeetings, 1, 5000));
        if (profile is null) return Problems.NoEntity(id);
        return JsonBody.Ok(new TimelineJson(profile.Id, profile.Name, profile.MeetingsTotal,
            [.. profile.Meetings.OrderBy(m => m.Date?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).Select(MeetingJson.Of)]));
    }

    private static Results<JsonBody<GraphJson>, ProblemHttpResult> Graph(string id, int? depth, string? from, string? to, bool? sanctioned, KnowledgeAccess kb)
    {
        if (GraphPeriod.Read(from, to, sanctioned ?? false) is not { } filter) return GraphPeriod.Problem(from, to);
        if (!kb.Entities.Exists(id)) return Problems.NoEntity(id);
        var (nodes, edges) = kb.Graph.Around(id, Math.Clamp(depth ?? 1, 1, MaxDepth), filter);
        return JsonBody.Ok(GraphJson.Of(nodes, edges));
    }

    private static Results<JsonBody<PathJson>, ProblemHttpResult> PathBetween(string? from, string? to, KnowledgeAccess kb)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            return Problems.BadRequest("Two entities needed", "Give both ends: GET /path?from=ID-or-NAME&to=ID-or-NAME.");
        var start = Resolve(kb, from);
        var end = Resolve(kb, to);
        if (start is null) return Problems.NotFound("No such entity", $"No knowledge-base entity is named or has the id '{from}'.");
        if (end is null) return Problems.NotFound("No such entity", $"No knowledge-base entity is named or has the id '{to}'.");
        var path = kb.Graph.Path(start, end);
        if (path is null)
            return Problems.NotFound("No chain of meetings", $"No chain of at most 6 meetings joins {start} and {end} in the knowledge base.");
        return JsonBody.Ok(new PathJson(start, end, path.Count, [.. path.Select(GraphEdgeJson.Of)]));
    }

    /// <summary>An entity id as given, else the best entity of that name.</summary>
    private static string? Resolve(KnowledgeAccess kb, string idOrName) =>
        kb.Entities.Exists(idOrName) ? idOrName : kb.Find(idOrName).Select(f => f.Id).FirstOrDefault();

    /// <summary><c>us_ofac_sdn:28004</c> as its list and id.</summary>
    public static (string List, string Id)? ListEntryId(string id) =>
        id.IndexOf(':') is var colon and > 0 && colon < id.Length - 1 ? (id[..colon], id[(colon + 1)..]) : null;
}
