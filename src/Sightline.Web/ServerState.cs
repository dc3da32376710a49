using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Storage.Sqlite;

namespace Sightline.Web;

/// <summary>What every request shares: the database path, the screening index over the active lists (built once at
/// start), and the list entries by list and id. Requests that read or write the knowledge base open their own
/// connection to the same file.</summary>
public sealed class ServerState
{
    private readonly Dictionary<(string, string), ListEntry> _entries;

    public ServerState(string databasePath, TimeProvider clock)
    {
        DatabasePath = databasePath;
        using var store = SqliteListStore.Open(databasePath, clock);
        var entries = ScreeningIndexLoader.ActiveEntries(store);
        _entries = entries.ToDictionary(e => (e.List, e.Id));
        Lists = entries.Select(e => e.List).ToHashSet(StringComparer.Ordinal);
        Screener = new Screener(ScreeningIndex.Build(entries));
    }

    public string DatabasePath { get; }
    public Screener Screener { get; }
    public IReadOnlySet<string> Lists { get; }

    public ListEntry? Entry(string list, string id) => _entries.GetValueOrDefault((list, id));
}
