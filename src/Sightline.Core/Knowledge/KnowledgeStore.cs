using Microsoft.Data.Sqlite;
using Sightline.Storage.Sqlite;

namespace Sightline.Knowledge;

/// <summary>
/// The knowledge base in the embedded SQLite file that also holds the lists: documents, mentions, claims, entities,
/// list links and meeting events (schema in <see cref="SqliteMigrations"/>). Ingestion writes one document a
/// transaction, so an interrupted run leaves every document either fully stored or absent.
/// </summary>
/// <remarks>The SQL is plain enough to run on PostgreSQL; the multi-machine setup of DESIGN.md swaps the connection.</remarks>
public sealed class KnowledgeStore : IDisposable
{
    private KnowledgeStore(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public static KnowledgeStore Open(string path, TimeProvider clock)
    {
        var connection = SqliteDatabase.Open(path, clock);
        connection.Run(null, "PRAGMA cache_size=-65536"); // 64 MiB of page cache: ingestion reads back what it just wrote.
        return new KnowledgeStore(connection);
    }

    public void Dispose() => Connection.Dispose();
}
