namespace Sightline.Lists.Import;

/// <summary>
/// What a new list version must pass before it becomes active, whether it was imported from a file or downloaded
/// (ADR-022): every file parsed to its end, a complete file set with OFAC's end-of-file bytes, and no large loss of
/// entries or names against the active version, since a file cut at a line end or a set without its alias file
/// still parses.
/// </summary>
/// <param name="MaximumLoss">The largest share of the active version's entries, or of its names, a new version may
/// lose (0.10: a version with fewer than 90 % of either is refused).</param>
/// <param name="AllowShrink">The analyst has checked that the list really shrank: the loss is reported, not refused.</param>
/// <param name="AllowPartial">The analyst imports an OFAC set without one of its companion files on purpose.</param>
public sealed record ImportChecks(double MaximumLoss = 0.10, bool AllowShrink = false, bool AllowPartial = false)
{
    /// <summary>The checks every import and update runs unless told otherwise.</summary>
    public static ImportChecks Standard { get; } = new();
}
