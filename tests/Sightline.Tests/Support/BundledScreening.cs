using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Tests.Support;

/// <summary>The bundled lists read once and indexed for screening, shared by the tests that need them.</summary>
public static class BundledScreening
{
    private static readonly Lazy<IReadOnlyList<ListEntry>> LazyEntries =
        new(() => BundledLists.Open(Repository.Lists).SelectMany(r => r.ReadEntries()).ToList());
    private static readonly Lazy<Screener> LazyScreener = new(() => new Screener(ScreeningIndex.Build(Entries)));
    private static readonly Lazy<HashSet<string>> LazyHashes =
        new(() => BundledLists.Open(Repository.Lists).Select(r => r.Source.ContentHash).ToHashSet(StringComparer.Ordinal));

    public static IReadOnlyList<ListEntry> Entries => LazyEntries.Value;
    public static Screener Screener => LazyScreener.Value;

    /// <summary>A screener over the bundled lists and the given invented entries: thousands of names compete for the
    /// candidates, as in use.</summary>
    public static Screener With(params ListEntry[] invented) => new(ScreeningIndex.Build(Entries.Concat(invented).ToList()));

    /// <summary>True when <paramref name="active"/> are exactly the bundled lists (what the shared index was built from).</summary>
    public static bool AreActive(IReadOnlyList<ListVersion> active) =>
        active.Count == LazyHashes.Value.Count && active.All(v => LazyHashes.Value.Contains(v.ContentHash));
}
