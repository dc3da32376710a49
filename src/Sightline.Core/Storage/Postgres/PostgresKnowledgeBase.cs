using Npgsql;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Postgres;

/// <summary>
/// The knowledge base in the PostgreSQL database that also holds the lists: the one connection every PostgreSQL store
/// of the knowledge base shares, those stores, and its units of work (schema in <see cref="PostgresMigrations"/>;
/// ADR-039). The composition root opens it as the <see cref="KnowledgeStore"/>.
/// </summary>
internal sealed class PostgresKnowledgeBase : KnowledgeStore
{
    private readonly PostgresPreparedStatements _prepared;
    private readonly PostgresWriteCounter _writes;
    private readonly string _shown;

    private PostgresKnowledgeBase(NpgsqlConnection connection, string shown)
    {
        Connection = connection;
        _shown = shown;
        _prepared = new PostgresPreparedStatements(connection);
        _writes = new PostgresWriteCounter(connection);
        var shared = new RelationalConnection(connection, PostgresDialect.Instance, new DapperStatements(connection), work => PostgresUnitOfWork.Of(work, connection));
        Documents = new RelationalDocumentQueries(shared);
        Entities = new RelationalEntityQueries(shared);
        Reviews = new RelationalReviewStore(shared);
        Events = new PostgresEventStore(connection);
        Alerts = new RelationalAlertStore(shared);
        Graph = new RelationalGraphQueries(shared);
        Profiles = new RelationalProfileQueries(shared);
        Exports = new RelationalExportQueries(shared);
        Imports = new PostgresImportStore(connection);
        Ingest = new PostgresIngestStore(connection, _prepared);
        Resolution = new PostgresResolutionStore(connection, _prepared, _writes);
        Casework = new RelationalCaseworkStore(shared);
        Uploads = new RelationalUploadStore(shared);
        Search = new PostgresSearchQueries(connection);
    }

    public NpgsqlConnection Connection { get; }
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
    protected override IKnowledgeUnitOfWork BeginUnitOfWork(WriterWait wait, CancellationToken cancel) => PostgresUnitOfWork.Begin(Connection, wait, _shown, _writes, cancel);

    /// <summary>Opens the knowledge base at <paramref name="address"/>. Its commits do not wait for the server's disk
    /// (<c>synchronous_commit = off</c>): the guarantee SQLite's WAL mode with <c>synchronous=NORMAL</c> gives, where a
    /// crash of the machine may undo the last commits and never corrupts; it makes a report's commit cost no flush
    /// (ADR-039, docs/BENCHMARKS.md).</summary>
    public static PostgresKnowledgeBase Open(PostgresAddress address, TimeProvider clock)
    {
        var connection = PostgresDatabase.Open(address, clock);
        try
        {
            SetSession(connection);
            return new(connection, address.Display);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens the connection again when the server dropped it (<see cref="PostgresDatabase.Revive"/>), with its
    /// session setting and its prepared statements made afresh.</summary>
    public override void Reconnect()
    {
        if (!PostgresDatabase.Revive(Connection)) return;
        _prepared.Forget();
        SetSession(Connection);
    }

    private static void SetSession(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SET synchronous_commit = off", connection);
        command.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        _prepared.Dispose();
        Connection.Dispose();
    }
}
