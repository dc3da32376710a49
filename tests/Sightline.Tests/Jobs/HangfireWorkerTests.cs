using Sightline.Jobs;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>Jobs through Hangfire on PostgreSQL (ADR-043): uploads queued by <see cref="IJobQueue"/> are ingested by a
/// worker, the same upload queued twice is stored once, and the board shows each job with its state and progress;
/// <c>lists update --queue</c> and <c>sightline jobs</c> on the command line.</summary>
[Trait("Store", "Postgres")]
public sealed class HangfireWorkerTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge = new(store: TestStore.Postgres);

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task Queued_uploads_are_ingested_by_a_worker_once_each_and_shown_on_the_board()
    {
        var jobs = JobEngine.Open(_knowledge.DatabasePath);
        var samples = Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal).Take(3).ToList();
        var ids = new List<string>();
        foreach (var file in samples.Append(samples[0])) // the first file twice: one upload, two jobs
            ids.Add(jobs.IngestUpload(JobWork.Keep(_knowledge.Store, Path.GetFileName(file), File.ReadAllBytes(file), _knowledge.Clock.GetUtcNow())));
        Assert.Equal(4, jobs.Board(10).Enqueued);

        using var pool = new PipelinePool(() => KnowledgeFixture.For(_knowledge.DatabasePath, _knowledge.Clock).Build());
        var work = new JobWork(pool, Path.Combine(_knowledge.Files.Path, "uploads"), _knowledge.Clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var worker = JobEngine.RunWorkerAsync(_knowledge.DatabasePath, work, 2, JobSettings.Default, _ => { }, stop.Token);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (jobs.Board(10).Succeeded < 4 && DateTime.UtcNow < deadline) await Task.Delay(200, TestContext.Current.CancellationToken);
        var board = jobs.Board(10);
        await stop.CancelAsync();
        await worker;

        Assert.Equal((0L, 0L, 4L, 0L), (board.Enqueued, board.Processing, board.Succeeded, board.Failed));
        Assert.Equal(3L, Convert.ToInt64(_knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents")));
        var job = jobs.Job(ids[1])!;
        Assert.Equal(("ingest", "succeeded"), (job.Kind, job.State));
        Assert.Equal(Path.GetFileName(samples[1]), job.Subject.Split('/')[1]);
        Assert.Equal("1 of 1 documents stored", job.Progress);
        Assert.Null(jobs.Job("987654321"));
    }

    [Fact]
    public async Task Lists_update_queue_makes_a_download_job_a_list_shown_by_sightline_jobs()
    {
        var queued = await InProcessCli.RunAsync("--db", _knowledge.DatabasePath, "lists", "update", "--queue", "--list", "us_ofac_sdn");
        Assert.Equal(0, queued.ExitCode);
        Assert.Matches(@"^us_ofac_sdn: download queued as job \d+", queued.Output.Trim());

        var shown = await InProcessCli.RunAsync("--db", _knowledge.DatabasePath, "jobs");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains(": 1 enqueued, 0 processing, 0 succeeded, 0 failed; 0 worker(s) running", shown.Output);
        Assert.Matches(@"\d+\s+enqueued\s+download-list\s+us_ofac_sdn", shown.Output);
    }
}
