using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// The knowledge base in the SQLite file that also holds the lists: the one connection every SQLite store of the
/// knowledge base shares, those stores, and its units of work (schema in <see cref="SqliteMigrations"/>). The
/// composition root opens it as the <see cref="KnowledgeStore"/>.
/// </summary>
internal sealed class SqliteKnowledgeBase : KnowledgeStore
{
    private readonly SqlitePreparedStatements _prepared;

    private SqliteKnowledgeBase(SqliteConnection connection)
    {
        Connection = connection;
        _prepared = new SqlitePreparedStatements(connection);
        var shared = new RelationalConnection(connection, SqliteDialect.Instance, _prepared, work => SqliteUnitOfWork.Of(work, connection));
        Documents = new RelationalDocumentQueries(shared);
        Entities = new RelationalEntityQueries(shared);
        Reviews = new RelationalReviewStore(shared);
        Events = new SqliteEventStore(connection, _prepared);
        Alerts = new RelationalAlertStore(shared);
        Graph = new RelationalGraphQueries(shared);
        Profiles = new RelationalProfileQueries(shared);
        Exports = new RelationalExportQueries(shared);
        Imports = new SqliteImportStore(connection);
        Ingest = new SqliteIngestStore(connection, _prepared);
        Resolution = new SqliteResolutionStore(connection, _prepared);
        Casework = new RelationalCaseworkStore(shared);
        Uploads = new RelationalUploadStore(shared);
        Search = new SqliteSearchQueries(connection);
    }

    public SqliteConnection Connection { get; }
    public override IDocumentQueries Documents { get; }
    public override IEntityQueries Entities { get; }
    public override IReviewStore Reviews { get; }
    public override IEventStore Events { get; }
    public override IAlertStore Alerts { get; }
    public override IGraphQueries Graph { get; }
    public override IProfileQueries Profiles { get; }
    public override IExportQueries Exports { get; }
    public override IImportStore Imports { get; }
    public override IIngestStore Ingest { get; }
    public override IResolutionStore Resolution { get; }
    public override ICaseworkStore Casework { get; }
    public override IUploadStore Uploads { get; }
    public override ISearchQueries Search { get; }

    /// <summary>Begins a unit of work once the writer's turn comes, as <paramref name="wait"/> says (ADR-028).</summary>
    protected override IKnowledgeUnitOfWork BeginUnitOfWork(WriterWait wait, CancellationToken cancel) => SqliteUnitOfWork.Begin(Connection, wait, cancel);

    public static SqliteKnowledgeBase Open(string path, TimeProvider clock)
    {
        var connection = SqliteDatabase.Open(path, clock);
        connection.Execute("PRAGMA cache_size=-65536"); // 64 MiB of page cache: ingestion reads back what it just wrote.
        return new SqliteKnowledgeBase(connection);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        _prepared.Dispose();
        Connection.Dispose();
    }
}
