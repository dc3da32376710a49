using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;
using Sightline.Storage;
using Sightline.Storage.Sqlite;

namespace Sightline.Knowledge;

/// <summary>
/// The knowledge base in the embedded SQLite file that also holds the lists: documents, mentions, claims, entities,
/// list links and meeting events (schema in <see cref="SqliteMigrations"/>). Ingestion writes one document a
/// transaction, so an interrupted run leaves every document either fully stored or absent.
/// </summary>
/// <remarks>Hosts ask through <see cref="Documents"/>, <see cref="Entities"/> and the readers built on the store; the
/// connection is still handed to the parts of the library not yet behind a storage interface (ADR-026).</remarks>
public sealed class KnowledgeStore : IDisposable
{
    private KnowledgeStore(SqliteConnection connection)
    {
        Connection = connection;
        Documents = new SqliteDocumentQueries(connection);
        Entities = new SqliteEntityQueries(connection);
        Reviews = new SqliteReviewStore(connection);
        Events = new SqliteEventStore(connection);
        Alerts = new SqliteAlertStore(connection);
        Graph = new SqliteGraphQueries(connection);
        Profiles = new SqliteProfileQueries(connection);
        Exports = new SqliteExportQueries(connection);
        Imports = new SqliteImportStore(connection);
    }

    public SqliteConnection Connection { get; }

    /// <summary>The reports, their kept texts and what each gave.</summary>
    public IDocumentQueries Documents { get; }

    /// <summary>Entities' existence and list links, and the size of the knowledge base.</summary>
    public IEntityQueries Entities { get; }

    /// <summary>Review decisions, the audit trail and the review queue.</summary>
    public IReviewStore Reviews { get; }

    /// <summary>The meeting events as review decisions change them.</summary>
    public IEventStore Events { get; }

    /// <summary>Alerts, their deliveries and webhooks, the watch list, and what the alert rules read.</summary>
    public IAlertStore Alerts { get; }

    /// <summary>The parties of meetings and their meetings, for the contact graph.</summary>
    public IGraphQueries Graph { get; }

    /// <summary>Entities, their names, statements and list links, and meeting events, for profiles and timelines.</summary>
    public IProfileQueries Profiles { get; }

    /// <summary>The whole knowledge base in a stable order, for exports.</summary>
    public IExportQueries Exports { get; }

    /// <summary>What an import writes, in one unit of work.</summary>
    public IImportStore Imports { get; }

    /// <summary>How this store's writers wait for their turn when another writer holds the database (ADR-028): by
    /// default as long as it takes, silently; a host sets its bound and where the one "waiting" note goes.</summary>
    public WriterWait Writers { get; set; } = WriterWait.Patient;

    /// <summary>Begins a transaction in the writer's turn (<see cref="WriterLock"/>): hand it to the store methods that
    /// belong in it, then commit it. Throws <see cref="WriterBusyException"/> when <see cref="Writers"/> is bounded and
    /// another writer held the database longer.</summary>
    public IKnowledgeUnitOfWork Begin() => SqliteUnitOfWork.Begin(Connection, Writers);

    /// <summary>The SQLite transaction of a unit of work, for the library code not yet behind the boundary (ADR-026).</summary>
    internal SqliteTransaction TransactionOf(IKnowledgeUnitOfWork work) => SqliteUnitOfWork.Of(work, Connection);

    public static KnowledgeStore Open(string path, TimeProvider clock)
    {
        var connection = SqliteDatabase.Open(path, clock);
        connection.Run(null, "PRAGMA cache_size=-65536"); // 64 MiB of page cache: ingestion reads back what it just wrote.
        return new KnowledgeStore(connection);
    }

    public void Dispose() => Connection.Dispose();
}
