using Hangfire;
using Hangfire.PostgreSql;

namespace Sightline.Jobs.Hangfire;

/// <summary>A Hangfire server on Sightline's job storage: <c>sightline worker</c>. It calls <see cref="SightlineJobMethods"/>
/// on the <see cref="JobWork"/> it is given, and on stop lets the jobs in hand finish (or gives them back to the queue
/// when they do not within the shutdown time).</summary>
internal static class HangfireWorker
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(PostgreSqlStorage storage, JobWork work, int workers, Action<string> note, CancellationToken stop)
    {
        work.FollowUps = new HangfireJobQueue(storage);
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = workers,
            ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
            Activator = new Activator(new SightlineJobMethods(work)),
            ShutdownTimeout = ShutdownTimeout,
            StopTimeout = ShutdownTimeout,
        };
        using (var server = new BackgroundJobServer(options, storage))
        {
            note($"worker {options.ServerName} takes jobs, {workers} at a time");
            try { await Task.Delay(Timeout.Infinite, stop); }
            catch (OperationCanceledException) { }
            note("stopping: the jobs in hand finish or go back to the queue");
            server.SendStop();
        }
        note("stopped");
    }

    /// <summary>Hands Hangfire the one instance of the job methods.</summary>
    private sealed class Activator(SightlineJobMethods methods) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(SightlineJobMethods) ? methods : base.ActivateJob(jobType);
    }
}
