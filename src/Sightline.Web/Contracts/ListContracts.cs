using Sightline.Composition;
using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Lists.Model;

namespace Sightline.Web.Contracts;

/// <summary>A list in <c>GET /lists</c>: its active version's dates and staleness, and every version, newest first.</summary>
public sealed record ListStatusJson(
    string List, string Title, DateTimeOffset AsOf, DateTimeOffset LastUpdate, bool Stale, int AgeDays, IReadOnlyList<ListVersionJson> Versions);

/// <summary>One import of a list: its id (for <c>GET /lists/{version}/diff</c>), number, label, format, where it was
/// read from, dates and counts.</summary>
public sealed record ListVersionJson(
    long Id, int Number, string Label, string Format, string Location, DateTimeOffset? Published, DateTimeOffset ImportedAt, bool Active,
    ListCountsJson Counts)
{
    public static ListVersionJson Of(ListVersion version) =>
        new(version.Id, version.Number, version.Label, version.Format.ToString(), version.Location, version.Published, version.ImportedAt, version.Active,
            new ListCountsJson(version.Counts.Persons, version.Counts.Organizations, version.Counts.Vessels, version.Counts.Aircraft, version.Counts.Total));
}

/// <summary>How many entries of each kind a version holds.</summary>
public sealed record ListCountsJson(int Persons, int Organizations, int Vessels, int Aircraft, int Total);

/// <summary><c>GET /lists/{version}/diff</c>: what a version added, removed and changed against the version before it
/// (<c>from</c> is null for a list's first version, which adds every entry). The lists are cut at the limit; the
/// totals are not.</summary>
public sealed record ListDiffJson(
    string List, ListVersionJson? From, ListVersionJson To, int AddedTotal, int RemovedTotal, int ChangedTotal,
    IReadOnlyList<ListDiffEntryJson> Added, IReadOnlyList<ListDiffEntryJson> Removed, IReadOnlyList<ListChangeJson> Changed);

/// <summary>An entry added or removed: <c>list:id</c>, its name and programmes.</summary>
public sealed record ListDiffEntryJson(string Id, string Name, IReadOnlyList<string> Programs)
{
    public static ListDiffEntryJson Of(ListEntry entry) => new($"{entry.List}:{entry.Id}", entry.Name, entry.Programs);
}

/// <summary>An entry that changed, and the fields that did.</summary>
public sealed record ListChangeJson(string Id, string Name, IReadOnlyList<string> Fields);

/// <summary><c>POST /lists</c>: what importing a list file did, list by list.</summary>
public sealed record ListImportJson(string File, IReadOnlyList<ListImportResultJson> Imports);

/// <summary>One list of an imported file: <c>imported</c> (with the new version), <c>unchanged</c> (with the active
/// one) or <c>failed</c> (with why), and whether the knowledge base was re-screened against it and how many alerts
/// that raised.</summary>
public sealed record ListImportResultJson(string List, string Result, ListVersionJson? Version, string? Error, bool Rescreened, int AlertsRaised)
{
    public static ListImportResultJson Of(ImportOutcome outcome, ListRescreen? rescreen) => outcome switch
    {
        ImportOutcome.Imported imported => new(outcome.Source.List, "imported", ListVersionJson.Of(imported.Version), null, rescreen?.Rescreened ?? false, rescreen?.Raised ?? 0),
        ImportOutcome.Unchanged unchanged => new(outcome.Source.List, "unchanged", ListVersionJson.Of(unchanged.Active), null, rescreen?.Rescreened ?? false, rescreen?.Raised ?? 0),
        ImportOutcome.Failed failed => new(outcome.Source.List, "failed", null, failed.Error, false, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
