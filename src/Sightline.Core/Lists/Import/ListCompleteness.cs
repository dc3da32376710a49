using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;

namespace Sightline.Lists.Import;

/// <summary>Whether a read list came from a whole file set: OFAC's sets have four files, each (but the comments)
/// ending with the 0x1A byte OFAC writes, so a cut-short or partial set is told apart from a small list.</summary>
internal static class ListCompleteness
{
    /// <summary>The reason the set is incomplete, or null. Call after the entries were read.</summary>
    public static string? Problem(IListReader reader, ImportChecks checks) => reader.Parser switch
    {
        OfacCsvListReader { FilesWithoutEndMarker.Count: > 0 } ofac =>
            $"{string.Join(", ", ofac.FilesWithoutEndMarker)}: no end-of-file byte 0x1A, which OFAC writes at the end of every file: the file looks truncated",
        OfacCsvListReader { MissingCompanions.Count: > 0 } ofac when !checks.AllowPartial =>
            $"{string.Join(", ", ofac.MissingCompanions)} not found beside {ofac.PrimaryFileName}: without it the version would lose names, addresses or remarks (import with --allow-partial if that is meant)",
        _ => null,
    };
}
