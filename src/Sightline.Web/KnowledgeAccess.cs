using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Status;
using Sightline.Storage.Sqlite;

namespace Sightline.Web;

/// <summary>One request's read connection to the knowledge base and the lists (SQLite in WAL mode lets readers run
/// beside the writer), and the readers built on it. The list store is opened only by the requests that use it.</summary>
public sealed class KnowledgeAccess(ServerState state) : IDisposable
{
    private readonly KnowledgeStore _store = KnowledgeStore.Open(state.DatabasePath, state.Clock);
    private SqliteListStore? _lists;

    public Microsoft.Data.Sqlite.SqliteConnection Connection => _store.Connection;
    public SqliteListStore Lists => _lists ??= SqliteListStore.Open(state.DatabasePath, state.Clock);
    public ProfileReader Profiles => new(_store.Connection, Lists);
    public EventReader Events => new(_store.Connection, new SanctionsReader(_store.Connection, Lists));
    public ContactGraph Graph => new(_store.Connection);
    public AlertStore Alerts => new(_store.Connection, state.Clock);

    public bool EntityExists(string id) => _store.Connection.Scalar(null, "SELECT 1 FROM kb_entities WHERE id = $0", id) is not null;

    public void Dispose()
    {
        _lists?.Dispose();
        _store.Dispose();
    }
}
