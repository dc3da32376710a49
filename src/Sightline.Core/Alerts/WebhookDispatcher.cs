using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Alerts;

/// <summary>
/// Delivers queued alert revisions to webhooks: an HTTP POST of the alert as JSON (<see cref="WebhookBody"/>), signed
/// with the hook's secret (<see cref="WebhookSignature"/>), each request bounded by <see cref="WebhookOptions.Timeout"/>.
/// Requests go only to public addresses unless the hook allows private ones (<see cref="WebhookTargets"/>), and a
/// redirect is never followed: it is a failed attempt naming the status and the Location. A failure (refused, timed
/// out, not 2xx) is retried later with exponential back-off; after <see cref="WebhookOptions.MaxAttempts"/> the
/// delivery is dead (the dead letter keeps the last error). Ingestion only writes the outbox, so a webhook that hangs
/// or fails never holds up a document; this runs after a batch, from <c>sightline alerts deliver</c>, or from the server.
/// </summary>
public sealed class WebhookDispatcher(KnowledgeStore store, TimeProvider clock, WebhookOptions options) : IDisposable
{
    private readonly HttpClient _public = Client(allowPrivate: false);
    private readonly Lazy<HttpClient> _private = new(() => Client(allowPrivate: true));

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

    public void Dispose()
    {
        _public.Dispose();
        if (_private.IsValueCreated) _private.Value.Dispose();
    }

    /// <summary>The error of one attempt, or null when the receiver answered 2xx.</summary>
    private async Task<string?> SendAsync(DueDelivery delivery, CancellationToken cancel)
    {
        var body = WebhookBody.Of(delivery);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = content };
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"{delivery.AlertId}.{delivery.Revision}");
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(delivery.Secret, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var http = delivery.AllowPrivate ? _private.Value : _public;
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
                return $"HTTP {status} {response.ReasonPhrase} to {response.Headers.Location?.ToString() ?? "no Location"} (redirects are not followed)";
            return response.IsSuccessStatusCode ? null : $"HTTP {status} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return $"no answer within {options.Timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException e)
        {
            return e.InnerException switch
            {
                WebhookTargetRefusedException refused => refused.Message,
                { } inner when !e.Message.Contains(inner.Message, StringComparison.Ordinal) => $"{e.Message} {inner.Message}",
                _ => e.Message,
            };
        }
    }

    private static HttpClient Client(bool allowPrivate)
    {
        var http = new HttpClient(WebhookTargets.Handler(allowPrivate)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Sightline/0.1 (+alert webhook)");
        return http;
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

/// <summary>One alert revision's delivery to one webhook: <c>pending</c>, <c>delivered</c>, <c>dead</c>, or <c>superseded</c>
/// by a later revision queued before it was delivered.</summary>
public sealed record DeliveryState(string AlertId, int Revision, string Url, string State, int Attempts, DateTimeOffset NextAttempt, string? LastError);
