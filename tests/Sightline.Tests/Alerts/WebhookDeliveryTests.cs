using System.Text.Json;
using Sightline.Alerts;
using Sightline.Tests.Support;

namespace Sightline.Tests.Alerts;

/// <summary>Alert delivery to a real local receiver that fails, hangs and recovers: retries with back-off, a dead letter
/// after the last attempt, and ingestion that never waits on a webhook. The receiver is on loopback, so its hooks are
/// added with private targets allowed.</summary>
public class WebhookDeliveryTests : IDisposable
{
    private static readonly WebhookOptions Options = new(TimeSpan.FromMilliseconds(500), MaxAttempts: 4, FirstRetry: TimeSpan.FromSeconds(30));
    private readonly KnowledgeFixture _knowledge;
    private readonly LocalWebhookReceiver _receiver = new();
    private readonly WebhookDispatcher _dispatcher;

    public WebhookDeliveryTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="WebhookDeliveryTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected WebhookDeliveryTests(TestStore store)
    {
        _knowledge = new KnowledgeFixture(store: store);
        _dispatcher = new(_knowledge.Store, _knowledge.Clock, Options);
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        _receiver.Dispose();
        _knowledge.Dispose();
    }

    private Task<DeliveryTally> DeliverAsync() => _dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);

    private string RaiseOne()
    {
        _knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        Assert.True(_knowledge.Alerts.Raise(AlertRules.WatchedMention, "P-1 doc", "Someone is mentioned", """{"rule":"watched-mention"}"""));
        return AlertStore.IdOf(AlertRules.WatchedMention, "P-1 doc");
    }

    [Fact]
    public async Task A_failing_then_hanging_receiver_is_retried_with_back_off_until_it_recovers()
    {
        var id = RaiseOne();
        _receiver.Answer = LocalWebhookReceiver.Mode.Fail;
        Assert.Equal(new DeliveryTally(0, 1, 0), await DeliverAsync());
        var state = Assert.Single(_knowledge.Alerts.Deliveries());
        Assert.Equal(("pending", 1, "HTTP 500 Internal Server Error"), (state.State, state.Attempts, state.LastError));
        Assert.Equal(_knowledge.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), state.NextAttempt);

        // Not yet due: nothing is sent.
        _knowledge.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(new DeliveryTally(0, 0, 0), await DeliverAsync());

        _receiver.Answer = LocalWebhookReceiver.Mode.Hang;
        _knowledge.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DeliveryTally(0, 1, 0), await DeliverAsync());
        state = Assert.Single(_knowledge.Alerts.Deliveries());
        Assert.Equal((2, "no answer within 0.5 s"), (state.Attempts, state.LastError));
        Assert.Equal(_knowledge.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), state.NextAttempt);

        _receiver.Answer = LocalWebhookReceiver.Mode.Accept;
        _knowledge.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new DeliveryTally(1, 0, 0), await DeliverAsync());
        Assert.Equal("delivered", Assert.Single(_knowledge.Alerts.Deliveries()).State);

        var last = _receiver.Received.Last();
        using var json = JsonDocument.Parse(last.Body);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("watched-mention", json.RootElement.GetProperty("alert").GetProperty("rule").GetString());
        Assert.Equal($"{id}.1", last.IdempotencyKey);
        Assert.Equal(3, _receiver.Received.Count);
        Assert.Equal(new DeliveryTally(0, 0, 0), await DeliverAsync()); // delivered once, never again
    }

    [Fact]
    public async Task A_receiver_that_never_recovers_leaves_a_dead_letter_with_its_last_error()
    {
        RaiseOne();
        _receiver.Answer = LocalWebhookReceiver.Mode.Fail;
        for (var attempt = 1; attempt < Options.MaxAttempts; attempt++)
        {
            Assert.Equal(new DeliveryTally(0, 1, 0), await DeliverAsync());
            _knowledge.Clock.Advance(Options.BackOff(attempt));
        }
        Assert.Equal(new DeliveryTally(0, 0, 1), await DeliverAsync());
        var dead = Assert.Single(_knowledge.Alerts.Deliveries());
        Assert.Equal(("dead", Options.MaxAttempts, "HTTP 500 Internal Server Error"), (dead.State, dead.Attempts, dead.LastError));
        _knowledge.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DeliveryTally(0, 0, 0), await DeliverAsync());
    }

    [Fact]
    public async Task Ingestion_with_a_hanging_webhook_stores_every_document_and_queues_the_alerts()
    {
        _knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        _receiver.Answer = LocalWebhookReceiver.Mode.Hang;
        var outcomes = _knowledge.IngestSamples();
        Assert.All(outcomes, o => Assert.Equal(Sightline.Knowledge.Ingest.IngestResult.Added, o.Result));
        Assert.Empty(_receiver.Received); // ingestion only writes the outbox
        var queued = _knowledge.Alerts.Deliveries();
        var pending = queued.Where(d => d.State == "pending").ToList();
        Assert.NotEmpty(pending);
        // An alert the batch raised and then updated is sent once, in its last revision; the earlier one is superseded.
        Assert.Equal(pending.Count, pending.Select(d => d.AlertId).Distinct().Count());
        Assert.Contains(pending, d => d.Revision == 2);
        Assert.All(queued.Where(d => d.State != "pending"), d => Assert.Equal(("superseded", "superseded by revision 2"), (d.State, d.LastError)));
        Assert.Contains(queued, d => d.State == "superseded");

        var tally = await DeliverAsync();
        Assert.Equal(pending.Count, tally.Failed);
        Assert.All(_knowledge.Alerts.Deliveries().Where(d => d.State == "pending"), d => Assert.Equal("no answer within 0.5 s", d.LastError));
    }

    [Fact]
    public async Task An_alert_updated_by_every_document_of_a_batch_is_posted_once_in_its_last_revision()
    {
        var id = RaiseOne();
        for (var report = 2; report <= 6; report++)
            Assert.True(_knowledge.Alerts.Raise(AlertRules.WatchedMention, "P-1 doc", $"Someone is mentioned in {report} reports", $$"""{"reports":{{report}}}"""));
        Assert.Equal(new DeliveryTally(1, 0, 0), await DeliverAsync());
        Assert.Equal($"{id}.6", Assert.Single(_receiver.Received).IdempotencyKey);
        Assert.Equal(5, _knowledge.Alerts.Deliveries().Count(d => d.State == "superseded"));

        // News after the delivery is delivered again, once.
        Assert.True(_knowledge.Alerts.Raise(AlertRules.WatchedMention, "P-1 doc", "Someone is mentioned in 7 reports", """{"reports":7}"""));
        Assert.Equal(new DeliveryTally(1, 0, 0), await DeliverAsync());
        Assert.Equal($"{id}.7", _receiver.Received.Last().IdempotencyKey);
        Assert.Equal("delivered", _knowledge.Alerts.Deliveries().Single(d => d.Revision == 6).State);
    }

    [Fact]
    public void A_removed_webhook_gets_no_more_attempts()
    {
        RaiseOne();
        Assert.True(_knowledge.Alerts.RemoveWebhook(_receiver.Url));
        Assert.Equal(("dead", "webhook removed"), (Assert.Single(_knowledge.Alerts.Deliveries()).State, Assert.Single(_knowledge.Alerts.Deliveries()).LastError));
    }
}

/// <summary><see cref="WebhookDeliveryTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class WebhookDeliveryTestsOnPostgres() : WebhookDeliveryTests(TestStore.Postgres);
