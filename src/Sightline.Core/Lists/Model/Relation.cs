namespace Sightline.Lists.Model;

/// <summary>A link the authority states between this entry and another party (OFAC <c>Linked To:</c>).</summary>
/// <param name="Kind">The authority's wording, e.g. <c>Linked To</c>.</param>
/// <param name="TargetName">The other party as named in the list.</param>
public sealed record Relation(string Kind, string TargetName);
