using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace Sightline.Jobs.Hangfire;

/// <summary><see cref="IJobQueue"/> on Hangfire: jobs are created in its storage and read back through its monitoring
/// API, with the progress note each job last left.</summary>
internal sealed class HangfireJobQueue(PostgreSqlStorage storage) : IJobQueue
{
    private readonly BackgroundJobClient _client = new(storage);

    public string IngestUpload(string uploadKey) =>
        _client.Enqueue<SightlineJobMethods>(m => m.IngestUpload(uploadKey, null, CancellationToken.None));

    public string Rescreen(long versionId, long? previousVersionId) =>
        _client.Enqueue<SightlineJobMethods>(m => m.Rescreen(versionId, previousVersionId, null));

    public string DownloadList(string list) =>
        _client.Enqueue<SightlineJobMethods>(m => m.DownloadList(list, null, CancellationToken.None));

    public string DeliverWebhooks() =>
        _client.Enqueue<SightlineJobMethods>(m => m.DeliverWebhooks(null, CancellationToken.None));

    public JobBoard Board(int perState)
    {
        var monitor = storage.GetMonitoringApi();
        var statistics = monitor.GetStatistics();
        using var connection = storage.GetConnection();
        string? Progress(string id) => connection.GetJobParameter(id, SightlineJobMethods.ProgressParameter);
        var jobs = new List<JobView>();
        foreach (var queue in monitor.Queues())
            jobs.AddRange(monitor.EnqueuedJobs(queue.Name, 0, perState).Select(j => View(j.Key, j.Value.Job, EnqueuedState.StateName, j.Value.EnqueuedAt, null, Progress(j.Key), null)));
        jobs.AddRange(monitor.ProcessingJobs(0, perState).Select(j => View(j.Key, j.Value.Job, ProcessingState.StateName, j.Value.StartedAt, j.Value.ServerId, Progress(j.Key), null)));
        jobs.AddRange(monitor.FailedJobs(0, perState).Select(j => View(j.Key, j.Value.Job, FailedState.StateName, j.Value.FailedAt, null, Progress(j.Key), j.Value.ExceptionMessage)));
        jobs.AddRange(monitor.SucceededJobs(0, perState).Select(j => View(j.Key, j.Value.Job, SucceededState.StateName, j.Value.SucceededAt, null, Progress(j.Key), null)));
        return new JobBoard(statistics.Enqueued, statistics.Processing, statistics.Succeeded, statistics.Failed, (int)statistics.Servers, jobs);
    }

    public JobView? Job(string id)
    {
        JobDetailsDto? details;
        try { details = storage.GetMonitoringApi().JobDetails(id); }
        catch (FormatException) { return null; } // not a job id of this storage
        if (details is null) return null;
        var last = details.History.FirstOrDefault(); // newest first
        var state = last?.StateName ?? "created";
        string? Data(string name) => last?.Data is { } data && data.TryGetValue(name, out var value) ? value : null;
        return View(id, details.Job, state, last?.CreatedAt, Data("ServerId"), (details.Properties is { } properties && properties.TryGetValue(SightlineJobMethods.ProgressParameter, out var progress) ? progress : null),
            state == FailedState.StateName ? Data("ExceptionMessage") : null);
    }

    /// <summary>A job as it is shown: its kind and subject from the method it calls and its first argument.</summary>
    private static JobView View(string id, Job? job, string state, DateTime? at, string? worker, string? progress, string? error)
    {
        var (kind, subject) = job?.Method.Name switch
        {
            nameof(SightlineJobMethods.IngestUpload) => (JobKinds.Ingest, Argument(job, 0)),
            nameof(SightlineJobMethods.Rescreen) => (JobKinds.Rescreen, "list version " + Argument(job, 0)),
            nameof(SightlineJobMethods.DownloadList) => (JobKinds.DownloadList, Argument(job, 0)),
            nameof(SightlineJobMethods.DeliverWebhooks) => (JobKinds.DeliverWebhooks, "due deliveries"),
            _ => (job?.Method.Name ?? "unknown", ""),
        };
        return new JobView(id, kind, subject, state.ToLowerInvariant(), at is { } utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null,
            worker, progress is null ? null : Unquote(progress), error);
    }

    private static string Argument(Job job, int index) => job.Args.Count > index ? Convert.ToString(job.Args[index], System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";

    /// <summary>A job parameter as Hangfire keeps it: JSON, so a string comes back quoted.</summary>
    private static string Unquote(string stored) =>
        stored.StartsWith('"') ? System.Text.Json.JsonSerializer.Deserialize<string>(stored) ?? stored : stored;
}
