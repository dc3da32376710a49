using Sightline.Alerts;
using Sightline.Casework;
using Sightline.Composition;
using Sightline.Documents;
using Sightline.Jobs;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Storage;

namespace Sightline.Web;

/// <summary>
/// The server's one writer to the database. Uploads, list imports, review decisions and notes and cases take turns here, and each write
/// also waits its turn against writers in other processes (<see cref="WriterLock"/>); a turn not had within the
/// server's bound ends in <see cref="WriterBusyException"/>, which the server answers 503 with Retry-After. The ingestor
/// is built on first use and dropped after a review decision, which can merge, split or relink entities under it; it
/// reloads the entities itself when another process wrote, and takes up lists another process imported (ADR-028). Uploads take their turn document by
/// document, each bounded by <see cref="Limits"/>, so one large upload never holds the writer for longer than one
/// document's budget; a file from which nothing was stored is not kept.
/// </summary>
public sealed class KnowledgeWriter(SightlinePipeline sightline, string uploadFolder, TimeSpan wait) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private Ingestor? _ingestor;

    /// <summary>What one uploaded document may cost (ADR-029).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Keeps the uploaded file under <c>uploads/HASH/NAME</c> (so its path stays valid for a retry) and
    /// ingests every document in it; each outcome comes back, failures with their diagnostic. The path that comes back,
    /// and that the reports are shown by, is <c>uploads/HASH/NAME</c>: never where the server keeps it (ADR-032). A file from which no
    /// document could be stored is not kept, and neither is one whose upload was cancelled (<paramref name="cancel"/>
    /// is the request's: a client that leaves stops the ingest, and the document in hand is rolled back).</summary>
    public async Task<(string Path, IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<string> ReadErrors)> IngestAsync(string fileName, byte[] bytes, CancellationToken cancel)
    {
        string? path = null;
        var outcomes = new List<IngestOutcome>();
        var kept = false;
        try
        {
            await TakeTurnAsync(cancel); // two uploads of the same file would otherwise write the same path at once
            try
            {
                path = PathFor(uploadFolder, fileName, bytes);
                kept = File.Exists(path); // an earlier upload of the same file keeps it, whatever becomes of this one
                await KeepAsync(path, bytes, cancel);
            }
            finally { _turn.Release(); }
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            budget.CancelAfter(Limits.TimeBudget);
            var report = ReportFile.In(Path.GetDirectoryName(Path.GetFullPath(uploadFolder))!, path);
            ReadOutcome read;
            try { read = DocumentReader.Read(path, bytes, Limits, budget.Token); }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { read = new ReadOutcome(path, [], [$"{path}: {Limits.TimeRefusal("reading")}"]); }
            foreach (var document in read.Documents)
            {
                await TakeTurnAsync(cancel);
                try { outcomes.Add((_ingestor ??= sightline.Ingestor(Limits)).Ingest(document, report, cancel)); }
                finally { _turn.Release(); }
            }
            kept |= outcomes.Any(o => o.Result != IngestResult.Failed);
            return (report.Shown, outcomes, read.Errors.Select(e => e.Replace(path, report.Shown, StringComparison.Ordinal)).ToList());
        }
        finally
        {
            if (path is not null && !kept) Forget(path);
        }
    }

    /// <summary>Keeps the uploaded file in the database, in the writer's turn, and queues its ingestion for the workers
    /// (ADR-043); answers the key it is kept under and the job's id.</summary>
    public async Task<(string Key, string JobId)> QueueAsync(string fileName, byte[] bytes, IJobQueue jobs, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        string key;
        try { key = JobWork.Keep(sightline.Store, fileName, bytes, sightline.Clock.GetUtcNow()); }
        finally { _turn.Release(); }
        return (key, jobs.IngestUpload(key));
    }

    /// <summary>Removes an upload that left nothing stored, and its folder when that is empty.</summary>
    private static void Forget(string path)
    {
        try
        {
            File.Delete(path);
            var folder = Path.GetDirectoryName(path)!;
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next upload of the same file to overwrite.
        }
    }

    /// <summary>Keeps the uploaded list file under <c>uploads/lists/HASH/NAME</c>, imports every list in it as a new
    /// version (a no-op when unchanged; refused when it looks cut short), and for each new version re-screens the
    /// knowledge base and reloads the names index, as <c>sightline lists import</c> does.</summary>
    /// <exception cref="ListFormatException">Nothing readable was found in the file.</exception>
    public async Task<IReadOnlyList<(ImportOutcome Outcome, ListRescreen? Rescreen)>> ImportListAsync(
        string fileName, byte[] bytes, ListFormat? format, string? list, DateTimeOffset? published, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        try
        {
            var path = PathFor(Path.Combine(uploadFolder, "lists"), fileName, bytes);
            await KeepAsync(path, bytes, cancel);
            var importer = sightline.Importer();
            var outcomes = ListReaders.Open(path, format, list, published).Select(reader => importer.Import(reader)).ToList();
            var rescreens = sightline.AfterListImports(outcomes);
            return outcomes.Select(o => (o, o is ImportOutcome.Imported imported ? rescreens.FirstOrDefault(r => r.Version.Id == imported.Version.Id) : null)).ToList();
        }
        finally { _turn.Release(); }
    }

    /// <summary>Waits until no write of this server is under way, at most <paramref name="bound"/>: a list import through
    /// <c>POST /lists</c> serves its new lists before its turn ends, so a check made after it finds them served.</summary>
    public async Task WhenIdleAsync(TimeSpan bound, CancellationToken cancel)
    {
        if (await _turn.WaitAsync(bound, cancel)) _turn.Release();
    }

    /// <summary>Runs one review decision in the writer's turn, then drops the ingestor so the next upload sees it.</summary>
    public async Task<T> DecideAsync<T>(Func<ReviewDesk, AlertStore, T> decision, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        try
        {
            var result = decision(sightline.Review(), sightline.Alerts());
            _ingestor = null;
            return result;
        }
        finally { _turn.Release(); }
    }

    /// <summary>Runs one change to analysts' notes or cases in the writer's turn.</summary>
    public async Task<T> CaseworkAsync<T>(Func<Notebook, CaseFiles, T> change, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        try { return change(sightline.Notes(), sightline.Cases()); }
        finally { _turn.Release(); }
    }

    private async Task TakeTurnAsync(CancellationToken cancel)
    {
        if (!await _turn.WaitAsync(wait, cancel)) throw new WriterBusyException(sightline.DatabasePath, wait);
        try { sightline.Reconnect(); } // the database may have restarted since the last write (ADR-042)
        catch
        {
            _turn.Release();
            throw;
        }
    }

    /// <summary>Where an upload is kept: <c>FOLDER/HASH/NAME</c> (<see cref="UploadKeys"/>).</summary>
    private static string PathFor(string folder, string fileName, byte[] bytes) =>
        Path.Combine(folder, UploadKeys.For(fileName, bytes));

    /// <summary>Writes the upload to its path, owner-only.</summary>
    private static async Task KeepAsync(string path, byte[] bytes, CancellationToken cancel)
    {
        OwnerOnly.CreateFolder(Path.GetDirectoryName(path)!);
        await using var file = OwnerOnly.Create(path);
        await file.WriteAsync(bytes, cancel);
    }

    public void Dispose() => _turn.Dispose();
}
