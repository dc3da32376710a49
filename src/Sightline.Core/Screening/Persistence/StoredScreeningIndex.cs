using System.Diagnostics;
using Sightline.Lists;
using Sightline.Lists.Model;
using Sightline.Storage;

namespace Sightline.Screening.Persistence;

/// <summary>
/// The screening index of a database, stored beside it (<c>sightline.db.index</c>) and keyed by the active list versions
/// and the build of the names code: loaded in one read when its key still holds, else built from the active entries and
/// stored again. A missing, outdated or damaged file is never an error: it is rebuilt, and a one-line note says why.
/// Failing to store the rebuilt index (a read-only folder) is a note too; screening goes on with the index in memory.
/// </summary>
public static class StoredScreeningIndex
{
    /// <summary>The index file of the database at this address: beside a SQLite file, in the user's local data folder for
    /// a PostgreSQL database (<see cref="StoreAddress.LocalFileStem"/>).</summary>
    public static string PathFor(string databasePath) => StoreAddress.Parse(databasePath).LocalFileStem + ".index";

    /// <summary>The index for the active lists of <paramref name="store"/>, whose file is <paramref name="databasePath"/>;
    /// when it must be built, the entries are streamed from the store.</summary>
    /// <param name="note">Receives one line when the stored index is not used or cannot be stored, saying why.</param>
    /// <param name="progress">Receives (entries indexed, entries in all) while the index is built.</param>
    public static StoredIndexOpening Open(IListStore store, string databasePath, Action<string>? note = null, Action<int, int>? progress = null)
    {
        var versions = store.ActiveVersions();
        return Open(versions, () => versions.SelectMany(v => store.Entries(v.Id)), databasePath, note, progress);
    }

    /// <summary>The index for <paramref name="versions"/>, when the caller holds their <paramref name="entries"/> in
    /// memory already (read after the versions, so that the two agree).</summary>
    public static StoredIndexOpening Open(IReadOnlyList<ListVersion> versions, IReadOnlyList<ListEntry> entries, string databasePath,
        Action<string>? note = null) => Open(versions, () => entries, databasePath, note, progress: null);

    private static StoredIndexOpening Open(IReadOnlyList<ListVersion> versions, Func<IEnumerable<ListEntry>> entries, string databasePath,
        Action<string>? note, Action<int, int>? progress)
    {
        var clock = Stopwatch.StartNew();
        var key = ScreeningIndexKey.For(versions);
        var path = PathFor(databasePath);

        string why;
        if (!File.Exists(path)) why = "none is stored for this database yet";
        else
        {
            try
            {
                var read = ScreeningIndexFile.Read(path, key);
                if (read.Data is { } data)
                    return new StoredIndexOpening(ScreeningIndex.FromData(data), path, Built: false, clock.Elapsed, new FileInfo(path).Length);
                why = $"the stored one ({path}) is not used: {read.Problem}";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                why = $"the stored one ({path}) cannot be read: {e.Message}";
            }
            catch (ArgumentException e) // data that passed its checksum but does not make an index (two tokens alike)
            {
                why = $"the stored one ({path}) is not used: it is damaged ({e.Message})";
            }
        }

        note?.Invoke($"Screening index: {why}; building it.");
        var total = versions.Sum(v => v.Counts.Total);
        var source = entries();
        var index = ScreeningIndex.Build(progress is null ? source : Counted(source, total, progress));
        long size = 0;
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder)) OwnerOnly.CreateFolder(folder);
            ScreeningIndexFile.Write(path, key, index.ToData());
            size = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            note?.Invoke($"Screening index: could not store it at {path} ({e.Message}); it will be built again next time.");
        }
        return new StoredIndexOpening(index, path, Built: true, clock.Elapsed, size);
    }

    private static IEnumerable<ListEntry> Counted(IEnumerable<ListEntry> entries, int total, Action<int, int> progress)
    {
        var done = 0;
        foreach (var entry in entries)
        {
            yield return entry;
            progress(++done, Math.Max(total, done));
        }
    }
}

/// <summary>A screening index and how it was had: read from <see cref="Path"/>, or built (and stored there when
/// <see cref="FileBytes"/> is above zero).</summary>
/// <param name="Elapsed">From asking to having the index: key, read and checks, or build and store.</param>
public sealed record StoredIndexOpening(ScreeningIndex Index, string Path, bool Built, TimeSpan Elapsed, long FileBytes);
