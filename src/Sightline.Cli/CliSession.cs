using System.CommandLine;
using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Screening;
using Sightline.Screening.Persistence;
using Sightline.Storage;
using Sightline.Composition;

namespace Sightline.Cli;

/// <summary>What a command works with: the opened store, the clock and the staleness rule.</summary>
internal sealed class CliSession : IDisposable
{
    private CliSession(IListStore store, string databasePath, TimeSpan staleAfter)
    {
        Store = store;
        DatabasePath = databasePath;
        StaleAfter = staleAfter;
    }

    public IListStore Store { get; }
    /// <summary>The database address as given (<c>--db</c>, <c>SIGHTLINE_DB</c> or the default file).</summary>
    public string DatabasePath { get; }

    /// <summary>The database as it may be shown: never a password.</summary>
    public string DatabaseShown => StoreAddress.Parse(DatabasePath).Display;
    public TimeSpan StaleAfter { get; }
    public TimeProvider Clock => TimeProvider.System;

    /// <summary>The session on <c>--db</c>, or on a database beside it whose file name ends in <paramref name="suffix"/>
    /// (a measurement that needs one database per corpus).</summary>
    public static CliSession Open(ParseResult result, string? suffix = null)
    {
        var path = StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
        if (suffix is not null)
        {
            if (!StoreAddress.Parse(path).IsFile)
                throw new StoreAddressException("this measurement keeps one SQLite database per corpus: give --db a SQLite file");
            path = Path.ChangeExtension(path, null) + suffix + Path.GetExtension(path);
        }
        // An import that has to wait for another writer (an ingest storing a document) says so once, then waits.
        var store = Stores.OpenLists(path, TimeProvider.System);
        store.Writers = new WriterWait(null, note: Console.Error.WriteLine);
        return new CliSession(store, path, GlobalOptions.StaleAfter(result));
    }

    /// <summary>The count of entries read by the import under way, on standard error.</summary>
    public Output.ImportProgress ImportProgress { get; } = new();

    public ListImporter Importer() => new(Store, Clock) { Progress = ImportProgress.Report, ProgressInterval = 250 };

    /// <summary><c>OFAC SDN as of 2021-07-07 (version 1)</c>, with a stale warning when it is old.</summary>
    public string Describe(ListVersion version) => $"{version.Label} (version {version.Number}){StaleNote(version)}";

    /// <summary><c> — STALE: 339 days old</c> when the version is older than the staleness limit, else empty.</summary>
    public string StaleNote(ListVersion version) =>
        version.IsStale(Clock.GetUtcNow(), StaleAfter) ? $" — STALE: {(int)(Clock.GetUtcNow() - version.AsOf).TotalDays:N0} days old" : "";

    /// <summary>The active lists; on a database with none yet, the bundled lists are imported first, so that
    /// screening works on a fresh machine.</summary>
    public IReadOnlyList<ListVersion> ListsOrBundled()
    {
        var active = Store.ActiveVersions();
        if (active.Count > 0) return active;
        Console.Error.WriteLine("No lists in the database yet: importing the bundled lists first.");
        var importer = Importer();
        foreach (var reader in BundledLists.Open(Path.Combine(AppContext.BaseDirectory, "data", "lists")))
        {
            importer.Import(reader);
            ImportProgress.Done();
        }
        return Store.ActiveVersions();
    }

    /// <summary>The screening index of the active lists: the one stored beside the database while the lists are the same,
    /// else built, with a note saying why and a progress bar, and stored for the next command.</summary>
    public ScreeningIndex ScreeningIndex()
    {
        Output.ProgressBar? bar = null;
        try
        {
            var opening = StoredScreeningIndex.Open(Store, DatabasePath, note: Console.Error.WriteLine,
                progress: (done, total) => (bar ??= new Output.ProgressBar("indexing entries", total)).Report(done));
            return opening.Index;
        }
        finally
        {
            bar?.Done();
        }
    }

    public void Dispose() => Store.Dispose();
}
