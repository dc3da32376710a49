using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Queries;

/// <summary>A party of the contact graph: an entity, or an office-holder known only by title (<c>office:…</c> key).</summary>
public sealed record GraphNode(string Key, string Name, string Kind, bool Sanctioned, IReadOnlyList<string> Lists);

/// <summary>A meeting between two parties: the event, its date at its precision, and the first source sentence.</summary>
public sealed record GraphEdge(string From, string To, string EventId, DayRange? Date, string Kind, string Evidence, string Document);

/// <summary>
/// The contact graph: parties are nodes, meeting events are edges between every two of their parties. Read from the
/// store a node at a time, so that a neighbourhood or a shortest path costs what it touches, not the whole graph.
/// </summary>
public sealed class ContactGraph(KnowledgeStore store)
{
    private readonly IGraphQueries _graph = store.Graph;

    /// <summary>The parties within <paramref name="depth"/> meetings of <paramref name="root"/>, and the meetings among them;
    /// with a <paramref name="filter"/>, only the meetings and parties it admits are followed and shown.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Around(string root, int depth, GraphFilter? filter = null)
    {
        filter ??= GraphFilter.None;
        var sanctioned = new Dictionary<string, bool>(StringComparer.Ordinal);
        List<GraphEdge> Admitted(string key) => Followed(key, root, filter, sanctioned);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var edges = new Dictionary<(string, string, string), GraphEdge>();
        var frontier = new List<string> { root };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var key in frontier)
                foreach (var edge in Admitted(key))
                {
                    edges.TryAdd(Canonical(edge), edge);
                    if (seen.Add(edge.To)) next.Add(edge.To);
                }
            frontier = next;
        }
        // Meetings between parties at the outer ring are part of the picture too.
        foreach (var key in frontier)
            foreach (var edge in Admitted(key).Where(e => seen.Contains(e.To)))
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
        var keys = _graph.PartyKeys();
        var edges = keys.SelectMany(Edges).Where(e => string.CompareOrdinal(e.From, e.To) < 0)
            .OrderBy(e => e.Date?.Start).ThenBy(e => e.EventId, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();
        return (Nodes(keys), edges);
    }

    /// <summary>The nodes of these party keys, in key order.</summary>
    public IReadOnlyList<GraphNode> Nodes(IReadOnlyCollection<string> keys) =>
        _graph.Parties(keys).Select(party =>
        {
            var name = party.EntityName ?? party.PartyName ?? party.Key;
            var kind = party.EntityKind ?? (party.Key.StartsWith("office:", StringComparison.Ordinal) ? "OfficeHolder" : "Unresolved");
            return new GraphNode(party.Key, name, kind, party.Lists.Count > 0, party.Lists);
        }).ToList();

    /// <summary>The party's meetings the filter admits: in its period, and with <see cref="GraphFilter.SanctionedOnly"/>
    /// only those with the root or a listed party (<paramref name="sanctioned"/> remembers who is, across calls).</summary>
    private List<GraphEdge> Followed(string key, string root, GraphFilter filter, Dictionary<string, bool> sanctioned)
    {
        var edges = Edges(key).Where(filter.InPeriod).ToList();
        if (!filter.SanctionedOnly) return edges;
        var unknown = edges.Select(e => e.To).Where(to => to != root && !sanctioned.ContainsKey(to)).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count > 0)
            foreach (var node in Nodes(unknown)) sanctioned[node.Key] = node.Sanctioned;
        return edges.Where(e => e.To == root || sanctioned.GetValueOrDefault(e.To)).ToList();
    }

    private List<GraphEdge> Edges(string key) =>
        _graph.Meetings(key).Select(m => new GraphEdge(key, m.OtherParty, m.EventId, DayRange.Parse(m.DateStart, m.DateEnd), m.Kind, m.Evidence, m.DocumentKey)).ToList();

    private static (string, string, string) Canonical(GraphEdge edge) =>
        string.CompareOrdinal(edge.From, edge.To) < 0 ? (edge.From, edge.To, edge.EventId) : (edge.To, edge.From, edge.EventId);
}
