using Sightline.Lists.Model;
using Sightline.Lists;

namespace Sightline.Screening;

/// <summary>Builds a <see cref="ScreeningIndex"/> from the active version of every list in a store.</summary>
public static class ScreeningIndexLoader
{
    public static ScreeningIndex FromStore(IListStore store) => ScreeningIndex.Build(ActiveEntries(store));

    /// <summary>Every entry of every active list version, read into memory.</summary>
    public static IReadOnlyList<ListEntry> ActiveEntries(IListStore store) =>
        store.ActiveVersions().SelectMany(v => store.Entries(v.Id)).ToList();
}
