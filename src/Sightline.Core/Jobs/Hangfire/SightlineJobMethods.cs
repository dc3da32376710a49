using Hangfire;
using Hangfire.Server;

namespace Sightline.Jobs.Hangfire;

/// <summary>
/// The methods Hangfire stores in a job and calls in a worker: each hands its work to <see cref="JobWork"/> and its
/// progress notes to the job's <c>progress</c> parameter, which <c>sightline jobs</c> shows. A job that fails is retried
/// (with Hangfire's growing delays), except when its key names nothing; one webhook delivery round runs at a time.
/// </summary>
public sealed class SightlineJobMethods(JobWork work)
{
    public const string ProgressParameter = "progress";

    [JobDisplayName("ingest {0}")]
    [AutomaticRetry(Attempts = 5, ExceptOn = [typeof(JobInputException)])]
    public void IngestUpload(string uploadKey, PerformContext? context, CancellationToken cancel) =>
        work.IngestUpload(uploadKey, Progress(context), cancel);

    [JobDisplayName("rescreen after list version {0}")]
    [AutomaticRetry(Attempts = 5, ExceptOn = [typeof(JobInputException)])]
    public void Rescreen(long versionId, long? previousVersionId, PerformContext? context) =>
        work.Rescreen(versionId, previousVersionId, Progress(context));

    [JobDisplayName("download list {0}")]
    [AutomaticRetry(Attempts = 3, ExceptOn = [typeof(JobInputException)])]
    public Task DownloadList(string list, PerformContext? context, CancellationToken cancel) =>
        work.DownloadList(list, Progress(context), cancel);

    [JobDisplayName("deliver webhooks")]
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task DeliverWebhooks(PerformContext? context, CancellationToken cancel) =>
        work.DeliverWebhooks(Progress(context), cancel);

    private static Action<string> Progress(PerformContext? context) =>
        note => context?.SetJobParameter(ProgressParameter, note);
}
