using System.Text.Json;
using Sightline.Alerts;
using Sightline.Documents;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Storage;
using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Lists.Update;
using Sightline.Storage;

namespace Sightline.Jobs;

/// <summary>
/// What each job does, whatever engine runs it (ADR-043). Every job may run twice — a worker killed after its work
/// committed and before the engine marked the job done — and the second run changes nothing: an upload's documents are
/// known by their text and version, so a document stored already is <c>unchanged</c> and raises no alert again; alerts
/// are keyed by their rule and subject, so a re-screen raises each once; a webhook delivery is marked delivered in the
/// store, and one delivery round runs at a time. Each job says how far it got through <c>progress</c>.
/// </summary>
public sealed class JobWork(PipelinePool pipelines, string uploadFolder, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Where follow-up jobs go: the webhook delivery after alerts, the re-screen after a new list version.</summary>
    public IJobQueue? FollowUps { get; set; }

    /// <summary>What one uploaded document may cost (ADR-029).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>The list sources a download job reads; the official ones by default.</summary>
    public IReadOnlyList<ListDownloadSource> Sources { get; init; } = OfficialSources.Default;

    /// <summary>Accept plain-http list sources (a mirror inside a trusted network); https otherwise.</summary>
    public bool AllowPlainHttp { get; init; }

    /// <summary>The wait before a download job retries a failed download within the job (<see cref="ListDownloader.RetryDelay"/>).</summary>
    public TimeSpan DownloadRetryDelay { get; init; } = ListDownloader.DefaultRetryDelay;

    /// <summary>Keeps an upload in the database, queued, and answers its key: what a host does before it queues the
    /// ingestion job, in the writer's turn.</summary>
    public static string Keep(Knowledge.KnowledgeStore store, string fileName, byte[] bytes, DateTimeOffset now)
    {
        var key = UploadKeys.For(fileName, bytes);
        using var work = store.Begin();
        store.Uploads.Keep(work, new UploadRow(key, fileName, bytes, now.ToString("O"), "queued", null, null));
        work.Commit();
        return key;
    }

    /// <summary>Ingests the upload kept under <paramref name="key"/> as the server ingests an upload: the file kept
    /// under <c>uploads/HASH/NAME</c> beside this worker's database, each document in a transaction of its own. Records
    /// the outcome of each document with the upload, and lets go of its bytes once every document is stored; the job
    /// run again then answers each recorded document as <c>unchanged</c>, as reading the bytes again would.</summary>
    /// <exception cref="JobInputException">No upload has this key.</exception>
    public IReadOnlyList<IngestOutcome> IngestUpload(string key, Action<string> progress, CancellationToken cancel)
    {
        using var lease = pipelines.Take();
        var sightline = lease.Pipeline;
        var upload = sightline.Store.Uploads.Find(key) ?? throw new JobInputException($"no upload is kept under '{key}'");
        if (upload is { State: "ingested", Bytes.Length: 0, Outcome: { } recorded })
        {
            progress("stored already");
            return StoredAlready(recorded);
        }
        var path = Path.Combine(uploadFolder, key.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path) || new FileInfo(path).Length != upload.Bytes.Length) // absent, or cut short by a worker that died
        {
            OwnerOnly.CreateFolder(Path.GetDirectoryName(path)!);
            using var file = OwnerOnly.Create(path);
            file.Write(upload.Bytes);
        }
        var report = ReportFile.In(Path.GetDirectoryName(Path.GetFullPath(uploadFolder))!, path);
        progress("reading");
        ReadOutcome read;
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            budget.CancelAfter(Limits.TimeBudget);
            try { read = DocumentReader.Read(path, upload.Bytes, Limits, budget.Token); }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { read = new ReadOutcome(path, [], [$"{path}: {Limits.TimeRefusal("reading")}"]); }
        }
        var outcomes = new List<IngestOutcome>();
        foreach (var document in read.Documents)
        {
            progress($"document {outcomes.Count + 1} of {read.Documents.Count}");
            try { outcomes.Add(lease.Ingestor(Limits).Ingest(document, report, cancel)); }
            catch
            {
                lease.Forget();
                throw;
            }
            if (outcomes[^1].OutOfTime) break; // the next would wait as long for the same writer: the retry reads them all
        }
        // A document's time budget includes its wait for the writer's turn, which another writer (a list import and its
        // re-screen through a node) may hold for longer: then the job records the upload's outcome only if the turn comes
        // within one more budget, and fails, and the engine runs it again later, when the upload is read anew (ADR-046).
        var outOfTime = outcomes.Count(o => o.OutOfTime);
        var errors = read.Errors.Select(e => e.Replace(path, report.Shown, StringComparison.Ordinal)).ToList();
        var state = outcomes.Any(o => o.Result != IngestResult.Failed) ? "ingested" : "failed";
        var summary = JsonSerializer.Serialize(new UploadOutcome(report.Shown, errors,
            [.. outcomes.Select(o => new UploadDocumentOutcome(o.Key, o.Result.ToString().ToLowerInvariant(), o.Diagnostic, o.Meetings))]), Json);
        var everyDocumentStored = errors.Count == 0 && outcomes.Count > 0 && outcomes.All(o => o.Result != IngestResult.Failed);
        using (var grace = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            if (outOfTime > 0) grace.CancelAfter(Limits.TimeBudget);
            try
            {
                using var work = sightline.Store.Begin(grace.Token);
                sightline.Store.Uploads.Finish(work, key, state, summary, clock.GetUtcNow().ToString("O"), releaseBytes: everyDocumentStored);
                work.Commit();
            }
            catch (OperationCanceledException) when (outOfTime > 0 && !cancel.IsCancellationRequested) { } // left queued for the retry
        }
        progress($"{outcomes.Count(o => o.Result is IngestResult.Added or IngestResult.Replaced)} of {outcomes.Count} documents stored");
        if (outcomes.Any(o => o.Result is IngestResult.Added or IngestResult.Replaced) && sightline.Store.Alerts.Due(AlertStore.Stamp(clock.GetUtcNow())).Count > 0)
            FollowUps?.DeliverWebhooks();
        if (outOfTime > 0)
            throw new DocumentsOutOfTimeException($"{outOfTime} of {outcomes.Count} documents of {report.Shown} ran out of their time budget; the upload is ingested again later");
        return outcomes;
    }

    /// <summary>The documents an upload recorded, each <c>unchanged</c>: what ingesting its bytes again would answer.</summary>
    private static List<IngestOutcome> StoredAlready(string recorded)
    {
        var upload = JsonSerializer.Deserialize<UploadOutcome>(recorded, Json)!;
        return [.. upload.Documents.Select(d => new IngestOutcome(d.Key, upload.Path, IngestResult.Unchanged))];
    }

    /// <summary>Re-screens the knowledge base after list version <paramref name="versionId"/> became active, as
    /// <c>sightline lists import</c> does; answers how many alerts that raised. A version no longer active is left to
    /// the job of the change that replaced it.</summary>
    public int Rescreen(long versionId, long? previousVersionId, Action<string> progress)
    {
        using var lease = pipelines.Take();
        var sightline = lease.Pipeline;
        var version = sightline.Lists.Version(versionId) ?? throw new JobInputException($"no list version has the id {versionId}");
        if (!sightline.Lists.ActiveVersions().Any(v => v.Id == versionId))
        {
            progress($"{version.List} version {version.Number} is no longer active; nothing to do");
            return 0;
        }
        var previous = previousVersionId is { } id ? sightline.Lists.Version(id) : null;
        progress($"re-screening against {version.List} version {version.Number}");
        var rescreen = sightline.AfterActiveVersionChange(version, previous is null ? null : ListDiff.Compare(sightline.Lists, previous, version));
        lease.Forget(); // links changed under the ingestor's entities
        progress($"{rescreen.Raised} alerts raised");
        if (rescreen.Raised > 0) FollowUps?.DeliverWebhooks();
        return rescreen.Raised;
    }

    /// <summary>Downloads <paramref name="list"/> from its source and imports it (a no-op when unchanged); a new version
    /// queues its re-screen. Answers the import's outcome; a failed download throws, so the engine retries it.</summary>
    /// <exception cref="ListDownloadException">The download or its verification failed.</exception>
    public async Task<ImportOutcome> DownloadList(string list, Action<string> progress, CancellationToken cancel)
    {
        var source = Sources.FirstOrDefault(s => s.List == list) ?? throw new JobInputException($"no source is known for the list '{list}'");
        using var lease = pipelines.Take();
        var sightline = lease.Pipeline;
        var previous = sightline.Lists.ActiveVersions().FirstOrDefault(v => v.List == list);
        progress($"downloading {list}");
        using var http = ListDownloader.CreateClient(TimeSpan.FromMinutes(5));
        var work = Path.Combine(uploadFolder, "downloads");
        var updater = new ListUpdater(new ListDownloader(http) { AllowPlainHttp = AllowPlainHttp, RetryDelay = DownloadRetryDelay }, sightline.Importer((_, count) => progress($"importing: {count:N0} entries")), work);
        var outcome = (await updater.UpdateAsync([source], cancel)).Single();
        switch (outcome)
        {
            case ImportOutcome.Failed failed:
                throw new ListDownloadException(failed.Error);
            case ImportOutcome.Imported imported:
                progress($"{list}: version {imported.Version.Number} imported");
                FollowUps?.Rescreen(imported.Version.Id, previous?.Id);
                break;
            default:
                progress($"{list}: unchanged");
                break;
        }
        return outcome;
    }

    /// <summary>Sends every webhook delivery that is due now, once (<see cref="WebhookDispatcher"/>).</summary>
    public async Task<DeliveryTally> DeliverWebhooks(Action<string> progress, CancellationToken cancel)
    {
        using var lease = pipelines.Take();
        using var dispatcher = new WebhookDispatcher(lease.Pipeline.Store, clock, WebhookOptions.Default);
        var tally = await dispatcher.DeliverDueAsync(cancel);
        progress($"{tally.Delivered} delivered, {tally.Failed} failed, {tally.Dead} dead");
        return tally;
    }
}

/// <summary>How an upload's ingestion ended, as it is kept with the upload: the path its reports are shown by, what
/// could not be read, and each document's outcome.</summary>
public sealed record UploadOutcome(string Path, IReadOnlyList<string> ReadErrors, IReadOnlyList<UploadDocumentOutcome> Documents);

/// <summary>One document of an upload: its key, <c>added</c>, <c>replaced</c>, <c>unchanged</c> or <c>failed</c>, the
/// diagnostic and the meetings it reported.</summary>
public sealed record UploadDocumentOutcome(string Key, string Result, string? Diagnostic, int Meetings);

/// <summary>Documents of an upload ran out of their time budget, waiting for the writer's turn or working; the upload
/// stays queued, and running the job again may store them.</summary>
public sealed class DocumentsOutOfTimeException(string message) : Exception(message);

/// <summary>A job was given a key that names nothing: retrying it would not help.</summary>
public sealed class JobInputException(string message) : Exception(message);
