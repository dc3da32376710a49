using Sightline.Jobs;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>A worker dying mid-way (ADR-043): two <c>sightline worker</c> processes on one PostgreSQL database take
/// queued uploads; one is killed (SIGKILL) while it runs a job; the other takes up its jobs once they are no longer
/// reported on, and every report ends ingested exactly once with the same alerts as one ingest of the same reports.</summary>
[Trait("Store", "Postgres")]
[Trait("Speed", "Slow")]
public sealed class DeadWorkerTests : IAsyncDisposable
{
    private const int Reports = 40;
    private readonly KnowledgeFixture _queued = new(store: TestStore.Postgres);
    private readonly KnowledgeFixture _serial = new(store: TestStore.Postgres);
    private readonly List<SightlineProcess> _workers = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers) await worker.DisposeAsync();
        _serial.Dispose();
        _queued.Dispose();
    }

    [Fact]
    public async Task Two_workers_one_killed_midway_ingest_every_report_once_and_raise_every_alert_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        var corpus = _queued.Files.File("corpus");
        new ReportGenerator(_queued.Lists.ActiveVersions().SelectMany(v => _queued.Lists.Entries(v.Id)), seed: 21).Write(corpus, Reports);
        var files = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToList();
        var expected = _serial.Ingestor.IngestFiles(files, cancel).ToList();
        Assert.All(expected, o => Assert.Equal(IngestResult.Added, o.Result));
        var expectedAlerts = Alerts(_serial);
        Assert.NotEmpty(expectedAlerts);

        var jobs = JobEngine.Open(_queued.DatabasePath);
        foreach (var file in files)
            jobs.IngestUpload(JobWork.Keep(_queued.Store, Path.GetFileName(file), File.ReadAllBytes(file), _queued.Clock.GetUtcNow()));
        var doomed = StartWorker("a");
        StartWorker("b");

        // Killed while it runs a job, after both have done some.
        await Until(() => jobs.Board(50) is { Succeeded: >= 4 } board && board.Jobs.Any(j => j.State == "processing" && j.Worker?.Contains($":{doomed.Process.Id}:", StringComparison.Ordinal) == true), cancel);
        doomed.Kill();
        await Until(() => jobs.Board(1) is { Enqueued: 0, Processing: 0, Succeeded: Reports }, cancel);

        var board = jobs.Board(Reports);
        Assert.Equal(0, board.Failed);
        Assert.Equal((long)Reports, Count("SELECT COUNT(*) FROM kb_documents"));
        Assert.Equal((long)Reports, Count("SELECT COUNT(*) FROM kb_uploads WHERE state = 'ingested'"));
        Assert.Equal(expectedAlerts, Alerts(_queued));
    }

    private long Count(string sql) => Convert.ToInt64(_queued.Sql.Scalar(null, sql));

    /// <summary>Each alert's rule and summary: what it says, whichever order the reports were read in.</summary>
    private static List<string> Alerts(KnowledgeFixture knowledge) =>
        knowledge.Alerts.List(includeAcknowledged: true).Select(a => $"{a.Rule} {a.Id}").Order(StringComparer.Ordinal).ToList();

    /// <summary>A <c>sightline worker</c> process on the queued database, with a data folder of its own (where it keeps
    /// uploads and the names index), whose dead jobs are taken up after 5 seconds.</summary>
    private SightlineProcess StartWorker(string name)
    {
        var worker = SightlineProcess.Start(name, _queued.DatabasePath, _queued.Files.File("data-" + name), "worker", "--workers", "2", "--dead-worker-after", "5");
        _workers.Add(worker);
        return worker;
    }

    private static async Task Until(Func<bool> condition, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workers did not get there within 5 minutes");
            await Task.Delay(250, cancel);
        }
    }
}
