using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Export;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
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
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        app.MapGet("/entities/{id}/timeline", Timeline).WithName("timeline").WithTags("knowledge")
            .WithSummary("The entity's meetings in date order, each date at its precision with its first and last day")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        app.MapGet("/entities/{id}/graph", Graph).WithName("graph").WithTags("knowledge")
            .WithSummary("The contact graph around the entity: parties within `depth` meetings (1 to 3) and the meetings among them")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        app.MapGet("/path", PathBetween).WithName("path").WithTags("knowledge")
            .WithSummary("The shortest chain of meetings joining two entities (ids or names)")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(404);
    }

    private static IResult Entity(string id, int? meetings, KnowledgeAccess kb, ServerState state)
    {
        if (ListEntryId(id) is var (list, listId) && state.Entry(list, listId) is { } entry)
        {
            var version = kb.Lists.ActiveVersions().FirstOrDefault(v => v.List == list);
            var linked = kb.Entities.LinkedTo(list, listId);
            return new JsonBody(json =>
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("caption", entry.Name);
                json.WriteString("schema", EntryProperties.Schema(entry.Schema));
                json.WriteString("list", list);
                json.WriteString("list_id", listId);
                json.WriteString("list_version", version?.Label);
                json.WriteStartArray("listing_dates");
                foreach (var date in entry.ListingDates) json.WriteStringValue(date.Date.ToString());
                json.WriteEndArray();
                json.WritePropertyName("properties");
                JsonSerializer.Serialize(json, EntryProperties.Of(entry));
                json.WriteStartArray("linked_entities");
                foreach (var (entityId, name, linkState) in linked)
                {
                    json.WriteStartObject();
                    json.WriteString("id", entityId);
                    json.WriteString("name", name);
                    json.WriteString("state", linkState);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        var profile = kb.Profiles.Read(id, Math.Clamp(meetings ?? ProfileReader.DefaultMeetings, 1, 5000));
        return profile is null ? Problems.NoEntity(id) : new JsonBody(json => ProfileJson.Write(json, profile));
    }

    private static IResult Timeline(string id, int? limit, KnowledgeAccess kb)
    {
        var profile = kb.Profiles.Read(id, Math.Clamp(limit ?? ProfileReader.DefaultMeetings, 1, 5000));
        if (profile is null) return Problems.NoEntity(id);
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", profile.Id);
            json.WriteString("name", profile.Name);
            json.WriteNumber("meetings_total", profile.MeetingsTotal);
            json.WriteStartArray("meetings");
            foreach (var meeting in profile.Meetings.OrderBy(m => m.Date?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal))
                ProfileJson.Meeting(json, meeting);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Graph(string id, int? depth, KnowledgeAccess kb)
    {
        if (!kb.Entities.Exists(id)) return Problems.NoEntity(id);
        var (nodes, edges) = kb.Graph.Around(id, Math.Clamp(depth ?? 1, 1, MaxDepth));
        return new JsonBody(json => GraphWriter.Json(json, nodes, edges));
    }

    private static IResult PathBetween(string? from, string? to, KnowledgeAccess kb)
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
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("from", start);
            json.WriteString("to", end);
            json.WriteNumber("hops", path.Count);
            json.WriteStartArray("edges");
            foreach (var edge in path) GraphWriter.Edge(json, edge);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>An entity id as given, else the best entity of that name.</summary>
    private static string? Resolve(KnowledgeAccess kb, string idOrName) =>
        kb.Entities.Exists(idOrName) ? idOrName : kb.Find(idOrName).Select(f => f.Id).FirstOrDefault();

    /// <summary><c>us_ofac_sdn:28004</c> as its list and id.</summary>
    public static (string List, string Id)? ListEntryId(string id) =>
        id.IndexOf(':') is var colon and > 0 && colon < id.Length - 1 ? (id[..colon], id[(colon + 1)..]) : null;
}
