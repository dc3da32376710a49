using Sightline.Knowledge;
using Sightline.Knowledge.Queries;

namespace Sightline.Export.Contracts;

/// <summary>The contact graph as <c>graph --format json</c> and <c>GET /entities/{id}/graph</c> give it.</summary>
public sealed record GraphJson(IReadOnlyList<GraphNodeJson> Nodes, IReadOnlyList<GraphEdgeJson> Edges)
{
    public static GraphJson Of(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges) =>
        new([.. nodes.Select(n => new GraphNodeJson(n.Key, n.Name, n.Kind, n.Sanctioned, n.Lists))], [.. edges.Select(GraphEdgeJson.Of)]);
}

/// <summary>A party: <c>sanctioned</c> when it is linked to a list entry, and those lists.</summary>
public sealed record GraphNodeJson(string Id, string Name, string Kind, bool Sanctioned, IReadOnlyList<string> Lists);

/// <summary>A meeting between two parties, with its date, its evidence sentence and the report it is from.</summary>
public sealed record GraphEdgeJson(
    string Source, string Target, string Event, string? Date, string? DateStart, string? DateEnd, string Kind, string Evidence, string Document, string DocumentId)
{
    public static GraphEdgeJson Of(GraphEdge edge) =>
        new(edge.From, edge.To, edge.EventId, edge.Date?.Shared, edge.Date?.StartText, edge.Date?.EndText, edge.Kind, edge.Evidence, edge.Document,
            StableIds.Document(edge.Document));
}
