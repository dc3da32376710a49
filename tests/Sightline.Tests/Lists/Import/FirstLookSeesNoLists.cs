using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;
using Sightline.Storage;

namespace Sightline.Tests.Lists.Import;

/// <summary>A real list store whose first <see cref="ActiveVersions"/> answers none: what an importer sees when it
/// looks just before another process commits the same list.</summary>
internal sealed class FirstLookSeesNoLists(IListStore store) : IListStore
{
    private bool _looked;

    public IReadOnlyList<ListVersion> ActiveVersions()
    {
        if (_looked) return store.ActiveVersions();
        _looked = true;
        return [];
    }

    public IReadOnlyList<ListVersion> Versions(string list) => store.Versions(list);
    public ListVersion? Version(long versionId) => store.Version(versionId);
    public WriterWait Writers { get => store.Writers; set => store.Writers = value; }
    public void Activate(long versionId) => store.Activate(versionId);
    public IListImport BeginImport(ListSource source, DateTimeOffset importedAt) => store.BeginImport(source, importedAt);
    public ListEntry? Entry(string list, string id, long? versionId = null) => store.Entry(list, id, versionId);
    public IReadOnlyList<string> ListsHolding(string id) => store.ListsHolding(id);
    public IEnumerable<ListEntry> Entries(long versionId) => store.Entries(versionId);
    public IReadOnlyDictionary<string, string> EntryHashes(long versionId) => store.EntryHashes(versionId);
    public ListVersion? FirstSeen(string list, string id) => store.FirstSeen(list, id);
    public void Dispose() { }
}
