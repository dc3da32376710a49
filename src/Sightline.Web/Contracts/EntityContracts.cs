using Sightline.Export.Contracts;

namespace Sightline.Web.Contracts;

/// <summary><c>GET /entities/{list:id}</c>: a list entry, its FollowTheMoney properties and the knowledge-base entities
/// linked to it.</summary>
public sealed record ListEntryProfileJson(
    string Id, string Caption, string Schema, string List, string ListId, string? ListVersion, IReadOnlyList<string> ListingDates,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, IReadOnlyList<LinkedEntityJson> LinkedEntities);

/// <summary>A knowledge-base entity linked to a list entry, and the link's state.</summary>
public sealed record LinkedEntityJson(string Id, string Name, string State);

/// <summary><c>GET /entities/{id}/timeline</c>: the entity's meetings in date order.</summary>
public sealed record TimelineJson(string Id, string Name, int MeetingsTotal, IReadOnlyList<MeetingJson> Meetings);

/// <summary><c>GET /path</c>: the shortest chain of meetings between two entities.</summary>
public sealed record PathJson(string From, string To, int Hops, IReadOnlyList<GraphEdgeJson> Edges);
