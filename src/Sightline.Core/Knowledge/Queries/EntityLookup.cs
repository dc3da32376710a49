using Microsoft.Data.Sqlite;
using Sightline.Names;

namespace Sightline.Knowledge.Queries;

/// <summary>
/// Finds the entity a user means: an id as such; else the entity with that name in any spelling the names engine
/// equates (<c>Qais Khazali</c>, <c>qays al-khaz'ali</c>), the one whose best-used name is in the most documents first.
/// </summary>
public static class EntityLookup
{
    public const double MinimumScore = 0.8;

    /// <summary>Makes <paramref name="entityId"/> findable by the phonetic keys of one of its names (<c>kb_name_keys</c>,
    /// which <see cref="Find(SqliteConnection, string)"/> reads).</summary>
    public static void IndexKeys(SqliteConnection connection, SqliteTransaction? transaction, string entityId, ParsedName name)
    {
        foreach (var key in NameNorm.Keys(name))
            connection.Run(transaction, "INSERT OR IGNORE INTO kb_name_keys (key, entity_id) VALUES ($0, $1)", key, entityId);
    }

    public static IReadOnlyList<(string Id, string Name, double Score)> Find(KnowledgeStore store, string query) => Find(store.Connection, query);

    public static IReadOnlyList<(string Id, string Name, double Score)> Find(SqliteConnection connection, string query)
    {
        var byId = connection.Query(null, "SELECT id, name FROM kb_entities WHERE id = $0", r => (r.GetString(0), r.GetString(1), 1.0), query.Trim());
        if (byId.Count > 0) return byId;
        var parsed = NameParser.Parse(query);
        if (parsed.IsEmpty) return [];
        var keys = NameNorm.Keys(parsed).ToList();
        var rows = connection.Query(null,
            $"""
            SELECT e.id, e.name, n.name, COUNT(*)
            FROM kb_name_keys k JOIN kb_entities e ON e.id = k.entity_id JOIN kb_names n ON n.entity_id = e.id
            WHERE k.key = (SELECT key FROM kb_name_keys WHERE key IN ({Sql.Placeholders(keys.Count)}) GROUP BY key ORDER BY COUNT(*) LIMIT 1)
            GROUP BY e.id, n.name
            """,
            r => (Id: r.GetString(0), Entity: r.GetString(1), Name: r.GetString(2), Documents: r.GetInt32(3)), keys.Cast<object?>().ToArray());
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
