using Sightline.Knowledge.Storage;
using Sightline.Storage;

namespace Sightline.Knowledge;

/// <summary>
/// The knowledge base: documents, mentions, claims, entities, list links and meeting events. Ingestion writes one
/// document a transaction, so an interrupted run leaves every document either fully stored or absent.
/// </summary>
/// <remarks>Everything is asked and written through the storage interfaces below, in units of work begun with
/// <see cref="Begin"/> (ADR-026). The composition root opens the implementation (the SQLite file that also holds the
/// lists, in <c>Storage/Sqlite</c>): this folder knows the interfaces alone.</remarks>
public abstract class KnowledgeStore : IDisposable
{
    /// <summary>The reports, their kept texts and what each gave.</summary>
    public abstract IDocumentQueries Documents { get; }

    /// <summary>Entities' existence and list links, and the size of the knowledge base.</summary>
    public abstract IEntityQueries Entities { get; }

    /// <summary>Review decisions, the audit trail and the review queue.</summary>
    public abstract IReviewStore Reviews { get; }

    /// <summary>The meeting events as review decisions change them.</summary>
    public abstract IEventStore Events { get; }

    /// <summary>Alerts, their deliveries and webhooks, the watch list, and what the alert rules read.</summary>
    public abstract IAlertStore Alerts { get; }

    /// <summary>The parties of meetings and their meetings, for the contact graph.</summary>
    public abstract IGraphQueries Graph { get; }

    /// <summary>Entities, their names, statements and list links, and meeting events, for profiles and timelines.</summary>
    public abstract IProfileQueries Profiles { get; }

    /// <summary>The whole knowledge base in a stable order, for exports.</summary>
    public abstract IExportQueries Exports { get; }

    /// <summary>What an import writes, in one unit of work.</summary>
    public abstract IImportStore Imports { get; }

    /// <summary>What ingesting a report reads and writes.</summary>
    public abstract IIngestStore Ingest { get; }

    /// <summary>What entity resolution and list linking read and write.</summary>
    public abstract IResolutionStore Resolution { get; }

    /// <summary>Analysts' notes and cases.</summary>
    public abstract ICaseworkStore Casework { get; }

    /// <summary>Uploaded report files waiting for a worker (ADR-043).</summary>
    public abstract IUploadStore Uploads { get; }

    /// <summary>Full-text search of reports and entity names (ADR-040).</summary>
    public abstract ISearchQueries Search { get; }

    /// <summary>How this store's writers wait for their turn when another writer holds the database (ADR-028): by
    /// default as long as it takes, silently; a host sets its bound and where the one "waiting" note goes.</summary>
    public WriterWait Writers { get; set; } = WriterWait.Patient;

    /// <summary>Begins a transaction in the writer's turn (<see cref="WriterLock"/>): hand it to the store methods that
    /// belong in it, then commit it. Throws <see cref="WriterBusyException"/> when <see cref="Writers"/> is bounded and
    /// another writer held the database longer, and <see cref="OperationCanceledException"/> when
    /// <paramref name="cancel"/> ends the wait first (a document's time budget, ADR-029).</summary>
    public IKnowledgeUnitOfWork Begin(CancellationToken cancel = default) => BeginUnitOfWork(Writers, cancel);

    /// <summary>Begins a unit of work once the writer's turn comes, as <paramref name="wait"/> says, unless
    /// <paramref name="cancel"/> ends the wait first.</summary>
    protected abstract IKnowledgeUnitOfWork BeginUnitOfWork(WriterWait wait, CancellationToken cancel);

    /// <summary>Opens the store's connection again when its server dropped it (restarted, the session terminated), found
    /// by a round trip; nothing for an embedded store, whose connection cannot be dropped (ADR-042).</summary>
    public virtual void Reconnect() { }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes what the implementation holds open.</summary>
    protected abstract void Dispose(bool disposing);
}
