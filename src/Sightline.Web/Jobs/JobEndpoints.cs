using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Jobs;
using Sightline.Web.Contracts;

namespace Sightline.Web.Jobs;

/// <summary><c>GET /jobs</c>: the background jobs of the PostgreSQL database the server is on — counts by state and the
/// latest of each, with worker, progress or error (ADR-043); <c>GET /jobs/{id}</c>: one job, and for an ingestion the
/// outcome of its upload. A server on a SQLite file has no jobs and answers 404.</summary>
public static class JobEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/jobs", List).WithName("jobs").WithTags("jobs")
            .WithSummary("Background jobs (PostgreSQL only): how many are enqueued, processing, succeeded and failed, and the latest `limit` of each (10 by default)")
            .ProducesProblem(404);
        app.MapGet("/jobs/{id}", Get).WithName("job").WithTags("jobs")
            .WithSummary("One background job: its state, worker, progress or error; for an ingestion, the outcome of each document of its upload once known")
            .ProducesProblem(404);
    }

    private static Results<JsonBody<JobBoardJson>, ProblemHttpResult> List(int? limit, ServerState state)
    {
        if (state.Jobs is not { } jobs) return NoJobs();
        var board = jobs.Board(Math.Clamp(limit ?? 10, 1, 500));
        return JsonBody.Ok(new JobBoardJson(board.Enqueued, board.Processing, board.Succeeded, board.Failed, board.Workers, [.. board.Jobs.Select(job => Json(job, null))]));
    }

    private static Results<JsonBody<JobJson>, ProblemHttpResult> Get(string id, ServerState state, KnowledgeAccess kb)
    {
        if (state.Jobs is not { } jobs) return NoJobs();
        return jobs.Job(id) is { } job
            ? JsonBody.Ok(Json(job, kb))
            : Problems.NotFound("No such job", $"No background job has the id '{id}'. GET /jobs lists the latest.");
    }

    /// <summary>A job as the API shows it; with <paramref name="kb"/>, an ingestion's upload outcome too.</summary>
    private static JobJson Json(JobView job, KnowledgeAccess? kb)
    {
        var upload = job.Kind == JobKinds.Ingest && kb?.Store.Uploads.Find(job.Subject) is { Outcome: { } outcome } ? StoredJson.Element(outcome) : (System.Text.Json.JsonElement?)null;
        return new JobJson(job.Id, job.Kind, job.Subject, job.State, job.At, job.Worker, job.Progress, job.Error, upload);
    }

    private static ProblemHttpResult NoJobs() =>
        Problems.NotFound("No background jobs", "This server's database is a SQLite file, which holds no jobs: workers and queued uploads need a PostgreSQL database (sightline serve --db postgres://…).");
}
