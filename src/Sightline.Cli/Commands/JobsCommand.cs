using System.CommandLine;
using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Cli.Contracts;
using Sightline.Jobs;
using Sightline.Storage;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline jobs</c>: the background jobs of a PostgreSQL database — how many are enqueued, processing,
/// succeeded and failed, and the latest of each with its worker, progress or error (ADR-043).</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the counts and the jobs as one JSON object" };
        var limit = new Option<int>("--limit") { Description = "The latest jobs shown of each state", DefaultValueFactory = _ => 10 };
        var command = new Command("jobs", "The background jobs on a PostgreSQL database: enqueued, processing (with the worker and progress), succeeded, failed (with the error)") { json, limit };
        command.SetAction(result =>
        {
            var address = StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
            JobBoard board;
            try { board = JobEngine.Open(address).Board(Math.Clamp(result.GetValue(limit), 1, 1000)); }
            catch (JobsUnavailableException e)
            {
                Console.Error.WriteLine($"sightline jobs: {e.Message}");
                return 2;
            }
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(board, CliJsonContext.Default.JobBoard));
                return 0;
            }
            Console.WriteLine($"Jobs on {StoreAddress.Parse(address).Display}: {board.Enqueued:N0} enqueued, {board.Processing:N0} processing, " +
                              $"{board.Succeeded:N0} succeeded, {board.Failed:N0} failed; {board.Workers} worker(s) running");
            if (board.Jobs.Count == 0) return 0;
            var table = new TextTable("ID", "STATE", "KIND", "SUBJECT", "SINCE (UTC)", "WORKER", "PROGRESS OR ERROR");
            foreach (var job in board.Jobs)
                table.Add(job.Id, job.State, job.Kind, Terminal.Line(job.Subject), job.At?.ToString("yyyy-MM-dd HH:mm:ss"), job.Worker, Terminal.Line(job.Error ?? job.Progress));
            table.Write(Console.Out);
            return 0;
        });
        return command;
    }
}
