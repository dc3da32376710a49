using Sightline.Storage;

namespace Sightline.Screening;

/// <summary>Builds a <see cref="ScreeningIndex"/> from the active version of every list in a store.</summary>
public static class ScreeningIndexLoader
{
    public static ScreeningIndex FromStore(IListStore store) =>
        ScreeningIndex.Build(store.ActiveVersions().SelectMany(v => store.Entries(v.Id)).ToList());
}
