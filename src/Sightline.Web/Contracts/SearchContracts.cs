namespace Sightline.Web.Contracts;

/// <summary><c>GET /search/{dataset}?q=</c>: the list entries the name screens to and the knowledge-base entities of that name.</summary>
public sealed record SearchJson(string Query, string Dataset, IReadOnlyList<ListEntryHitJson> ListEntries, IReadOnlyList<EntityHitJson> Entities);

/// <summary>A list entry the name screens to, with the entry's name that matched.</summary>
public sealed record ListEntryHitJson(string Id, string List, string ListId, string Name, string Schema, double Score, bool Match, string MatchedName);

/// <summary>A knowledge-base entity of that name, with its list links (<c>list:id</c>).</summary>
public sealed record EntityHitJson(string Id, string Name, string Schema, double Score, IReadOnlyList<string> ListLinks);
