using System.Data.Common;
using Sightline.Analysis;
using Sightline.Claims;
using Sightline.Documents;
using Sightline.Knowledge.Resolution;
using Sightline.Knowledge.Storage;
using Sightline.Storage;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Sightline's main job: each report is read, analysed and its claims extracted, then stored, resolved and linked in
/// one transaction of its own. The same text read again changes nothing, under whatever file name it arrives; a new
/// version of a document replaces the old one's claims, but only when it comes from the file that stored it (an address
/// the text gives, such as a canonical link, never lets one report replace another). A document that fails at any stage is recorded with its diagnostic (a new version that fails
/// leaves the previous good one in place) and the run goes on; <see cref="Retry"/> reads the failed ones again. The
/// rules about the document (<see cref="IDocumentRules"/>, the alert rules) run in its transaction. What one document may cost is bounded by
/// <see cref="Limits"/>: reading, and then analysing and storing, each have its <see cref="DocumentLimits.TimeBudget"/>; a
/// document that runs out is rolled back and recorded as failed with that diagnostic. A cancellation from the caller (a
/// client that left) rolls back the document in hand and ends the run.
/// </summary>
public sealed class Ingestor(KnowledgeStore store, IIngestLists lists, EntityIndex entities, TimeProvider clock, IDocumentRules? rules = null)
{
    private readonly DocumentWriter _writer = new(entities);

    /// <summary>The entities' names resolution looks up, as this ingestor keeps them.</summary>
    public EntityIndex Entities => entities;

    /// <summary>What one document may cost (ADR-029).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Ingests every document of every file, each shown by its file name (<see cref="ReportFile.Of"/>).</summary>
    public IEnumerable<IngestOutcome> IngestFiles(IEnumerable<string> files, CancellationToken cancel = default) =>
        IngestFiles(files.Select(ReportFile.Of), cancel);

    /// <summary>Ingests every document of every file, reporting each outcome as it comes. A folder's
    /// <see cref="SourceManifest"/> fills in what its reports do not say; problems with the manifest come back as the
    /// diagnostic of each outcome from that folder. A Telegram export is read and ingested message by message, each
    /// outcome saying which message of how many it was (<see cref="IngestOutcome.Message"/>). A file that does not exist
    /// fails with a diagnostic naming it and stores nothing (ADR-032).</summary>
    public IEnumerable<IngestOutcome> IngestFiles(IEnumerable<ReportFile> files, CancellationToken cancel = default)
    {
        var manifests = new Dictionary<string, SourceManifest?>(StringComparer.Ordinal);
        foreach (var report in files)
        {
            var file = report.Location;
            if (SourceManifest.IsManifest(file)) continue;
            if (!File.Exists(file))
            {
                yield return new IngestOutcome("", report.Shown, IngestResult.Failed, $"{file}: no such file; nothing stored");
                continue;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!manifests.TryGetValue(folder, out var manifest)) manifests[folder] = manifest = SourceManifest.ForFolderOf(file);
            var messages = DocumentReader.MessagesIn(file, Limits);
            foreach (var item in Read(file, messages is null, cancel))
            {
                var position = messages is { } count ? new MessagePosition(item.Index, count) : null;
                if (item.Error is { } error)
                {
                    yield return RecordFailure(UnreadKey(report), report, "", Shown(report, error)) with { Message = position };
                    continue;
                }
                var outcome = Ingest(manifest?.Apply(file, item.Document!) ?? item.Document!, report, cancel) with { Message = position };
                yield return manifest is { Errors.Count: > 0 } && outcome.Diagnostic is null ? outcome with { Diagnostic = string.Join("; ", manifest.Errors) } : outcome;
            }
        }
    }

    /// <summary>A reader's diagnostic with the file named as it is shown: what is stored never holds a local path.</summary>
    private static string Shown(ReportFile report, string diagnostic)
    {
        var named = diagnostic.Replace(report.Location, report.Shown, StringComparison.Ordinal);
        return named.StartsWith(report.Shown + ":", StringComparison.Ordinal) ? named : $"{report.Shown}: {named}";
    }

    /// <summary>The key a file that could not be read is recorded under until it is: <c>file:</c> and how it is shown.</summary>
    private static string UnreadKey(ReportFile report) => "file:" + report.Shown;

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

    /// <summary>The files of documents whose last ingestion failed, as they were last read.</summary>
    public IReadOnlyList<ReportFile> FailedFiles() => store.Ingest.FailedFiles().Select(f => new ReportFile(f.Location, f.Shown)).ToList();

    public IEnumerable<IngestOutcome> Retry() => IngestFiles(FailedFiles());

    /// <summary>Ingests one document of a file given on its own (shown by its file name).</summary>
    public IngestOutcome Ingest(Document document, string path, CancellationToken cancel = default) => Ingest(document, ReportFile.Of(path), cancel);

    /// <summary>Ingests one document within its time budget; <paramref name="cancel"/> (the caller's) rolls it back and is rethrown.</summary>
    public IngestOutcome Ingest(Document document, ReportFile report, CancellationToken cancel = default)
    {
        var path = report.Shown;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(Limits.TimeBudget);
        try
        {
            return IngestWithin(document, report, budget.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // The writer that kept this document waiting may hold its turn longer still: recording the failure waits for
            // it one more time budget at most.
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            grace.CancelAfter(Limits.TimeBudget);
            var failed = RecordFailure(document.Key, report, document.Version, $"{path}: {Limits.TimeRefusal("analysing and storing it")}", grace.Token) with { OutOfTime = true };
            cancel.ThrowIfCancellationRequested(); // the caller left meanwhile: that is not the budget's doing
            return failed;
        }
    }

    private IngestOutcome IngestWithin(Document document, ReportFile report, CancellationToken cancel)
    {
        var path = report.Shown;
        // A first look outside the writer's turn spares analysing a document stored already. Everything is decided
        // again inside the turn, where no other writer, in this process or another, can change the store (ADR-028).
        var glance = Place(null, document, report);
        var read = glance.IsStored ? null : GuardedReading.Extract(lists.Analyzer(), glance.Document, cancel);
        var turnTaken = false;
        try
        {
            // Disposed, and so undone, before the catch below runs when anything fails.
            using var work = store.Begin(cancel); // the wait for the turn is part of the document's time budget
            turnTaken = true;
            var ingest = store.Ingest;
            entities.Refresh(store.Resolution, work); // another writer's entities, so that one new person stays one entity
            var placed = Place(work, document, report);
            if (placed.SameTextAs is { } same)
                return new IngestOutcome(placed.Document.Key, report.Shown, IngestResult.Unchanged, $"{report.Shown}: the same text as {same}, which is stored already; not counted again");
            ingest.ForgetFailures(work, UnreadKey(report), report.Location);
            if (placed.IsStored)
            {
                ingest.ClearDiagnostic(work, placed.Document.Key);
                // A document ingested before texts were kept gains its text the next time it is read.
                if (!ingest.HasText(work, placed.Document.Key))
                    DocumentWriter.KeepText(ingest, work, placed.Document);
                work.Commit();
                return new IngestOutcome(placed.Document.Key, report.Shown, IngestResult.Unchanged);
            }
            if (read is null || placed.Document.Key != glance.Document.Key) read = GuardedReading.Extract(lists.Analyzer(), placed.Document, cancel); // changed since the first look
            if (read.Value is not { } extracted)
            {
                var failed = WriteFailure(work, placed.Document.Key, report, placed.Document.Version, $"{path}: {read.Failure}");
                work.Commit();
                return failed;
            }

            var touched = _writer.Write(store, work, extracted, report, clock.GetUtcNow(), cancel);
            var linker = lists.Linker(); // the lists active now, another writer's import included
            var added = placed.Previous.Version is null || placed.Previous.Status == "failed";
            foreach (var (id, kind) in touched)
            {
                cancel.ThrowIfCancellationRequested();
                if (ingest.EntityExists(work, id) && !(added && ListLinker.KeepsLinks(store.Resolution, work, id, placed.Document.Key)))
                    linker.Relink(store.Resolution, work, id, kind);
            }
            cancel.ThrowIfCancellationRequested();
            rules?.AfterDocument(work, placed.Document.Key, touched.Select(t => t.Id));
            cancel.ThrowIfCancellationRequested();
            work.Commit();
            var result = added ? IngestResult.Added : IngestResult.Replaced;
            return new IngestOutcome(placed.Document.Key, report.Shown, result, placed.Note, extracted.Meetings.Count(m => m.Kind.Happened()));
        }
        catch (OperationCanceledException)
        {
            // Rolled back: the entity index forgets what the document added to it (nothing, when the turn never came).
            if (turnTaken) entities.Reload(store.Resolution);
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or WriterBusyException))
        {
            entities.Reload(store.Resolution);
            return RecordFailure(glance.Document.Key, report, document.Version, $"{path}: storing failed: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Where a document goes, what is stored there, and whether it is stored already (under that key, or its
    /// text under another). A report is a new version of a stored one when it comes from the same file
    /// (<see cref="ReportFile.Location"/>): under the address it gives, or — for a report known by its text — the report
    /// last read from that file, whose key stays. A text that names an address a report from another file holds is kept
    /// as a document of its own, known by its text (ADR-023, ADR-032).</summary>
    private Placement Place(IKnowledgeUnitOfWork? work, Document document, ReportFile report)
    {
        var previous = Stored(work, document.Key);
        string? note = null;
        if (previous.Version is not null && previous.Version != document.Version && previous.Location != report.Location && !DocumentKeys.IsContent(document.Key))
        {
            // The text names an address (a canonical link, og:url) that a report from another file already holds: that is
            // metadata, not a licence to replace it. The new text is a document of its own, known by its content.
            note = $"{report.Shown}: names the address {document.Key}, which a report from another file holds; kept as a separate document";
            document = document with { Key = DocumentKeys.Content(document.Text) };
            previous = Stored(work, document.Key);
        }
        if (previous.Version is not null) return new Placement(document, previous, note, null);
        if (store.Ingest.KeyOfText(work, TextNormalizer.Version(document.Text)) is { } same) return new Placement(document, previous, note, same);
        if (DocumentKeys.IsContent(document.Key) && store.Ingest.ContentKeyReadFrom(work, report.Location) is { } earlier)
        {
            // The file's text changed: a new version of the report it gave, under that report's key.
            document = document with { Key = earlier };
            previous = Stored(work, earlier);
        }
        return new Placement(document, previous, note, null);
    }

    /// <summary>What is stored under the key, read in <paramref name="work"/> when one is open (none: what is committed).</summary>
    private (string? Version, string? Status, string? Location) Stored(IKnowledgeUnitOfWork? work, string key) =>
        store.Ingest.Stored(work, key) is { } stored ? (stored.Version, stored.Status, stored.Location) : default;

    private sealed record Placement(Document Document, (string? Version, string? Status, string? Location) Previous, string? Note, string? SameTextAs)
    {
        public bool IsStored => SameTextAs is not null || (Previous.Version == Document.Version && Previous.Status == "ingested");
    }

    /// <summary>Stores the failure on the document's row, in a writer's turn of its own (waited for until
    /// <paramref name="wait"/> ends it); a document with a good earlier version keeps it and only gains the diagnostic.
    /// When even that cannot be stored, the outcome says so and the run goes on.</summary>
    private IngestOutcome RecordFailure(string key, ReportFile report, string version, string diagnostic, CancellationToken wait = default)
    {
        try
        {
            using var work = store.Begin(wait);
            var failed = WriteFailure(work, key, report, version, diagnostic);
            work.Commit();
            return failed;
        }
        catch (Exception e) when (e is DbException or WriterBusyException)
        {
            return new IngestOutcome(key, report.Shown, IngestResult.Failed, $"{diagnostic} (not recorded: {e.Message})");
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested)
        {
            return new IngestOutcome(key, report.Shown, IngestResult.Failed, $"{diagnostic} (not recorded: another writer still holds the database)");
        }
    }

    private IngestOutcome WriteFailure(IKnowledgeUnitOfWork work, string key, ReportFile report, string version, string diagnostic)
    {
        store.Ingest.RecordFailure(work, new FailedDocument(key, version, report.Shown, report.Location, diagnostic, clock.GetUtcNow().ToString("O")));
        return new IngestOutcome(key, report.Shown, IngestResult.Failed, diagnostic);
    }
}
