using Microsoft.Data.Sqlite;

namespace Sightline.Knowledge.Queries;

/// <summary>A party of the contact graph: an entity, or an office-holder known only by title (<c>office:…</c> key).</summary>
public sealed record GraphNode(string Key, string Name, string Kind, bool Sanctioned, IReadOnlyList<string> Lists);

/// <summary>A meeting between two parties: the event, its date at its precision, and the first source sentence.</summary>
public sealed record GraphEdge(string From, string To, string EventId, DayRange? Date, string Kind, string Evidence, string Document);

/// <summary>
/// The contact graph: parties are nodes, meeting events are edges between every two of their parties. Read from the
/// store a node at a time, so that a neighbourhood or a shortest path costs what it touches, not the whole graph.
/// </summary>
public sealed class ContactGraph(SqliteConnection connection)
{
    public ContactGraph(KnowledgeStore store) : this(store.Connection) { }


    /// <summary>The parties within <paramref name="depth"/> meetings of <paramref name="root"/>, and the meetings among them.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Around(string root, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var edges = new Dictionary<(string, string, string), GraphEdge>();
        var frontier = new List<string> { root };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var key in frontier)
                foreach (var edge in Edges(key))
                {
                    edges.TryAdd(Canonical(edge), edge);
                    if (seen.Add(edge.To)) next.Add(edge.To);
                }
            frontier = next;
        }
        // Meetings between parties at the outer ring are part of the picture too.
        foreach (var key in frontier)
            foreach (var edge in Edges(key).Where(e => seen.Contains(e.To)))
                edges.TryAdd(Canonical(edge), edge);
        return (Nodes(seen), edges.Values.OrderBy(e => e.Date?.Start).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList());
    }

    /// <summary>The shortest chain of meetings from <paramref name="from"/> to <paramref name="to"/>, or null when none
    /// joins them within <paramref name="maxHops"/>.</summary>
    public IReadOnlyList<GraphEdge>? Path(string from, string to, int maxHops = 6)
    {
        var cameBy = new Dictionary<string, GraphEdge?>(StringComparer.Ordinal) { [from] = null };
        var frontier = new List<string> { from };
        for (var hop = 0; hop < maxHops && frontier.Count > 0 && !cameBy.ContainsKey(to); hop++)
        {
            var next = new List<string>();
            foreach (var key in frontier)
                foreach (var edge in Edges(key))
                    if (cameBy.TryAdd(edge.To, edge)) next.Add(edge.To);
            frontier = next;
        }
        if (!cameBy.ContainsKey(to)) return null;
        var path = new List<GraphEdge>();
        for (var at = to; cameBy[at] is { } edge; at = edge.From) path.Add(edge);
        path.Reverse();
        return path;
    }

    /// <summary>The whole graph: every party of every meeting, and every meeting between two of them.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) All()
    {
        var keys = connection.Query(null, "SELECT DISTINCT party_key FROM kb_event_parties", r => r.GetString(0));
        var edges = keys.SelectMany(Edges).Where(e => string.CompareOrdinal(e.From, e.To) < 0)
            .OrderBy(e => e.Date?.Start).ThenBy(e => e.EventId, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();
        return (Nodes(keys), edges);
    }

    /// <summary>The nodes of these party keys, in key order (read in chunks, so any number of keys fits SQLite's
    /// parameter limit).</summary>
    public IReadOnlyList<GraphNode> Nodes(IReadOnlyCollection<string> keys) =>
        keys.Order(StringComparer.Ordinal).Chunk(500).SelectMany(NodesOf).ToList();

    private IReadOnlyList<GraphNode> NodesOf(string[] keys)
    {
        var names = connection.Query(null,
            $"SELECT party_key, name, entity_id FROM kb_event_parties WHERE party_key IN ({Sql.Placeholders(keys.Length)}) GROUP BY party_key",
            r => (Key: r.GetString(0), Name: r.GetString(1), Entity: r.Text(2)), keys.Cast<object?>().ToArray()).ToDictionary(n => n.Key);
        var entities = connection.Query(null, $"SELECT id, name, schema FROM kb_entities WHERE id IN ({Sql.Placeholders(keys.Length)})",
            r => (Id: r.GetString(0), Name: r.GetString(1), Kind: r.GetString(2)), keys.Cast<object?>().ToArray()).ToDictionary(e => e.Id);
        var lists = connection.Query(null,
            $"SELECT entity_id, list || ' ' || list_id FROM kb_links WHERE tier IS NOT NULL AND entity_id IN ({Sql.Placeholders(keys.Length)})",
            r => (r.GetString(0), r.GetString(1)), keys.Cast<object?>().ToArray()).ToLookup(l => l.Item1, l => l.Item2);
        return keys.Order(StringComparer.Ordinal).Select(key =>
        {
            var name = entities.TryGetValue(key, out var entity) ? entity.Name : names.TryGetValue(key, out var party) ? party.Name : key;
            var kind = entity.Kind ?? (key.StartsWith("office:", StringComparison.Ordinal) ? "OfficeHolder" : "Unresolved");
            var onLists = lists[key].ToList();
            return new GraphNode(key, name, kind, onLists.Count > 0, onLists);
        }).ToList();
    }

    private List<GraphEdge> Edges(string key) =>
        connection.Query(null,
            """
            SELECT p2.party_key, e.id, e.date_start, e.date_end, e.kind,
                   (SELECT c.evidence || char(31) || c.document_key FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id
                    WHERE ec.event_id = e.id AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id LIMIT 1)
            FROM kb_event_parties p1 JOIN kb_event_parties p2 ON p2.event_id = p1.event_id AND p2.party_key <> p1.party_key
            JOIN kb_events e ON e.id = p1.event_id
            WHERE p1.party_key = $0 ORDER BY e.date_start, e.id, p2.party_key
            """,
            r =>
            {
                var source = (r.Text(5) ?? "\u001f").Split('\u001f');
                return new GraphEdge(key, r.GetString(0), r.GetString(1), DayRange.Parse(r.Text(2), r.Text(3)), r.GetString(4), source[0], source[1]);
            }, key);

    private static (string, string, string) Canonical(GraphEdge edge) =>
        string.CompareOrdinal(edge.From, edge.To) < 0 ? (edge.From, edge.To, edge.EventId) : (edge.To, edge.From, edge.EventId);
}
