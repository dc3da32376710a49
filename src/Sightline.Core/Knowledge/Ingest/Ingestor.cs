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
/// alert rules about the document run in its transaction.
/// </summary>
public sealed class Ingestor(KnowledgeStore store, DocumentAnalyzer analyzer, EntityIndex entities, ListLinker linker, TimeProvider clock, MeetingAlerts? alerts = null)
{
    private readonly DocumentWriter _writer = new(entities);

    /// <summary>The ingestor every front end uses: the stored entities loaded, list links made with
    /// <paramref name="screener"/> over <paramref name="lists"/>, and the meeting and watch alert rules in each
    /// document's transaction.</summary>
    public static Ingestor WithAlerts(KnowledgeStore store, IListStore lists, DocumentAnalyzer analyzer, Screener screener, TimeProvider clock)
    {
        var alerts = new MeetingAlerts(store, new AlertStore(store, clock), new EventReader(store, new SanctionsReader(store, lists)));
        return new Ingestor(store, analyzer, EntityIndex.Load(store.Resolution, screener.Index.Weight), new ListLinker(screener, lists), clock, alerts);
    }

    /// <summary>Ingests every document of every file, reporting each outcome as it comes. A folder's
    /// <see cref="SourceManifest"/> fills in what its reports do not say; problems with the manifest come back as the
    /// diagnostic of each outcome from that folder.</summary>
    public IEnumerable<IngestOutcome> IngestFiles(IEnumerable<string> files)
    {
        var manifests = new Dictionary<string, SourceManifest?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (SourceManifest.IsManifest(file)) continue;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!manifests.TryGetValue(folder, out var manifest)) manifests[folder] = manifest = SourceManifest.ForFolderOf(file);
            ReadOutcome read;
            try { read = DocumentReader.Read(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
            {
                read = new ReadOutcome(file, [], [e.Message]);
            }
            foreach (var error in read.Errors) yield return RecordFailure(file, file, "", $"{file}: {error}");
            foreach (var document in read.Documents)
            {
                var outcome = Ingest(manifest?.Apply(file, document) ?? document, file);
                yield return manifest is { Errors.Count: > 0 } && outcome.Diagnostic is null ? outcome with { Diagnostic = string.Join("; ", manifest.Errors) } : outcome;
            }
        }
    }

    /// <summary>The files of documents whose last ingestion failed.</summary>
    public IReadOnlyList<string> FailedPaths() => store.Ingest.FailedPaths();

    public IEnumerable<IngestOutcome> Retry() => IngestFiles(FailedPaths());

    public IngestOutcome Ingest(Document document, string path)
    {
        var ingest = store.Ingest;
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
        if (previous.Version is null && ingest.KeyOfVersion(document.Version) is { } same)
            return new IngestOutcome(document.Key, path, IngestResult.Unchanged, $"{path}: the same text as {same}, which is stored already; not counted again");
        if (previous.Version == document.Version && previous.Status == "ingested")
        {
            ingest.ClearDiagnostic(document.Key);
            // A document ingested before texts were kept gains its text the next time it is read.
            if (!ingest.HasText(document.Key))
            {
                using var keep = store.Begin();
                DocumentWriter.KeepText(ingest, keep, document);
                keep.Commit();
            }
            return new IngestOutcome(document.Key, path, IngestResult.Unchanged);
        }

        var read = GuardedReading.Extract(analyzer, document);
        if (read.Value is not { } extracted) return RecordFailure(document.Key, path, document.Version, $"{path}: {read.Failure}");

        try
        {
            // Disposed, and so undone, before the catch below runs when anything fails.
            using var work = store.Begin();
            var touched = _writer.Write(store, work, extracted, path, clock.GetUtcNow());
            foreach (var (id, kind) in touched)
                if (ingest.EntityExists(work, id))
                    linker.Relink(store.Resolution, work, id, kind);
            alerts?.AfterDocument(work, document.Key, touched.Select(t => t.Id));
            work.Commit();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            entities.Reload(store.Resolution);
            return RecordFailure(document.Key, path, document.Version, $"{path}: storing failed: {e.GetType().Name}: {e.Message}");
        }
        var result = previous.Version is null || previous.Status == "failed" ? IngestResult.Added : IngestResult.Replaced;
        return new IngestOutcome(document.Key, path, result, note, extracted.Meetings.Count(m => m.Kind.Happened()));
    }

    private (string? Version, string? Status, string? Path) Stored(string key) =>
        store.Ingest.Stored(key) is { } stored ? (stored.Version, stored.Status, stored.Path) : default;

    /// <summary>Stores the failure on the document's row; a document with a good earlier version keeps it and only gains the diagnostic.</summary>
    private IngestOutcome RecordFailure(string key, string path, string version, string diagnostic)
    {
        store.Ingest.RecordFailure(key, version, path, diagnostic, clock.GetUtcNow().ToString("O"));
        return new IngestOutcome(key, path, IngestResult.Failed, diagnostic);
    }
}
