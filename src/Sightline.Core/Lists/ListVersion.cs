using Sightline.Lists.Formats;

namespace Sightline.Lists;

/// <summary>
/// One import of one list. Versions of a list are numbered from 1; exactly one is active at a time, and
/// every fact shown from a list names it: <c>OFAC SDN as of 2021-07-07</c>.
/// </summary>
/// <param name="Published">The publication time the file or server stated; null when unknown.</param>
/// <param name="ImportedAt">When Sightline imported it.</param>
public sealed record ListVersion(
    long Id,
    string List,
    int Number,
    ListFormat Format,
    string Location,
    DateTimeOffset? Published,
    DateTimeOffset ImportedAt,
    string ContentHash,
    EntryCounts Counts,
    IReadOnlyList<string> Warnings,
    bool Active)
{
    /// <summary>The date the list speaks for: its publication date, or the import date when it states none.</summary>
    public DateTimeOffset AsOf => Published ?? ImportedAt;

    /// <summary><c>OFAC SDN as of 2021-07-07</c>, or <c>... imported 2026-11-23 (publication date unknown)</c>.</summary>
    public string Label => Published is { } p
        ? $"{KnownLists.TitleOf(List)} as of {p:yyyy-MM-dd}"
        : $"{KnownLists.TitleOf(List)} imported {ImportedAt:yyyy-MM-dd} (publication date unknown)";

    /// <summary>True when the list is older than <paramref name="maxAge"/> at <paramref name="now"/>.</summary>
    public bool IsStale(DateTimeOffset now, TimeSpan maxAge) => now - AsOf > maxAge;
}

/// <summary>How many entries of each kind a version holds.</summary>
public sealed record EntryCounts(int Persons, int Organizations, int Vessels, int Aircraft)
{
    public int Total => Persons + Organizations + Vessels + Aircraft;
}
