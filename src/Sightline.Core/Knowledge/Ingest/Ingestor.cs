using Sightline.Alerts;
using Sightline.Analysis;
using Sightline.Claims;
using Sightline.Documents;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Knowledge.Status;
using Sightline.Lists;
using Sightline.Screening;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Sightline's main job: each report is read, analysed and its claims extracted, then stored, resolved and linked in
/// one transaction of its own. The same text read again changes nothing, under whatever file name it arrives; a new
/// version of a document replaces the old one's claims, but only when it comes from the file that stored it (an address
/// the text gives, such as a canonical link, never lets one report replace another). A document that fails at any stage is recorded with its diagnostic (a new version that fails
/// leaves the previous good one in place) and the run goes on; <see cref="Retry"/> reads the failed ones again. The
/// alert rules about the document run in its transaction. What one document may cost is bounded by <see cref="Limits"/>:
/// reading, and then analysing and storing, each have its <see cref="DocumentLimits.TimeBudget"/>; a document that runs
/// out is rolled back and recorded as failed with that diagnostic. A cancellation from the caller (a client that left)
/// rolls back the document in hand and ends the run.
/// </summary>
public sealed class Ingestor(KnowledgeStore store, DocumentAnalyzer analyzer, EntityIndex entities, ListLinker linker, TimeProvider clock, MeetingAlerts? alerts = null)
{
    private readonly DocumentWriter _writer = new(entities);

    /// <summary>What one document may cost (ADR-029).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>The ingestor every front end uses: the stored entities loaded, list links made with
    /// <paramref name="screener"/> over <paramref name="lists"/>, and the meeting and watch alert rules in each
    /// document's transaction; each document bounded by <paramref name="limits"/> (by default <see cref="DocumentLimits.Default"/>).</summary>
    public static Ingestor WithAlerts(KnowledgeStore store, IListStore lists, DocumentAnalyzer analyzer, Screener screener, TimeProvider clock, DocumentLimits? limits = null)
    {
        var connection = store.Connection;
        var alerts = new MeetingAlerts(store, new AlertStore(store, clock), new EventReader(store, new SanctionsReader(store, lists)));
        return new Ingestor(store, analyzer, EntityIndex.Load(connection, screener.Index.Weight), new ListLinker(screener, lists), clock, alerts)
        {
            Limits = limits ?? DocumentLimits.Default,
        };
    }

    /// <summary>Ingests every document of every file, reporting each outcome as it comes. A folder's
    /// <see cref="SourceManifest"/> fills in what its reports do not say; problems with the manifest come back as the
    /// diagnostic of each outcome from that folder. A Telegram export is read and ingested message by message, each
    /// outcome saying which message of how many it was (<see cref="IngestOutcome.Message"/>).</summary>
    public IEnumerable<IngestOutcome> IngestFiles(IEnumerable<string> files, CancellationToken cancel = default)
    {
        var manifests = new Dictionary<string, SourceManifest?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (SourceManifest.IsManifest(file)) continue;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!manifests.TryGetValue(folder, out var manifest)) manifests[folder] = manifest = SourceManifest.ForFolderOf(file);
            var messages = DocumentReader.MessagesIn(file, Limits);
            foreach (var item in Read(file, messages is null, cancel))
            {
                var position = messages is { } count ? new MessagePosition(item.Index, count) : null;
                if (item.Error is { } error)
                {
                    yield return RecordFailure(file, file, "", $"{file}: {error}") with { Message = position };
                    continue;
                }
                var outcome = Ingest(manifest?.Apply(file, item.Document!) ?? item.Document!, file, cancel) with { Message = position };
                yield return manifest is { Errors.Count: > 0 } && outcome.Diagnostic is null ? outcome with { Diagnostic = string.Join("; ", manifest.Errors) } : outcome;
            }
        }
    }

    /// <summary>A file's documents as they are read. A file read whole gets the time budget for its reading; an export
    /// read message by message is bounded message by message when each is ingested.</summary>
    private IEnumerable<ReadItem> Read(string file, bool whole, CancellationToken cancel)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (whole) budget.CancelAfter(Limits.TimeBudget);
        using var items = DocumentReader.ReadEach(file, Limits, budget.Token).GetEnumerator();
        while (true)
        {
            ReadItem? item;
            try { item = items.MoveNext() ? items.Current : null; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
            {
                item = new ReadItem(null, e.Message);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                item = new ReadItem(null, Limits.TimeRefusal("reading"));
            }
            if (item is null) yield break;
            yield return item;
        }
    }

    /// <summary>The files of documents whose last ingestion failed.</summary>
    public IReadOnlyList<string> FailedPaths() =>
        store.Connection.Query(null, "SELECT DISTINCT path FROM kb_documents WHERE status = 'failed' OR diagnostic IS NOT NULL ORDER BY path", r => r.GetString(0));

    public IEnumerable<IngestOutcome> Retry() => IngestFiles(FailedPaths());

    /// <summary>Ingests one document within its time budget; <paramref name="cancel"/> (the caller's) rolls it back and is rethrown.</summary>
    public IngestOutcome Ingest(Document document, string path, CancellationToken cancel = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(Limits.TimeBudget);
        try
        {
            return IngestWithin(document, path, budget.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return RecordFailure(document.Key, path, document.Version, $"{path}: {Limits.TimeRefusal("analysing and storing it")}");
        }
    }

    private IngestOutcome IngestWithin(Document document, string path, CancellationToken cancel)
    {
        var connection = store.Connection;
        var previous = Stored(document.Key);
        string? note = null;
        if (previous.Version is not null && previous.Version != document.Version && previous.Path != path && document.Key != path)
        {
            // The text names an address (a canonical link, og:url) that a report from another file already holds: that is
            // metadata, not a licence to replace it. The new text is a document of its own, keyed by where it came from.
            note = $"{path}: names the address {document.Key}, which a report from another file holds; kept as a separate document";
            document = document with { Key = path };
            previous = Stored(document.Key);
        }
        if (previous.Version is null
            && connection.Scalar(null, "SELECT key FROM kb_documents WHERE version = $0 AND status = 'ingested' LIMIT 1", document.Version) is string same)
            return new IngestOutcome(document.Key, path, IngestResult.Unchanged, $"{path}: the same text as {same}, which is stored already; not counted again");
        if (previous.Version == document.Version && previous.Status == "ingested")
        {
            connection.Run(null, "UPDATE kb_documents SET diagnostic = NULL WHERE key = $0 AND diagnostic IS NOT NULL", document.Key);
            // A document ingested before texts were kept gains its text the next time it is read.
            if (connection.Scalar(null, "SELECT 1 FROM kb_document_texts WHERE document_key = $0", document.Key) is null)
                DocumentWriter.KeepText(connection, null, document);
            return new IngestOutcome(document.Key, path, IngestResult.Unchanged);
        }

        var read = GuardedReading.Extract(analyzer, document, cancel);
        if (read.Value is not { } extracted) return RecordFailure(document.Key, path, document.Version, $"{path}: {read.Failure}");

        try
        {
            // Disposed, and so undone, before the catch below runs when anything fails.
            using var work = store.Begin();
            var transaction = store.TransactionOf(work);
            var touched = _writer.Write(store, work, extracted, path, clock.GetUtcNow(), cancel);
            foreach (var (id, kind) in touched)
            {
                cancel.ThrowIfCancellationRequested();
                if (connection.Scalar(transaction, "SELECT 1 FROM kb_entities WHERE id = $0", id) is not null)
                    linker.Relink(connection, transaction, id, kind);
            }
            cancel.ThrowIfCancellationRequested();
            alerts?.AfterDocument(work, document.Key, touched.Select(t => t.Id));
            cancel.ThrowIfCancellationRequested();
            work.Commit();
        }
        catch (OperationCanceledException)
        {
            // Rolled back: the entity index forgets what the document added to it.
            entities.Reload(connection);
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            entities.Reload(connection);
            return RecordFailure(document.Key, path, document.Version, $"{path}: storing failed: {e.GetType().Name}: {e.Message}");
        }
        var result = previous.Version is null || previous.Status == "failed" ? IngestResult.Added : IngestResult.Replaced;
        return new IngestOutcome(document.Key, path, result, note, extracted.Meetings.Count(m => m.Kind.Happened()));
    }

    private (string? Version, string? Status, string? Path) Stored(string key) =>
        store.Connection.Query(null, "SELECT version, status, path FROM kb_documents WHERE key = $0", r => ((string?)r.GetString(0), (string?)r.GetString(1), (string?)r.GetString(2)), key).FirstOrDefault();

    /// <summary>Stores the failure on the document's row; a document with a good earlier version keeps it and only gains the diagnostic.</summary>
    private IngestOutcome RecordFailure(string key, string path, string version, string diagnostic)
    {
        var connection = store.Connection;
        var updated = connection.Run(null, "UPDATE kb_documents SET diagnostic = $1 WHERE key = $0 AND status = 'ingested'", key, diagnostic);
        if (updated == 0)
            connection.Run(null,
                "INSERT OR REPLACE INTO kb_documents (key, version, path, status, diagnostic, ingested_at) VALUES ($0, $1, $2, 'failed', $3, $4)",
                key, version, path, diagnostic, clock.GetUtcNow().ToString("O"));
        return new IngestOutcome(key, path, IngestResult.Failed, diagnostic);
    }
}
