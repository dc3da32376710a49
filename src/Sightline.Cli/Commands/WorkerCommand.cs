using System.CommandLine;
using System.Runtime.InteropServices;
using Sightline.Jobs;
using Sightline.Storage;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline worker</c>: takes background jobs (ingesting uploads, re-screening after a list version, list
/// downloads, webhook deliveries) from the PostgreSQL database until Ctrl+C or SIGTERM (ADR-043).</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var workers = new Option<int>("--workers") { Description = "Jobs run at the same time in this worker", DefaultValueFactory = _ => Environment.ProcessorCount };
        var deadAfter = new Option<double>("--dead-worker-after")
        {
            Description = "Seconds after which a job whose worker stopped reporting on it (a worker that died) is run by another",
            DefaultValueFactory = _ => JobSettings.Default.DeadWorkerAfter.TotalSeconds,
        };
        var mirror = new Option<Uri?>("--mirror") { Description = "List download jobs fetch from BASE/LIST/FILE instead of the authorities' addresses" };
        var allowHttp = new Option<bool>("--allow-http") { Description = "List download jobs accept a plain-http mirror (inside a trusted network)" };
        var command = new Command("worker", "Take background jobs from a PostgreSQL database (--db postgres://…): ingest queued uploads, re-screen after list versions, download lists, deliver webhooks; Ctrl+C stops it after the jobs in hand") { workers, deadAfter, mirror, allowHttp };
        command.SetAction(async (result, cancel) =>
        {
            var address = StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
            if (StoreAddress.Parse(address) is not PostgresAddress)
            {
                Console.Error.WriteLine($"sightline worker: {StoreAddress.Parse(address).Display} is a SQLite file: workers take their jobs from a PostgreSQL database that every worker reaches (--db postgres://…; sightline db copy moves a SQLite base there). On SQLite, sightline ingest and sightline serve do this work in process.");
                return 2;
            }
            if (result.GetValue(workers) <= 0 || result.GetValue(deadAfter) <= 0)
            {
                Console.Error.WriteLine("sightline worker: --workers and --dead-worker-after must be positive");
                return 2;
            }
            using (var session = CliSession.Open(result)) session.ListsOrBundled();
            var settings = JobSettings.Default with { DeadWorkerAfter = TimeSpan.FromSeconds(result.GetValue(deadAfter)) };
            using var pool = PipelinePool.ForWorker(address, ProjectPaths.NerModel, TimeProvider.System, Console.Error.WriteLine);
            var work = new JobWork(pool, ServerOptions.UploadFolderFor(address), TimeProvider.System)
            {
                Sources = result.GetValue(mirror) is { } m ? Lists.Update.OfficialSources.Mirrored(m) : Lists.Update.OfficialSources.Default,
                AllowPlainHttp = result.GetValue(allowHttp),
            };
            Console.WriteLine($"Sightline worker on {StoreAddress.Parse(address).Display}. Ctrl+C stops it.");
            // Ctrl+C and SIGTERM stop taking jobs and let the jobs in hand finish, however long the command line would
            // otherwise wait for a command to end.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await JobEngine.RunWorkerAsync(address, work, result.GetValue(workers), settings, Console.WriteLine, stop.Token);
            return 0;

            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
