using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Web.Contracts;

namespace Sightline.Web.Knowledge;

/// <summary>
/// <c>GET /search/{dataset}?q=</c>: a name in any spelling or script, answered in two groups — the list entries it
/// screens to (of one list, or <c>default</c> for all) and the people and organisations of the knowledge base of that
/// name, each with its list links. Both groups are in search order (<see cref="SearchRanking"/>): the names holding the
/// words typed first, persons before organisations, primary names before aliases.
/// </summary>
public static class SearchEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapGet("/search/{dataset}", Search).WithName("search").WithTags("knowledge")
            .WithSummary("Search a name in any script: list entries (screened) and knowledge-base entities, grouped")
            .ProducesProblem(400).ProducesProblem(404);

    private static Results<JsonBody<SearchJson>, ProblemHttpResult> Search(string dataset, string? q, int? limit, double? threshold, ServerState state, KnowledgeAccess kb)
    {
        var served = state.Served; // one set of lists for the whole request, whatever a reload does meanwhile
        if (dataset != "default" && !served.Names.Contains(dataset))
            return Problems.NotFound("No such dataset", $"'{dataset}' is not a loaded list. Use 'default' for all lists, or one of: {string.Join(", ", served.Names.Order(StringComparer.Ordinal))}.");
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("Nothing to search", "Give a name: GET /search/default?q=Qais%20al-Khazali (any spelling or script).");
        var max = Math.Clamp(limit ?? 10, 1, 100);
        var query = q.Trim();
        var screened = served.Screener.Screen(new ScreeningQuery(query, null, null, null), new ScreeningOptions(threshold ?? ScreeningQuery.DefaultThreshold, max * 4))
            .Where(r => dataset == "default" || r.Entry.List == dataset);
        var entries = SearchRanking.Sort(query, screened).Take(max).ToList();
        var words = SearchRanking.Words(query);
        var entities = kb.Find(query).OrderBy(e => SearchRanking.Of(words, e.Name, e.Name, true, SchemaOf(e.Id), e.Score, e.Id), SearchRanking.Order)
            .Take(max).ToList();
        return JsonBody.Ok(new SearchJson(q, dataset,
            [.. entries.Select(r => new ListEntryHitJson($"{r.Entry.List}:{r.Entry.Id}", r.Entry.List, r.Entry.Id, r.Entry.Name, r.Entry.Schema.ToString(),
                Math.Round(r.Score, 4), r.Match, r.Explanation.MatchedName))],
            [.. entities.Select(e => new EntityHitJson(e.Id, e.Name,
                SchemaOf(e.Id) == EntrySchema.Person ? nameof(EntityKind.Person) : nameof(EntityKind.Organization), Math.Round(e.Score, 4),
                [.. kb.Entities.CountingLinks(e.Id).Select(l => $"{l.List}:{l.ListId}")]))]));
    }

    /// <summary>Knowledge-base ids say what an entity is: <c>P-…</c> a person, <c>O-…</c> an organisation.</summary>
    private static EntrySchema SchemaOf(string entityId) => entityId.StartsWith("P-", StringComparison.Ordinal) ? EntrySchema.Person : EntrySchema.Organization;
}
