using Sightline.Knowledge.Storage;
using Sightline.Names;

namespace Sightline.Knowledge.Queries;

/// <summary>
/// Finds the entity a user means: an id as such; else the entity with that name in any spelling the names engine
/// equates (<c>Qais Khazali</c>, <c>qays al-khaz'ali</c>), the one whose best-used name is in the most documents first.
/// </summary>
public static class EntityLookup
{
    public const double MinimumScore = 0.8;

    public static IReadOnlyList<(string Id, string Name, double Score)> Find(KnowledgeStore store, string query) => Find(store.Entities, query);

    private static IReadOnlyList<(string Id, string Name, double Score)> Find(IEntityQueries entities, string query)
    {
        if (entities.NameOf(query.Trim()) is { } named) return [(query.Trim(), named, 1.0)];
        var parsed = NameParser.Parse(query);
        if (parsed.IsEmpty) return [];
        var rows = entities.ByRarestKey(NameNorm.Keys(parsed).ToList())
            .Select(r => (Id: r.EntityId, Entity: r.EntityName, r.Name, r.Documents));
        var weights = parsed.Tokens.Select(_ => 1.0).ToArray();
        return rows.Select(r =>
            {
                var other = NameParser.Parse(r.Name);
                var score = other.IsEmpty ? 0 : NameComparison.Compare(parsed.Tokens, weights, other.Tokens, other.Tokens.Select(_ => 1.0).ToArray()).Score;
                return (r.Id, r.Entity, Score: score, r.Documents);
            })
            .GroupBy(r => r.Id).Select(g => g.OrderByDescending(r => r.Score).First() with { Documents = g.Max(r => r.Documents) })
            .Where(r => r.Score >= MinimumScore)
            .OrderByDescending(r => Math.Round(r.Score, 2)).ThenByDescending(r => r.Documents).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (r.Id, r.Entity, r.Score)).ToList();
    }
}
