using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Alerts;

/// <summary>
/// Stores alerts and queues their delivery (the outbox <c>alert_deliveries</c>: one row per alert revision and
/// configured webhook). Raising is idempotent: the same rule, subject and payload again changes nothing; a changed
/// payload raises the revision, clears the acknowledgement (there is news) and queues the new revision, which supersedes
/// a pending delivery of an earlier one: an alert raised and updated by a whole batch is delivered once (ADR-029).
/// </summary>
public sealed class AlertStore(KnowledgeStore store, TimeProvider clock)
{
    private readonly IAlertStore _alerts = store.Alerts;

    /// <summary>Raises or updates the alert of <paramref name="rule"/> about <paramref name="subject"/> in
    /// <paramref name="work"/>; answers whether anything changed.</summary>
    public bool Raise(IKnowledgeUnitOfWork work, string rule, string subject, string summary, string payload)
    {
        var now = Stamp(clock.GetUtcNow());
        var id = IdOf(rule, subject);
        var held = _alerts.Held(work, id);
        int revision;
        if (held is null)
        {
            revision = 1;
            _alerts.Insert(work, id, rule, subject, summary, payload, now);
        }
        else
        {
            if (held.Value.Payload == payload) return false;
            revision = held.Value.Revision + 1;
            _alerts.Revise(work, id, summary, payload, revision, now);
        }
        _alerts.QueueDeliveries(work, id, revision, now);
        return true;
    }

    /// <summary>Raises or updates an alert in a unit of work of its own.</summary>
    public bool Raise(string rule, string subject, string summary, string payload)
    {
        using var work = store.Begin();
        var changed = Raise(work, rule, subject, summary, payload);
        work.Commit();
        return changed;
    }

    /// <summary>Alerts, most recently updated first; acknowledged ones only when asked for.</summary>
    public List<Alert> List(bool includeAcknowledged = false, int limit = 0) =>
        List(new AlertQuery { State = includeAcknowledged ? AlertState.All : AlertState.Open, Limit = limit });

    /// <summary>The alerts <paramref name="query"/> selects (by rule, state, day and document), most recently updated first.</summary>
    public List<Alert> List(AlertQuery query) => _alerts.Alerts(query).Select(Of).ToList();

    public Alert? Find(string id) => _alerts.Alert(id) is { } row ? Of(row) : null;

    /// <summary>Marks an alert as seen by <paramref name="user"/>; false when there is no such alert.</summary>
    public bool Acknowledge(string id, string user) => _alerts.Acknowledge(id, user, Stamp(clock.GetUtcNow()));

    /// <summary>Puts an entity on the watch list (the watch rules of <see cref="MeetingAlerts"/>); answers its name.</summary>
    public string Watch(string entityId, string user) =>
        _alerts.Watch(entityId, user, Stamp(clock.GetUtcNow())) ?? throw new ArgumentException($"no entity {entityId}");

    /// <summary>Takes an entity off the watch list; false when it was not on it.</summary>
    public bool Unwatch(string entityId) => _alerts.Unwatch(entityId);

    /// <summary>Adds a webhook (or replaces the secret and setting of a known one) and answers its new signing secret,
    /// which is shown only now. Without <paramref name="allowPrivate"/> an address that is or resolves to a loopback,
    /// private or link-local address is refused (<see cref="WebhookTargets"/>).</summary>
    public string AddWebhook(string url, bool allowPrivate = false)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{url}' is not an http or https address");
        if (!allowPrivate && WebhookTargets.RefusalOf(uri) is { } why)
            throw new ArgumentException($"refused {url}: {why}; webhooks go to public addresses only (--allow-private allows a private receiver)");
        var secret = WebhookSignature.NewSecret();
        _alerts.AddWebhook(uri.ToString(), secret, allowPrivate, Stamp(clock.GetUtcNow()));
        return secret;
    }

    /// <summary>Removes a webhook; its pending deliveries become dead letters ("webhook removed").</summary>
    public bool RemoveWebhook(string url)
    {
        var normalised = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.ToString() : url;
        return _alerts.RemoveWebhook([url, normalised]);
    }

    /// <summary>The webhooks by address, with whether each may reach private addresses.</summary>
    public List<WebhookRow> Webhooks() => _alerts.Webhooks().ToList();

    /// <summary>Every delivery with its state, attempts, next attempt and last error.</summary>
    public List<DeliveryState> Deliveries() =>
        _alerts.Deliveries().Select(d => new DeliveryState(d.AlertId, d.Revision, d.Url, d.State, d.Attempts, Parse(d.NextAttemptAt), d.LastError)).ToList();

    /// <summary>The id of the alert of a rule about a subject: <c>A-</c> and a hash of both.</summary>
    public static string IdOf(string rule, string subject) =>
        "A-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rule + "\u001f" + subject)))[..12];

    internal static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Alert Of(AlertRow r) => new(r.Id, r.Rule, r.Subject, r.Summary, r.Payload, r.Revision, Parse(r.RaisedAt), Parse(r.UpdatedAt),
        r.AcknowledgedBy, r.AcknowledgedAt is { } at ? Parse(at) : null);

    private static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture);
}
