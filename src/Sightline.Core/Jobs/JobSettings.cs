namespace Sightline.Jobs;

/// <summary>How the job engine treats a database's jobs (ADR-043): after how long a job a worker took and stopped
/// reporting on is given to another worker (a worker that died), and how often an idle worker looks for new jobs.</summary>
public sealed record JobSettings(TimeSpan DeadWorkerAfter, TimeSpan PollInterval)
{
    /// <summary>A dead worker's job is taken up again after 5 minutes; a live worker keeps its jobs for as long as they
    /// run by reporting on them. Idle workers look for jobs every second.</summary>
    public static JobSettings Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1));
}
