using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sightline.Jobs;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>
/// The deployment of issue 21 on loopback, in its reduced form: two <c>sightline serve --queue</c> nodes and two
/// <c>sightline worker</c> processes on one PostgreSQL database. Generated reports are uploaded through both nodes
/// while a client screens names through both; one worker is SIGKILLed halfway; a list imported through one node is
/// screened by the other. Every report ends ingested once, the alerts are those of one serial ingest of the same
/// reports in the order the deployment stored them, no screening request fails, and the other node answers with the new list within a bounded wait.
/// <c>bench/loopback.sh</c> runs the same scenario at full size.
/// </summary>
/// <remarks>It runs on its own, after the tests that run in parallel (<see cref="AloneCollection"/>): its six processes
/// share the machine's cores, and beside the rest of the suite on a 2-core machine a document's wait for the writer's turn
/// ran past its time budget often enough for the retries to take longer than the wait below.</remarks>
[Trait("Store", "Postgres")]
[Trait("Speed", "Slow")]
[Collection(AloneCollection.Name)]
public sealed partial class LoopbackDeploymentTests : IAsyncDisposable
{
    private const int Reports = 100;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ListReachesOtherNode = TimeSpan.FromSeconds(30);

    /// <summary>The screening client's pause between requests: about 20 a second through each node, a desk screening
    /// while the reports come in. Unpaused, the two clients sent some 110,000 requests, which took half the test's CPU
    /// and slowed the ingestion they are there to run beside.</summary>
    private static readonly TimeSpan ScreeningPause = TimeSpan.FromMilliseconds(50);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly KnowledgeFixture _deployment = new(store: TestStore.Postgres);
    private readonly KnowledgeFixture _serial = new();
    private readonly List<SightlineProcess> _processes = [];
    private readonly List<HttpClient> _clients = [];

    [GeneratedRegex(@"sl_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();

    [Fact]
    public async Task Two_nodes_and_two_workers_one_killed_ingest_every_report_once_while_both_nodes_screen()
    {
        var corpus = _deployment.Files.File("corpus");
        var entries = _deployment.Lists.ActiveVersions().SelectMany(v => _deployment.Lists.Entries(v.Id)).ToList();
        new ReportGenerator(entries, seed: 21).Write(corpus, Reports);
        var files = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToList();

        var key = await AdminKey();
        var (first, firstClient) = await StartNode("first");
        var (second, secondClient) = await StartNode("second");
        var doomed = StartWorker("a");
        StartWorker("b");

        using var stopScreening = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var names = entries.Where(e => e.Schema == EntrySchema.Person).Select(e => e.Name).Take(50).ToList();
        var screening = new[] { firstClient, secondClient }.Select(node => Screen(node, names, stopScreening.Token)).ToList();

        var uploads = files.Select((file, i) => Upload(i % 2 == 0 ? firstClient : secondClient, key, file));
        foreach (var batch in uploads.Chunk(4)) await Task.WhenAll(batch.Select(upload => upload()));

        var jobs = JobEngine.Open(_deployment.DatabasePath);
        await Until(() => Count("SELECT COUNT(*) FROM kb_uploads WHERE state <> 'queued'") >= Reports / 2
            && jobs.Board(50).Jobs.Any(j => j.State == "processing" && j.Worker?.Contains($":{doomed.Process.Id}:", StringComparison.Ordinal) == true),
            "half the reports ingested and the doomed worker in a job");
        doomed.Kill();

        // A list imported through the first node is screened by the second within the bound.
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("""{"id": "LB-1", "schema": "Person", "properties": {"name": ["Ottoline Varga Seddon"], "topics": ["sanction"]}}""" + "\n"), "file", "xx_loopback.ftm.json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/lists") { Content = form };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var imported = await firstClient.SendAsync(request, Cancel);
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(Cancel));
        }
        var until = DateTime.UtcNow + ListReachesOtherNode;
        while (!await Answers(secondClient, "Ottoline Varga Seddon", "xx_loopback:LB-1"))
        {
            Assert.True(DateTime.UtcNow < until, $"the second node did not screen the list imported through the first within {ListReachesOtherNode.TotalSeconds} s:\n{second.Printed}");
            await Task.Delay(100, Cancel);
        }

        // A job whose documents ran out of time waits for its retry neither enqueued nor processing: wait for the outcome.
        await Until(() => jobs.Board(1) is { Enqueued: 0, Processing: 0 } board && (Count("SELECT COUNT(*) FROM kb_uploads WHERE state = 'ingested'") == Reports || board.Failed > 0),
            "every queued upload ingested");
        await stopScreening.CancelAsync();
        var screened = await Task.WhenAll(screening);

        Assert.Equal(0, jobs.Board(1).Failed);
        // The node that imported the list serves it from its own import, and does not build it again on its notice.
        Assert.DoesNotContain("Lists reloaded", first.Printed, StringComparison.Ordinal);
        Assert.Equal((long)Reports, Count("SELECT COUNT(*) FROM kb_documents WHERE status = 'ingested'"));
        Assert.Equal((long)Reports, Count("SELECT COUNT(DISTINCT version) FROM kb_documents"));
        Assert.Equal((long)Reports, Count("SELECT COUNT(*) FROM kb_uploads WHERE state = 'ingested'"));
        // Resolution and event ids depend on the order reports are stored in (an event is named after its first claim):
        // the reference is one serial ingest in the order the deployment stored them, taken in the writer's turn.
        var stored = _deployment.Sql.Query(null, "SELECT path FROM kb_documents WHERE status = 'ingested' ORDER BY ingested_at, key", r => r.GetString(0));
        Assert.All(_serial.Ingestor.IngestFiles(stored.Select(path => Path.Combine(corpus, Path.GetFileName(path))), Cancel), o => Assert.Equal(IngestResult.Added, o.Result));
        var expectedAlerts = Alerts(_serial);
        Assert.NotEmpty(expectedAlerts);
        Assert.Equal(Convert.ToInt64(_serial.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_claims")), Count("SELECT COUNT(*) FROM kb_claims"));
        var alerts = Alerts(_deployment);
        Assert.Equal(alerts.Count, alerts.Distinct().Count());
        Assert.Equal(expectedAlerts, alerts);
        Assert.All(screened, s => Assert.True(s.Answered > 0 && s.Failures.Count == 0,
            $"{s.Answered} screening requests answered; failures: {string.Join("; ", s.Failures.Take(5))}"));
    }

    /// <summary>Screens the names in turn through <paramref name="node"/>, pausing between requests, until stopped; answers how many requests were
    /// answered 200 and what each other answer or error was.</summary>
    private static async Task<(int Answered, List<string> Failures)> Screen(HttpClient node, List<string> names, CancellationToken stop)
    {
        var (answered, failures) = (0, new List<string>());
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = await node.PostAsJsonAsync("/match/default", Query(names[i % names.Count]), stop);
                if (response.StatusCode == HttpStatusCode.OK) answered++;
                else failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(stop)}");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (HttpRequestException e) { failures.Add(e.Message); }
            try { await Task.Delay(ScreeningPause, stop); }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        }
        return (answered, failures);
    }

    /// <summary>An upload through a node as a client sends it: answered 202 with its job; a 503 (another writer held the
    /// database past the server's wait) is sent again after its <c>Retry-After</c>.</summary>
    private static Func<Task> Upload(HttpClient node, string key, string file) => async () =>
    {
        while (true)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file, Cancel)), "file", Path.GetFileName(file));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = form };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await node.SendAsync(request, Cancel);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), Cancel);
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
            return;
        }
    };

    private static async Task<bool> Answers(HttpClient node, string name, string id)
    {
        using var response = await node.PostAsJsonAsync("/match/default", Query(name), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("responses").GetProperty("q").GetProperty("results")
            .EnumerateArray().Any(r => r.GetProperty("id").GetString() == id);
    }

    private static object Query(string name) => new
    {
        queries = new Dictionary<string, object> { ["q"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = [name] } } },
    };

    /// <summary>An admin key made with <c>sightline keys add</c>: it uploads reports and imports lists.</summary>
    private async Task<string> AdminKey()
    {
        var added = await InProcessCli.RunAsync("--db", _deployment.DatabasePath, "keys", "add", "Loopback Desk", "--role", "admin", "--user", "desk-admin");
        Assert.True(added.ExitCode == 0, added.Error);
        return Secret().Match(added.Output).Value;
    }

    private async Task<(SightlineProcess, HttpClient)> StartNode(string name)
    {
        var (node, client) = await SightlineProcess.StartNodeAsync(name, _deployment.DatabasePath, _deployment.Files.File("data-" + name), Patience, Cancel, "--queue");
        _processes.Add(node);
        _clients.Add(client);
        return (node, client);
    }

    /// <summary>A worker whose dead jobs are taken up by the other after 5 seconds.</summary>
    private SightlineProcess StartWorker(string name)
    {
        var worker = SightlineProcess.Start(name, _deployment.DatabasePath, _deployment.Files.File("data-" + name), "worker", "--workers", "2", "--dead-worker-after", "5");
        _processes.Add(worker);
        return worker;
    }

    private long Count(string sql) => Convert.ToInt64(_deployment.Sql.Scalar(null, sql));

    /// <summary>Each alert's rule and id, in ordinal order.</summary>
    private static List<string> Alerts(KnowledgeFixture knowledge) =>
        knowledge.Alerts.List(includeAcknowledged: true).Select(a => $"{a.Rule} {a.Id}").Order(StringComparer.Ordinal).ToList();

    private async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within 10 minutes: {what}\n{string.Join("\n", _processes.Select(p => $"{p.Name}: {p.Printed}"))}");
            await Task.Delay(250, Cancel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var process in _processes) await process.DisposeAsync();
        _serial.Dispose();
        _deployment.Dispose();
    }
}
