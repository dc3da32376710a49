namespace Sightline.Lists.Model;

/// <summary>One name of a list entry, as the authority spells it (OFAC's <c>LAST, First</c> order is kept).</summary>
/// <param name="Text">The name exactly as published.</param>
/// <param name="Kind">Primary name, alias, former or new name, weak alias, or the name in its original script.</param>
/// <param name="Quality">The authority's own quality mark where it gives one (UN <c>Good</c>/<c>Low</c>).</param>
public sealed record EntryName(string Text, NameKind Kind, string? Quality = null);

/// <summary>The role a name plays for its entry.</summary>
public enum NameKind
{
    Primary,
    Alias,
    FormerName,
    NewName,
    /// <summary>A weak or low-quality alias: OFAC's a.k.a.s that appear only in Remarks, UN aliases of quality Low.</summary>
    WeakAlias,
    OriginalScript,
}
