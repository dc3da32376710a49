using Sightline.Names;

namespace Sightline.Screening.Persistence;

/// <summary>
/// What a <see cref="ScreeningIndex"/> holds that is costly to derive: its entries, its names with their token ids, its
/// distinct tokens, its phonetic keys in id order and each key's postings. Everything else (token and key lookups, the
/// typo neighbourhood of keys, token weights) is derived again from these when the index is made.
/// </summary>
/// <remarks>The one seam between the index and its stored file: a field the index gains is added here, written and
/// read in <see cref="ScreeningIndexFile"/>, and <see cref="ScreeningIndexFile.FormatVersion"/> raised.</remarks>
internal sealed record ScreeningIndexData(
    IndexedEntry[] Entries,
    IndexedName[] Names,
    NameToken[] Tokens,
    string[] Keys,
    int[][] Postings);
