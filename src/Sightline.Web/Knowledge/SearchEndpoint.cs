using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Screening;

namespace Sightline.Web.Knowledge;

/// <summary>
/// <c>GET /search/{dataset}?q=</c>: a name in any spelling or script, answered in two groups — the list entries it
/// screens to (of one list, or <c>default</c> for all) and the people and organisations of the knowledge base of that
/// name, each with its list links.
/// </summary>
public static class SearchEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapGet("/search/{dataset}", Search).WithName("search").WithTags("knowledge")
            .WithSummary("Search a name in any script: list entries (screened) and knowledge-base entities, grouped")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(404);

    private static IResult Search(string dataset, string? q, int? limit, double? threshold, ServerState state, KnowledgeAccess kb)
    {
        if (dataset != "default" && !state.Lists.Contains(dataset))
            return Problems.NotFound("No such dataset", $"'{dataset}' is not a loaded list. Use 'default' for all lists, or one of: {string.Join(", ", state.Lists.Order(StringComparer.Ordinal))}.");
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("Nothing to search", "Give a name: GET /search/default?q=Qais%20al-Khazali (any spelling or script).");
        var max = Math.Clamp(limit ?? 10, 1, 100);
        var entries = state.Screener.Screen(new ScreeningQuery(q.Trim(), null, null, null), new ScreeningOptions(threshold ?? ScreeningQuery.DefaultThreshold, max * 4))
            .Where(r => dataset == "default" || r.Entry.List == dataset).Take(max).ToList();
        var entities = kb.Find(q.Trim()).Take(max).ToList();
        var links = entities.ToDictionary(e => e.Id, e => kb.Entities.CountingLinks(e.Id).Select(l => $"{l.List}:{l.ListId}").ToList());
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("query", q);
            json.WriteString("dataset", dataset);
            json.WriteStartArray("list_entries");
            foreach (var result in entries)
            {
                json.WriteStartObject();
                json.WriteString("id", $"{result.Entry.List}:{result.Entry.Id}");
                json.WriteString("list", result.Entry.List);
                json.WriteString("list_id", result.Entry.Id);
                json.WriteString("name", result.Entry.Name);
                json.WriteString("schema", result.Entry.Schema.ToString());
                json.WriteNumber("score", Math.Round(result.Score, 4));
                json.WriteBoolean("match", result.Match);
                json.WriteString("matched_name", result.Explanation.MatchedName);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var (id, name, score) in entities)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteString("schema", id.StartsWith("P-", StringComparison.Ordinal) ? nameof(EntityKind.Person) : nameof(EntityKind.Organization));
                json.WriteNumber("score", Math.Round(score, 4));
                json.WriteStartArray("list_links");
                foreach (var link in links[id]) json.WriteStringValue(link);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
