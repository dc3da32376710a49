using Sightline.Composition;
using Sightline.Lists;
using Sightline.Screening.Persistence;
using Sightline.Storage;

namespace Sightline.Tests.Support;

/// <summary>
/// The stored screening index of a PostgreSQL database over the bundled lists, placed where a <c>sightline</c> process
/// with a given data folder looks for it, as on a machine where the node or worker ran before: the process reads it in
/// one read instead of building it (seconds of CPU each, several processes at once). Written from the index the tests
/// share, under the key the process computes, so a list imported later still makes the process build it again.
/// </summary>
public static class PlacedScreeningIndex
{
    private static readonly Lazy<ScreeningIndexData> Data = new(() => BundledScreening.Screener.Index.ToData());
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> PlacedInProcess = new(StringComparer.Ordinal);

    /// <summary>Places the index for the server database <paramref name="database"/> in <paramref name="dataFolder"/>
    /// when its active lists are the bundled ones; otherwise leaves the process to build its own. A SQLite copy carries
    /// its index beside it already, or none when the test wants it built (<see cref="TemplateDatabase.Copy"/>).</summary>
    public static void For(string database, string dataFolder)
    {
        if (StoreAddress.Parse(database).IsFile) return;
        var versions = ActiveVersions(database);
        if (!BundledScreening.AreActive(versions)) return;
        var path = Path.Combine(dataFolder, Path.GetRelativePath(LocalData, StoredScreeningIndex.PathFor(database)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ScreeningIndexFile.Write(path, ScreeningIndexKey.For(versions), Data.Value);
    }

    /// <summary>Places the index in this process's data folder, for a command run inside the test process
    /// (<see cref="InProcessCli"/>), when the database its command line names with <c>--db</c> is a test database copied
    /// from a template (any other is left as the command finds it: empty, out of reach, or not the tests' own). Once a
    /// database: what a command stores there later (after a list import) is left for the next command, as on a user's
    /// machine.</summary>
    public static void ForCommandLine(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--db");
        if (at >= 0 && at + 1 < args.Count && PostgresTestDatabase.IsCopy(args[at + 1]) && PlacedInProcess.TryAdd(args[at + 1], true))
            For(args[at + 1], LocalData);
    }

    private static string LocalData => Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);

    private static IReadOnlyList<ListVersion> ActiveVersions(string database)
    {
        using var lists = Stores.OpenLists(database, TimeProvider.System);
        return lists.ActiveVersions();
    }
}
