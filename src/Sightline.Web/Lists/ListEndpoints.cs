using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Lists;
using Sightline.Web.Contracts;

namespace Sightline.Web.Lists;

/// <summary><c>GET /lists</c>: every list with its versions (counts, as-of date, staleness); <c>GET
/// /lists/{version}/diff</c>: what a version changed against the version before it.</summary>
public static class ListEndpoints
{
    /// <summary>A list older than this is flagged stale, as on the command line.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    public static void Map(WebApplication app)
    {
        app.MapGet("/lists", Status).WithName("lists").WithTags("lists")
            .WithSummary("The lists (the datasets /match accepts besides 'default'): each version's counts, dates and staleness");
        app.MapGet("/lists/{version}/diff", Diff).WithName("list-diff").WithTags("lists")
            .WithSummary("What a list version added, removed and changed against the version before it (a list's first version adds every entry)")
            .ProducesProblem(404);
    }

    private static JsonBody<IReadOnlyList<ListStatusJson>> Status(KnowledgeAccess kb, ServerState state)
    {
        var now = state.Clock.GetUtcNow();
        return JsonBody.Ok<IReadOnlyList<ListStatusJson>>([.. kb.Lists.ActiveVersions().Select(active => new ListStatusJson(
            active.List, KnownLists.TitleOf(active.List), active.AsOf, active.ImportedAt, active.IsStale(now, StaleAfter), (int)(now - active.AsOf).TotalDays,
            [.. kb.Lists.Versions(active.List).Reverse().Select(ListVersionJson.Of)]))]);
    }

    private static Results<JsonBody<ListDiffJson>, ProblemHttpResult> Diff(long version, int? limit, KnowledgeAccess kb)
    {
        if (kb.Lists.Version(version) is not { } to)
            return Problems.NotFound("No such list version", $"No list version has the id {version}; GET /lists gives each version's id.");
        var from = kb.Lists.Versions(to.List).Where(v => v.Number < to.Number).MaxBy(v => v.Number);
        var diff = from is null ? null : ListDiff.Compare(kb.Lists, from, to);
        var added = diff?.Added ?? kb.Lists.Entries(to.Id).ToList();
        var max = Math.Clamp(limit ?? 1000, 1, 100_000);
        return JsonBody.Ok(new ListDiffJson(to.List, from is null ? null : ListVersionJson.Of(from), ListVersionJson.Of(to),
            added.Count, diff?.Removed.Count ?? 0, diff?.Changed.Count ?? 0,
            [.. added.Take(max).Select(ListDiffEntryJson.Of)], [.. (diff?.Removed ?? []).Take(max).Select(ListDiffEntryJson.Of)],
            [.. (diff?.Changed ?? []).Take(max).Select(c => new ListChangeJson($"{c.After.List}:{c.After.Id}", c.After.Name, c.Fields))]));
    }
}
