using Sightline.Knowledge.Storage;
using Sightline.Storage;
using Sightline.Storage.Sqlite;

namespace Sightline.Knowledge;

/// <summary>
/// The knowledge base in the embedded SQLite file that also holds the lists: documents, mentions, claims, entities,
/// list links and meeting events (schema in <see cref="SqliteMigrations"/>). Ingestion writes one document a
/// transaction, so an interrupted run leaves every document either fully stored or absent.
/// </summary>
/// <remarks>Everything is asked and written through the storage interfaces below, in units of work begun with
/// <see cref="Begin"/> (ADR-026); the SQL is in <c>Storage/Sqlite</c>.</remarks>
public sealed class KnowledgeStore : IDisposable
{
    private KnowledgeStore(SqliteKnowledgeBase database)
    {
        Database = database;
        Documents = database.Documents;
        Entities = database.Entities;
        Reviews = database.Reviews;
        Events = database.Events;
        Alerts = database.Alerts;
        Graph = database.Graph;
        Profiles = database.Profiles;
        Exports = database.Exports;
        Imports = database.Imports;
        Ingest = database.Ingest;
        Resolution = database.Resolution;
        Casework = database.Casework;
    }

    /// <summary>The SQLite implementation behind the interfaces.</summary>
    internal SqliteKnowledgeBase Database { get; }

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

    /// <summary>What ingesting a report reads and writes.</summary>
    public IIngestStore Ingest { get; }

    /// <summary>What entity resolution and list linking read and write.</summary>
    public IResolutionStore Resolution { get; }

    /// <summary>Analysts' notes and cases.</summary>
    public ICaseworkStore Casework { get; }

    /// <summary>How this store's writers wait for their turn when another writer holds the database (ADR-028): by
    /// default as long as it takes, silently; a host sets its bound and where the one "waiting" note goes.</summary>
    public WriterWait Writers { get; set; } = WriterWait.Patient;

    /// <summary>Begins a transaction in the writer's turn (<see cref="WriterLock"/>): hand it to the store methods that
    /// belong in it, then commit it. Throws <see cref="WriterBusyException"/> when <see cref="Writers"/> is bounded and
    /// another writer held the database longer.</summary>
    public IKnowledgeUnitOfWork Begin() => Database.Begin(Writers);

    public static KnowledgeStore Open(string path, TimeProvider clock) => new(SqliteKnowledgeBase.Open(path, clock));

    public void Dispose() => Database.Dispose();
}
