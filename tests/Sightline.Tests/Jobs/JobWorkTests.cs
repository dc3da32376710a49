using System.Text.Json;
using Sightline.Jobs;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>What the jobs do, whatever engine runs them (ADR-043): an upload kept in the database is ingested as the
/// server ingests one, and a job run twice — a worker killed after its work committed and before the engine marked it
/// done — stores no document twice and raises no alert twice.</summary>
public class JobWorkTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;
    private readonly PipelinePool _pool;
    private readonly JobWork _work;

    public JobWorkTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="JobWorkTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected JobWorkTests(TestStore store)
    {
        _knowledge = new KnowledgeFixture(store: store);
        _pool = new PipelinePool(() => KnowledgeFixture.For(_knowledge.DatabasePath, _knowledge.Clock).Build());
        _work = new JobWork(_pool, Path.Combine(_knowledge.Files.Path, "uploads"), _knowledge.Clock);
    }

    public void Dispose()
    {
        _pool.Dispose();
        _knowledge.Dispose();
    }

    private string KeepSample(string file) =>
        JobWork.Keep(_knowledge.Store, Path.GetFileName(file), File.ReadAllBytes(file), _knowledge.Clock.GetUtcNow());

    private long Count(string table) => Convert.ToInt64(_knowledge.Sql.Scalar(null, $"SELECT COUNT(*) FROM {table}"));

    private static string[] Samples => Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Each_upload_job_run_twice_stores_its_documents_once_and_raises_each_alert_once()
    {
        var keys = Samples.Select(KeepSample).ToList();
        var first = keys.SelectMany(key => _work.IngestUpload(key, _ => { }, CancellationToken.None)).ToList();
        var documents = Count("kb_documents");
        var alerts = _knowledge.Alerts.List(includeAcknowledged: true).Select(a => (a.Id, a.Revision)).Order().ToList();
        Assert.All(first, o => Assert.Equal(IngestResult.Added, o.Result));
        Assert.NotEmpty(alerts); // the samples hold meetings with listed parties

        var again = keys.SelectMany(key => _work.IngestUpload(key, _ => { }, CancellationToken.None)).ToList();

        Assert.All(again, o => Assert.Equal(IngestResult.Unchanged, o.Result));
        Assert.Equal(documents, Count("kb_documents"));
        Assert.Equal(alerts, _knowledge.Alerts.List(includeAcknowledged: true).Select(a => (a.Id, a.Revision)).Order().ToList());
    }

    [Fact]
    public void An_upload_is_shown_by_its_upload_path_and_keeps_the_outcome_of_each_document()
    {
        var key = KeepSample(Samples[0]);
        var notes = new List<string>();
        var outcome = Assert.Single(_work.IngestUpload(key, notes.Add, CancellationToken.None));

        var upload = _knowledge.Store.Uploads.Find(key)!;
        Assert.Equal("ingested", upload.State);
        using var kept = JsonDocument.Parse(upload.Outcome!);
        Assert.Equal("uploads/" + key, kept.RootElement.GetProperty("path").GetString());
        var document = Assert.Single(kept.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(outcome.Key, document.GetProperty("key").GetString());
        Assert.Equal("added", document.GetProperty("result").GetString());
        Assert.Equal("uploads/" + key, outcome.Path);
        Assert.Equal(["reading", "document 1 of 1", "1 of 1 documents stored"], notes);
    }

    [Fact]
    public void An_upload_whose_documents_are_all_stored_lets_go_of_its_bytes_and_is_read_again_when_uploaded_again()
    {
        var key = KeepSample(Samples[0]);
        Assert.Equal(IngestResult.Added, Assert.Single(_work.IngestUpload(key, _ => { }, CancellationToken.None)).Result);
        var finished = _knowledge.Store.Uploads.Find(key)!;
        Assert.Equal("ingested", finished.State);
        Assert.Empty(finished.Bytes);

        // The engine runs the job again (its worker died before marking it done): the recorded documents, unchanged.
        Assert.Equal(IngestResult.Unchanged, Assert.Single(_work.IngestUpload(key, _ => { }, CancellationToken.None)).Result);
        Assert.Equal(finished.Outcome, _knowledge.Store.Uploads.Find(key)!.Outcome);

        // The same file uploaded again brings its bytes back, and they are read again.
        KeepSample(Samples[0]);
        Assert.Equal(new FileInfo(Samples[0]).Length, _knowledge.Store.Uploads.Find(key)!.Bytes.Length);
        Assert.Equal(IngestResult.Unchanged, Assert.Single(_work.IngestUpload(key, _ => { }, CancellationToken.None)).Result);
        Assert.Equal(1L, Count("kb_documents"));
    }

    [Fact]
    public void The_same_file_uploaded_twice_is_one_upload_queued_again()
    {
        var first = KeepSample(Samples[0]);
        _work.IngestUpload(first, _ => { }, CancellationToken.None);
        var second = KeepSample(Samples[0]);

        Assert.Equal(first, second);
        Assert.Equal("queued", _knowledge.Store.Uploads.Find(second)!.State);
        Assert.Equal(1L, Count("kb_uploads"));
    }

    [Fact]
    public void A_job_whose_upload_does_not_exist_fails_with_an_error_that_is_not_retried()
    {
        var error = Assert.Throws<JobInputException>(() => _work.IngestUpload("0000000000000000/missing.txt", _ => { }, CancellationToken.None));
        Assert.Contains("0000000000000000/missing.txt", error.Message);
    }

    [Fact]
    public async Task A_document_out_of_time_waiting_for_another_writer_fails_its_job_then_and_is_stored_when_the_job_runs_again()
    {
        var key = KeepSample(Samples[0]);
        var hurried = new JobWork(_pool, Path.Combine(_knowledge.Files.Path, "uploads"), _knowledge.Clock) { Limits = Sightline.Documents.DocumentLimits.Default with { TimeBudget = TimeSpan.FromSeconds(1) } };
        using var held = new ManualResetEventSlim();
        var jobEnded = new TaskCompletionSource();
        var otherWriter = Task.Run(() =>
        {
            using (_knowledge.Store.Begin()) // another writer's turn (a list import's re-screen), held until the job gives up
            {
                held.Set();
                return jobEnded.Task.Wait(TimeSpan.FromSeconds(60));
            }
        }, TestContext.Current.CancellationToken);
        held.Wait(TestContext.Current.CancellationToken);
        var job = Task.Run(() =>
        {
            try { return hurried.IngestUpload(key, _ => { }, CancellationToken.None); }
            finally { jobEnded.SetResult(); }
        }, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DocumentsOutOfTimeException>(() => job);
        Assert.True(await otherWriter, "the job gave up while the other writer still held its turn");
        Assert.Contains("1 of 1 documents", error.Message);
        Assert.Equal("queued", _knowledge.Sql.Scalar(null, "SELECT state FROM kb_uploads"));
        Assert.Equal(IngestResult.Added, Assert.Single(_work.IngestUpload(key, _ => { }, CancellationToken.None)).Result);
        Assert.Equal("ingested", _knowledge.Sql.Scalar(null, "SELECT state FROM kb_uploads"));
    }

    [Fact]
    public void A_pipeline_lent_again_ingests_within_the_time_budget_of_the_job_that_took_it()
    {
        var hurried = Sightline.Documents.DocumentLimits.Default with { TimeBudget = TimeSpan.FromSeconds(1) };
        using (var lease = _pool.Take()) Assert.Equal(hurried, lease.Ingestor(hurried).Limits);
        using (var lease = _pool.Take()) Assert.Equal(Sightline.Documents.DocumentLimits.Default, lease.Ingestor(Sightline.Documents.DocumentLimits.Default).Limits);
    }

    [Fact]
    public void A_rescreen_job_run_twice_raises_its_alerts_once()
    {
        foreach (var key in Samples.Select(KeepSample).ToList()) _work.IngestUpload(key, _ => { }, CancellationToken.None);
        var active = _knowledge.Lists.ActiveVersions()[0];
        _work.Rescreen(active.Id, null, _ => { });
        var alerts = _knowledge.Alerts.List(includeAcknowledged: true).Select(a => (a.Id, a.Revision)).Order().ToList();

        Assert.Equal(0, _work.Rescreen(active.Id, null, _ => { }));
        Assert.Equal(alerts, _knowledge.Alerts.List(includeAcknowledged: true).Select(a => (a.Id, a.Revision)).Order().ToList());
    }
}

/// <summary><see cref="JobWorkTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class JobWorkTestsOnPostgres() : JobWorkTests(TestStore.Postgres);
