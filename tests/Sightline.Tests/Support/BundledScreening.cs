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

    public static IReadOnlyList<ListEntry> Entries => LazyEntries.Value;
    public static Screener Screener => LazyScreener.Value;
}
