using Sightline.Lists.Formats;

namespace Sightline.Lists.Import;

/// <summary>What importing one list came to: a new version, no change (same content as the active version), or a
/// located failure that left the previously active version active.</summary>
public abstract record ImportOutcome(ListSource Source)
{
    public sealed record Imported(ListSource Source, ListVersion Version, ListVersion? Previous, ListDiff? Diff) : ImportOutcome(Source);

    public sealed record Unchanged(ListSource Source, ListVersion Active) : ImportOutcome(Source);

    public sealed record Failed(ListSource Source, string Error, ListVersion? StillActive) : ImportOutcome(Source);
}
