using System.Text;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Alerts;

/// <summary>
/// Delivers queued alert revisions to webhooks: an HTTP POST of the alert as JSON, each request bounded by
/// <see cref="WebhookOptions.Timeout"/>. A failure (refused, timed out, not 2xx) is retried later with exponential
/// back-off; after <see cref="WebhookOptions.MaxAttempts"/> the delivery is dead (the dead letter keeps the last error).
/// Ingestion only writes the outbox, so a webhook that hangs or fails never holds up a document; this runs after a
/// batch, from <c>sightline alerts deliver</c>, or from the server.
/// </summary>
public sealed class WebhookDispatcher(KnowledgeStore store, HttpClient http, TimeProvider clock, WebhookOptions options)
{
    /// <summary>Sends every delivery that is due now, once; answers how many were delivered, failed and died.</summary>
    public async Task<DeliveryTally> DeliverDueAsync(CancellationToken cancel = default)
    {
        var alerts = store.Alerts;
        var tally = new DeliveryTally(0, 0, 0);
        foreach (var delivery in alerts.Due(AlertStore.Stamp(clock.GetUtcNow())))
        {
            var error = await SendAsync(delivery, cancel);
            var now = clock.GetUtcNow();
            var attempts = delivery.Attempts + 1;
            if (error is null)
            {
                alerts.Attempted(delivery, "delivered", attempts, null, AlertStore.Stamp(now), null);
                tally = tally with { Delivered = tally.Delivered + 1 };
            }
            else if (attempts >= options.MaxAttempts)
            {
                alerts.Attempted(delivery, "dead", attempts, error, null, null);
                tally = tally with { Dead = tally.Dead + 1 };
            }
            else
            {
                alerts.Attempted(delivery, "pending", attempts, error, null, AlertStore.Stamp(now + options.BackOff(attempts)));
                tally = tally with { Failed = tally.Failed + 1 };
            }
        }
        return tally;
    }

    /// <summary>The error of one attempt, or null when the receiver answered 2xx.</summary>
    private async Task<string?> SendAsync(DueDelivery delivery, CancellationToken cancel)
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
