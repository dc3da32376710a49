using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;

namespace Sightline.Alerts;

/// <summary>
/// Delivers queued alert revisions to webhooks: an HTTP POST of the alert as JSON, each request bounded by
/// <see cref="WebhookOptions.Timeout"/>. A failure (refused, timed out, not 2xx) is retried later with exponential
/// back-off; after <see cref="WebhookOptions.MaxAttempts"/> the delivery is dead (the dead letter keeps the last error).
/// Ingestion only writes the outbox, so a webhook that hangs or fails never holds up a document; this runs after a
/// batch, from <c>sightline alerts deliver</c>, or from the server.
/// </summary>
public sealed class WebhookDispatcher(SqliteConnection connection, HttpClient http, TimeProvider clock, WebhookOptions options)
{
    public WebhookDispatcher(KnowledgeStore store, HttpClient http, TimeProvider clock, WebhookOptions options) : this(store.Connection, http, clock, options) { }


    /// <summary>Sends every delivery that is due now, once; answers how many were delivered, failed and died.</summary>
    public async Task<DeliveryTally> DeliverDueAsync(CancellationToken cancel = default)
    {
        var due = connection.Query(null,
            """
            SELECT d.alert_id, d.revision, d.url, d.attempts, a.rule, a.summary, a.payload, a.raised_at, a.updated_at FROM alert_deliveries d
            JOIN alerts a ON a.id = d.alert_id WHERE d.state = 'pending' AND d.next_attempt_at <= $0 ORDER BY d.next_attempt_at, d.alert_id, d.revision
            """,
            r => new Due(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8)),
            AlertStore.Stamp(clock.GetUtcNow()));
        var tally = new DeliveryTally(0, 0, 0);
        foreach (var delivery in due)
        {
            var error = await SendAsync(delivery, cancel);
            var now = clock.GetUtcNow();
            var attempts = delivery.Attempts + 1;
            if (error is null)
            {
                connection.Run(null, "UPDATE alert_deliveries SET state = 'delivered', attempts = $3, delivered_at = $4, last_error = NULL WHERE alert_id = $0 AND revision = $1 AND url = $2",
                    delivery.AlertId, delivery.Revision, delivery.Url, attempts, AlertStore.Stamp(now));
                tally = tally with { Delivered = tally.Delivered + 1 };
            }
            else if (attempts >= options.MaxAttempts)
            {
                connection.Run(null, "UPDATE alert_deliveries SET state = 'dead', attempts = $3, last_error = $4 WHERE alert_id = $0 AND revision = $1 AND url = $2",
                    delivery.AlertId, delivery.Revision, delivery.Url, attempts, error);
                tally = tally with { Dead = tally.Dead + 1 };
            }
            else
            {
                connection.Run(null, "UPDATE alert_deliveries SET attempts = $3, last_error = $4, next_attempt_at = $5 WHERE alert_id = $0 AND revision = $1 AND url = $2",
                    delivery.AlertId, delivery.Revision, delivery.Url, attempts, error, AlertStore.Stamp(now + options.BackOff(attempts)));
                tally = tally with { Failed = tally.Failed + 1 };
            }
        }
        return tally;
    }

    /// <summary>The error of one attempt, or null when the receiver answered 2xx.</summary>
    private async Task<string?> SendAsync(Due delivery, CancellationToken cancel)
    {
        var body = $$"""{"id":"{{delivery.AlertId}}","revision":{{delivery.Revision}},"rule":"{{delivery.Rule}}","raised_at":"{{delivery.RaisedAt}}","updated_at":"{{delivery.UpdatedAt}}","summary":{{System.Text.Json.JsonSerializer.Serialize(delivery.Summary)}},"alert":{{delivery.Payload}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"{delivery.AlertId}.{delivery.Revision}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return $"no answer within {options.Timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }

    private sealed record Due(string AlertId, int Revision, string Url, int Attempts, string Rule, string Summary, string Payload, string RaisedAt, string UpdatedAt);
}

/// <summary>How webhook deliveries are made: the time one request may take, how many attempts before a delivery is
/// dead, and the wait before retry n (<see cref="FirstRetry"/> times 4^(n-1): 30 s, 2 min, 8 min, 32 min, …).</summary>
public sealed record WebhookOptions(TimeSpan Timeout, int MaxAttempts, TimeSpan FirstRetry)
{
    public static WebhookOptions Default { get; } = new(TimeSpan.FromSeconds(10), 6, TimeSpan.FromSeconds(30));

    public TimeSpan BackOff(int attemptsMade) => FirstRetry * Math.Pow(4, attemptsMade - 1);
}

public sealed record DeliveryTally(int Delivered, int Failed, int Dead);

/// <summary>One alert revision's delivery to one webhook: <c>pending</c>, <c>delivered</c> or <c>dead</c>.</summary>
public sealed record DeliveryState(string AlertId, int Revision, string Url, string State, int Attempts, DateTimeOffset NextAttempt, string? LastError);
