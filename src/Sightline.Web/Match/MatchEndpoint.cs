using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Composition;
using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Web.Match;

/// <summary>
/// <c>POST /match/{dataset}</c>: screens each query of a yente-shaped request against the lists and answers in yente's
/// shape, so yente's clients work unchanged. The dataset is a list name (<c>us_ofac_sdn</c>) or <c>default</c> for all.
/// A query needs at least one <c>name</c>; a query without one gets status 400 and a detail, and the others still run. A
/// schema that is not one of <see cref="FtmSchemata"/> makes the whole request a 400 problem naming it, as in yente.
/// </summary>
public static class MatchEndpoint
{
    public const string Algorithm = "sightline-names";

    public static Results<Ok<MatchResponse>, ProblemHttpResult> Handle(string dataset, MatchRequest? request, ServerState state, int? limit, double? threshold, string? algorithm)
    {
        var served = state.Served; // one set of lists for the whole request, whatever a reload does meanwhile
        if (dataset != "default" && !served.Names.Contains(dataset))
            return TypedResults.Problem(statusCode: 404, title: "No such dataset",
                detail: $"'{dataset}' is not a loaded list. Use 'default' for all lists, or one of: {string.Join(", ", served.Names.Order(StringComparer.Ordinal))}.");
        if (algorithm is not null && algorithm != Algorithm && algorithm != "best")
            return TypedResults.Problem(statusCode: 400, title: "Unknown algorithm", detail: $"Sightline scores with '{Algorithm}' (or 'best', which means the same); '{algorithm}' is not one it has.");
        if (request?.Queries is not { Count: > 0 } queries)
            return TypedResults.Problem(statusCode: 400, title: "No queries",
                detail: "The body needs \"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"…\"]}}}.");
        foreach (var (key, example) in queries)
            if (example?.Schema is { } schema && !FtmSchemata.TryResolve(schema, out _))
                return TypedResults.Problem(statusCode: 400, title: "Unknown schema",
                    detail: $"Query '{key}' names the schema '{schema}', which is not a FollowTheMoney schema Sightline screens. Did you mean '{FtmSchemata.Closest(schema)}'? Known: {string.Join(", ", FtmSchemata.Names)}.");
        var max = Math.Clamp(limit ?? 5, 1, 500);
        var cut = threshold ?? ScreeningQuery.DefaultThreshold;
        var responses = queries.ToDictionary(q => q.Key, q => Answer(q.Value, dataset, served, max, cut), StringComparer.Ordinal);
        return TypedResults.Ok(new MatchResponse(responses, new MatcherInfo(Algorithm, "Sightline's names engine: token similarity with rarity weights, transliteration, and birth date and country qualifiers"), max));
    }

    private static QueryResponse Answer(EntityExample example, string dataset, ActiveLists served, int limit, double threshold)
    {
        var properties = example.Properties ?? new Dictionary<string, IReadOnlyList<string>>();
        var names = properties.GetValueOrDefault("name", []).Concat(properties.GetValueOrDefault("alias", [])).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (names.Count == 0) return new QueryResponse(400, [], new MatchTotal(0, "eq"), example, "The query has no \"name\" property to screen.");
        EntrySchema? schema = example.Schema is { } named && FtmSchemata.TryResolve(named, out var known) ? known : null;
        PartialDate? birth = PartialDate.TryParse(properties.GetValueOrDefault("birthDate", []).FirstOrDefault(), out var parsed) ? parsed : null;
        var country = properties.GetValueOrDefault("nationality", []).Concat(properties.GetValueOrDefault("country", [])).FirstOrDefault();

        var best = new Dictionary<(string, string), ScreeningResult>();
        foreach (var name in names)
            foreach (var result in served.Screener.Screen(new ScreeningQuery(name, schema, birth, country), new ScreeningOptions(threshold, Math.Max(limit * 4, 20))))
                if ((dataset == "default" || result.Entry.List == dataset) &&
                    (!best.TryGetValue((result.Entry.List, result.Entry.Id), out var held) || result.Score > held.Score))
                    best[(result.Entry.List, result.Entry.Id)] = result;
        var ranked = best.Values.OrderByDescending(r => r.Score).ThenBy(r => r.Entry.Id, StringComparer.Ordinal).ToList();
        var results = ranked.Take(limit).Select(r =>
        {
            var entry = served.Entry(r.Entry.List, r.Entry.Id);
            return new MatchResult($"{r.Entry.List}:{r.Entry.Id}", r.Entry.Name, EntryProperties.Schema(r.Entry.Schema),
                entry is null ? new Dictionary<string, IReadOnlyList<string>> { ["name"] = [r.Entry.Name] } : EntryProperties.Of(entry),
                [r.Entry.List], Math.Round(r.Score, 4), r.Match, Explain(r));
        }).ToList();
        return new QueryResponse(200, results, new MatchTotal(ranked.Count, "eq"), example);
    }

    private static List<string> Explain(ScreeningResult result)
    {
        var e = result.Explanation;
        var lines = new List<string> { $"name \"{e.MatchedName}\" ({e.MatchedNameKind}) scores {e.NameScore:0.00}" };
        lines.AddRange(e.Tokens.Select(t => $"\"{t.Query}\" ~ \"{t.List}\": {t.How} {t.Similarity:0.00}"));
        lines.AddRange(e.Qualifiers.Select(q => $"{q.Qualifier}: {q.Note} ({q.Change:+0.00;-0.00})"));
        if (e.AmbiguousBecause is { } why) lines.Add($"ambiguous: {why}");
        if (e.SameParty is { } same) lines.Add(same.ToString());
        return lines;
    }
}
