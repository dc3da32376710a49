using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Screening.Persistence;
using Sightline.Storage.Sqlite;

namespace Sightline.Web;

/// <summary>What every request shares: the database path, the screening index over the active lists (read at start
/// from beside the database, or built and stored there), the list entries by list and id, the reviewer that decisions
/// made through the server are recorded under, and the one writer (uploads and review decisions take turns, as SQLite
/// has one writer at a time).</summary>
public sealed class ServerState : IDisposable
{
    private readonly Dictionary<(string, string), ListEntry> _entries;

    public ServerState(ServerOptions options, string reviewer, TimeProvider clock)
    {
        var databasePath = options.DatabasePath;
        DatabasePath = databasePath;
        Reviewer = reviewer;
        Clock = clock;
        using var store = SqliteListStore.Open(databasePath, clock);
        var versions = store.ActiveVersions();
        var entries = versions.SelectMany(v => store.Entries(v.Id)).ToList();
        _entries = entries.ToDictionary(e => (e.List, e.Id));
        Lists = entries.Select(e => e.List).ToHashSet(StringComparer.Ordinal);
        Screener = new Screener(StoredScreeningIndex.Open(versions, entries, databasePath, note: Console.Error.WriteLine).Index);
        Writer = new KnowledgeWriter(databasePath, options.NerModelPath, options.UploadFolder, Screener, clock) { Limits = options.Limits };
        Limits = options.Limits;
    }

    public string DatabasePath { get; }
    public string Reviewer { get; }
    public TimeProvider Clock { get; }
    public Screener Screener { get; }
    public IReadOnlySet<string> Lists { get; }
    public KnowledgeWriter Writer { get; }

    /// <summary>What one uploaded document may cost; its file size limit is the upload limit.</summary>
    public Sightline.Documents.DocumentLimits Limits { get; }

    public ListEntry? Entry(string list, string id) => _entries.GetValueOrDefault((list, id));

    public void Dispose() => Writer.Dispose();
}
