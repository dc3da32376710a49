using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// The knowledge base in the SQLite file that also holds the lists: the one connection every SQLite store of the
/// knowledge base shares, those stores, and its units of work. <see cref="Knowledge.KnowledgeStore"/> is built on it.
/// </summary>
internal sealed class SqliteKnowledgeBase : IDisposable
{
    private readonly SqlitePreparedStatements _prepared;

    private SqliteKnowledgeBase(SqliteConnection connection)
    {
        Connection = connection;
        _prepared = new SqlitePreparedStatements(connection);
        Documents = new SqliteDocumentQueries(connection);
        Entities = new SqliteEntityQueries(connection);
        Reviews = new SqliteReviewStore(connection);
        Events = new SqliteEventStore(connection);
        Alerts = new SqliteAlertStore(connection);
        Graph = new SqliteGraphQueries(connection);
        Profiles = new SqliteProfileQueries(connection);
        Exports = new SqliteExportQueries(connection);
        Imports = new SqliteImportStore(connection);
        Ingest = new SqliteIngestStore(connection, _prepared);
        Resolution = new SqliteResolutionStore(connection, _prepared);
        Casework = new SqliteCaseworkStore(connection);
    }

    public SqliteConnection Connection { get; }
    public IDocumentQueries Documents { get; }
    public IEntityQueries Entities { get; }
    public IReviewStore Reviews { get; }
    public IEventStore Events { get; }
    public IAlertStore Alerts { get; }
    public IGraphQueries Graph { get; }
    public IProfileQueries Profiles { get; }
    public IExportQueries Exports { get; }
    public IImportStore Imports { get; }
    public IIngestStore Ingest { get; }
    public IResolutionStore Resolution { get; }
    public ICaseworkStore Casework { get; }

    /// <summary>Begins a unit of work once the writer's turn comes, as <paramref name="wait"/> says (ADR-028).</summary>
    public IKnowledgeUnitOfWork Begin(WriterWait wait) => SqliteUnitOfWork.Begin(Connection, wait);

    public static SqliteKnowledgeBase Open(string path, TimeProvider clock)
    {
        var connection = SqliteDatabase.Open(path, clock);
        connection.Execute("PRAGMA cache_size=-65536"); // 64 MiB of page cache: ingestion reads back what it just wrote.
        return new SqliteKnowledgeBase(connection);
    }

    public void Dispose()
    {
        _prepared.Dispose();
        Connection.Dispose();
    }
}
