using Sightline.Lists.Formats;
using Sightline.Lists.Model;
using Sightline.Storage;

namespace Sightline.Lists;

/// <summary>
/// Where list versions and their entries are kept. The interface is narrow on purpose: an SQLite file
/// backs it on one machine, and a PostgreSQL database when several machines share the work, without callers
/// changing (ADR-039).
/// </summary>
/// <remarks>
/// A version becomes visible, and active, only when its <see cref="IListImport"/> commits; until then the
/// previously active version stays active, so a failed import leaves nothing behind. Implementations are
/// safe to use from one thread at a time.
/// </remarks>
public interface IListStore : IDisposable
{
    /// <summary>The active version of every list, in name order.</summary>
    IReadOnlyList<ListVersion> ActiveVersions();

    /// <summary>All versions of one list, oldest first.</summary>
    IReadOnlyList<ListVersion> Versions(string list);

    ListVersion? Version(long versionId);

    /// <summary>How imports and activations wait for the writer's turn when another writer holds the database (ADR-028):
    /// by default as long as it takes, silently.</summary>
    WriterWait Writers { get; set; }

    /// <summary>Opens the store's connection again when its server dropped it, found by a round trip; nothing for an
    /// embedded store, whose connection cannot be dropped (ADR-042).</summary>
    void Reconnect() { }

    /// <summary>Makes a version already in the store its list's active version (a rollback, or a return to the newest);
    /// its entries are kept whole, so nothing is re-read.</summary>
    void Activate(long versionId);

    /// <summary>Starts importing a new version of <paramref name="source"/>'s list; dispose without committing to discard it.</summary>
    IListImport BeginImport(ListSource source, DateTimeOffset importedAt);

    /// <summary>One entry of a version; of the active version when <paramref name="versionId"/> is null.</summary>
    ListEntry? Entry(string list, string id, long? versionId = null);

    /// <summary>The lists whose active version holds an entry with this id.</summary>
    IReadOnlyList<string> ListsHolding(string id);

    /// <summary>Every entry of a version, streamed in id order.</summary>
    IEnumerable<ListEntry> Entries(long versionId);

    /// <summary>Entry id to content hash for a version: equal hashes mean equal entries.</summary>
    IReadOnlyDictionary<string, string> EntryHashes(long versionId);

    /// <summary>The version in which Sightline first saw the entry appear, when it watched it appear.</summary>
    ListVersion? FirstSeen(string list, string id);
}

/// <summary>An import under way: entries are added, then the version is committed at once or not at all.</summary>
public interface IListImport : IDisposable
{
    /// <summary>The content hash of the list's active version as it stands once the import holds the writer's turn, or
    /// null when the list has none.</summary>
    string? ActiveContentHash { get; }

    void Add(ListEntry entry);

    /// <summary>Makes the version active and records which entries first appeared in it.</summary>
    ListVersion Commit(EntryCounts counts, IReadOnlyList<string> warnings);
}
