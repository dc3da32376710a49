using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;

namespace Sightline.Alerts;

/// <summary>
/// Stores alerts and queues their delivery (the outbox <c>alert_deliveries</c>: one row per alert revision and
/// configured webhook). Raising is idempotent: the same rule, subject and payload again changes nothing; a changed
/// payload raises the revision, clears the acknowledgement (there is news) and queues the new revision.
/// </summary>
public sealed class AlertStore(SqliteConnection connection, TimeProvider clock)
{
    public AlertStore(KnowledgeStore store, TimeProvider clock) : this(store.Connection, clock) { }


    /// <summary>Raises or updates the alert of <paramref name="rule"/> about <paramref name="subject"/>; answers whether
    /// anything changed.</summary>
    public bool Raise(string rule, string subject, string summary, string payload)
    {
        var now = Stamp(clock.GetUtcNow());
        var id = IdOf(rule, subject);
        var held = connection.Query(null, "SELECT payload, revision FROM alerts WHERE id = $0", r => (Payload: r.GetString(0), Revision: r.GetInt32(1)), id);
        int revision;
        if (held.Count == 0)
        {
            revision = 1;
            connection.Run(null, "INSERT INTO alerts (id, rule, subject, summary, payload, revision, raised_at, updated_at) VALUES ($0, $1, $2, $3, $4, 1, $5, $5)",
                id, rule, subject, summary, payload, now);
        }
        else
        {
            if (held[0].Payload == payload) return false;
            revision = held[0].Revision + 1;
            connection.Run(null, "UPDATE alerts SET summary = $1, payload = $2, revision = $3, updated_at = $4, acknowledged_by = NULL, acknowledged_at = NULL WHERE id = $0",
                id, summary, payload, revision, now);
        }
        connection.Run(null,
            "INSERT OR IGNORE INTO alert_deliveries (alert_id, revision, url, state, attempts, next_attempt_at) SELECT $0, $1, url, 'pending', 0, $2 FROM webhooks",
            id, revision, now);
        return true;
    }

    /// <summary>Alerts, most recently updated first; acknowledged ones only when asked for.</summary>
    public List<Alert> List(bool includeAcknowledged = false, int limit = 0) =>
        connection.Query(null,
            "SELECT id, rule, subject, summary, payload, revision, raised_at, updated_at, acknowledged_by, acknowledged_at FROM alerts" +
            (includeAcknowledged ? "" : " WHERE acknowledged_at IS NULL") + " ORDER BY updated_at DESC, id" + (limit > 0 ? $" LIMIT {limit}" : ""),
            Read);

    public Alert? Find(string id) =>
        connection.Query(null, "SELECT id, rule, subject, summary, payload, revision, raised_at, updated_at, acknowledged_by, acknowledged_at FROM alerts WHERE id = $0", Read, id)
            .FirstOrDefault();

    /// <summary>Marks an alert as seen by <paramref name="user"/>; false when there is no such alert.</summary>
    public bool Acknowledge(string id, string user) =>
        connection.Run(null, "UPDATE alerts SET acknowledged_by = $1, acknowledged_at = $2 WHERE id = $0", id, user, Stamp(clock.GetUtcNow())) > 0;

    /// <summary>Puts an entity on the watch list (the watch rules of <see cref="MeetingAlerts"/>); answers its name.</summary>
    public string Watch(string entityId, string user)
    {
        var name = connection.Scalar(null, "SELECT name FROM kb_entities WHERE id = $0", entityId) as string
                   ?? throw new ArgumentException($"no entity {entityId}");
        connection.Run(null, "INSERT OR IGNORE INTO kb_watches (entity_id, name, user, added_at) VALUES ($0, $1, $2, $3)", entityId, name, user, Stamp(clock.GetUtcNow()));
        return name;
    }

    /// <summary>Takes an entity off the watch list; false when it was not on it.</summary>
    public bool Unwatch(string entityId) => connection.Run(null, "DELETE FROM kb_watches WHERE entity_id = $0", entityId) > 0;

    public void AddWebhook(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{url}' is not an http or https address");
        connection.Run(null, "INSERT OR IGNORE INTO webhooks (url, added_at) VALUES ($0, $1)", uri.ToString(), Stamp(clock.GetUtcNow()));
    }

    /// <summary>Removes a webhook; its pending deliveries become dead letters ("webhook removed").</summary>
    public bool RemoveWebhook(string url)
    {
        var normalised = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.ToString() : url;
        connection.Run(null, "UPDATE alert_deliveries SET state = 'dead', last_error = 'webhook removed' WHERE state = 'pending' AND url IN ($0, $1)", url, normalised);
        return connection.Run(null, "DELETE FROM webhooks WHERE url IN ($0, $1)", url, normalised) > 0;
    }

    public List<string> Webhooks() => connection.Query(null, "SELECT url FROM webhooks ORDER BY url", r => r.GetString(0));

    /// <summary>Every delivery with its state, attempts, next attempt and last error.</summary>
    public List<DeliveryState> Deliveries() =>
        connection.Query(null, "SELECT alert_id, revision, url, state, attempts, next_attempt_at, last_error FROM alert_deliveries ORDER BY next_attempt_at, alert_id, revision, url",
            r => new DeliveryState(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt32(4), DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.Text(6)));

    /// <summary>The id of the alert of a rule about a subject: <c>A-</c> and a hash of both.</summary>
    public static string IdOf(string rule, string subject) =>
        "A-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rule + "\u001f" + subject)))[..12];

    internal static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Alert Read(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5),
        DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture), DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture),
        r.Text(8), r.Text(9) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null);
}
