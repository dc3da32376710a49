namespace Sightline.Jobs;

/// <summary>One job as <c>sightline jobs</c> and <c>GET /jobs</c> show it: its id, what it does (<see cref="JobKinds"/>)
/// and on what, its state (<c>enqueued</c>, <c>processing</c>, <c>succeeded</c>, <c>failed</c>, …), when it entered that
/// state, the worker that runs or ran it, its last progress note and, when it failed, the error.</summary>
public sealed record JobView(string Id, string Kind, string Subject, string State, DateTimeOffset? At, string? Worker, string? Progress, string? Error);

/// <summary>How many jobs are in each state, the latest of each, and the workers that take them.</summary>
public sealed record JobBoard(long Enqueued, long Processing, long Succeeded, long Failed, int Workers, IReadOnlyList<JobView> Jobs);

/// <summary>The kinds of job, as they are shown.</summary>
public static class JobKinds
{
    public const string Ingest = "ingest";
    public const string Rescreen = "rescreen";
    public const string DownloadList = "download-list";
    public const string DeliverWebhooks = "deliver-webhooks";
}

/// <summary>Thrown when jobs are asked of a database that cannot hold them: workers need a PostgreSQL database.</summary>
public sealed class JobsUnavailableException(string message) : Exception(message);
