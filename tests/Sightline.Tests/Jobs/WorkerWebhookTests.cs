using Sightline.Alerts;
using Sightline.Jobs;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>Webhook delivery as a job (ADR-043): reports queued for ingestion raise alerts in a <c>sightline worker</c>
/// process, which queues a delivery round and runs it: a real receiver on loopback gets each alert (in its last revision
/// when a later one superseded the first before it was sent), each revision once, signed.</summary>
[Trait("Store", "Postgres")]
[Trait("Speed", "Slow")]
public sealed class WorkerWebhookTests : IAsyncDisposable
{
    private readonly KnowledgeFixture _knowledge = new(store: TestStore.Postgres);
    private readonly LocalWebhookReceiver _receiver = new();
    private SightlineProcess? _worker;

    [Fact]
    public async Task A_worker_delivers_the_alerts_of_a_queued_ingestion_to_a_receiver_on_loopback()
    {
        var cancel = TestContext.Current.CancellationToken;
        var secret = _knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        var jobs = JobEngine.Open(_knowledge.DatabasePath);
        foreach (var file in Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal))
            jobs.IngestUpload(JobWork.Keep(_knowledge.Store, Path.GetFileName(file), File.ReadAllBytes(file), _knowledge.Clock.GetUtcNow()));

        _worker = SightlineProcess.Start("worker", _knowledge.DatabasePath, _knowledge.Files.File("data-worker"), "worker", "--workers", "2");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(jobs.Board(1) is { Enqueued: 0, Processing: 0, Succeeded: > 0 } && _knowledge.Alerts.Deliveries() is { Count: > 0 } deliveries && deliveries.All(d => d.State is "delivered" or "superseded")))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the worker did not deliver every alert within 3 minutes:\n{_worker.Printed}\n{string.Join("\n", _knowledge.Alerts.Deliveries())}");
            await Task.Delay(250, cancel);
        }

        var alerts = _knowledge.Alerts.List(includeAcknowledged: true);
        Assert.NotEmpty(alerts);
        Assert.Equal(0, jobs.Board(1).Failed);
        var received = _receiver.Received.ToList();
        Assert.Equal(alerts.Select(a => a.Id).Order(StringComparer.Ordinal), received.Select(r => JsonDocumentId(r.Body)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(received.Count, received.Select(r => r.IdempotencyKey).Distinct().Count()); // no revision sent twice
        Assert.All(received, r => Assert.Equal(WebhookSignature.Sign(secret, long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), r.Bytes), r.Signature));
    }

    private static string JsonDocumentId(string body) => System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null) await _worker.DisposeAsync();
        _receiver.Dispose();
        _knowledge.Dispose();
    }
}
