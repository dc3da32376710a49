using System.Data.Common;
using System.Globalization;
using Dapper;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IAlertStore"/> on the alert and knowledge-base tables, in SQL both databases read alike (ADR-045).
/// What the alert rules run after every stored report goes through <see cref="RelationalConnection.Statements"/>.</summary>
internal sealed class RelationalAlertStore(RelationalConnection db) : IAlertStore
{
    private readonly DbConnection connection = db.Connection;

    private const string AlertColumns =
        "id AS Id, rule AS Rule, subject AS Subject, summary AS Summary, payload AS Payload, revision AS Revision, raised_at AS RaisedAt, " +
        "updated_at AS UpdatedAt, acknowledged_by AS AcknowledgedBy, acknowledged_at AS AcknowledgedAt";

    private DbTransaction In(IKnowledgeUnitOfWork work) => db.In(work)!;

    public (string Payload, int Revision)? Held(IKnowledgeUnitOfWork work, string alertId) =>
        db.Statements.Row<HeldRow>(In(work), "SELECT payload AS Payload, revision AS Revision FROM alerts WHERE id = @alertId", new { alertId })
            is { } held ? (held.Payload, held.Revision) : null;

    public void Insert(IKnowledgeUnitOfWork work, string alertId, string rule, string subject, string summary, string payload, string at) =>
        db.Statements.Run(In(work),
            "INSERT INTO alerts (id, rule, subject, summary, payload, revision, raised_at, updated_at) VALUES (@alertId, @rule, @subject, @summary, @payload, 1, @at, @at)",
            new { alertId, rule, subject, summary, payload, at });

    public void Revise(IKnowledgeUnitOfWork work, string alertId, string summary, string payload, int revision, string at) =>
        db.Statements.Run(In(work),
            """
            UPDATE alerts SET summary = @summary, payload = @payload, revision = @revision, updated_at = @at, acknowledged_by = NULL, acknowledged_at = NULL
            WHERE id = @alertId
            """, new { alertId, summary, payload, revision, at });

    public void QueueDeliveries(IKnowledgeUnitOfWork work, string alertId, int revision, string at) =>
        db.Statements.Run(In(work),
            """
            UPDATE alert_deliveries SET state = 'superseded', last_error = 'superseded by revision ' || @revision
            WHERE alert_id = @alertId AND revision < @revision AND state = 'pending';
            INSERT INTO alert_deliveries (alert_id, revision, url, state, attempts, next_attempt_at)
            SELECT @alertId, @revision, url, 'pending', 0, @at FROM webhooks WHERE true ON CONFLICT DO NOTHING
            """, new { alertId, revision, at });

    public IReadOnlyList<AlertRow> Alerts(AlertQuery query)
    {
        var where = new List<string>();
        if (query.Rule is not null) where.Add("rule = @rule");
        if (query.State == AlertState.Open) where.Add("acknowledged_at IS NULL");
        if (query.State == AlertState.Acknowledged) where.Add("acknowledged_at IS NOT NULL");
        // Times are ISO 8601 UTC text, so a day bound compares as text: on or after the day's start, before the next day's.
        if (query.Since is not null) where.Add("updated_at >= @since");
        if (query.Until is not null) where.Add("updated_at < @untilNext");
        if (query.EventId is not null) where.Add("rule IN ('sanctioned-meeting', 'watched-meeting') AND subject = @eventId");
        if (query.DocumentKey is not null) where.Add(OfDocument("alerts", "@documentKey"));
        return connection.Query<AlertRow>(
            $"SELECT {AlertColumns} FROM alerts{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY updated_at DESC, id LIMIT @limit",
            new
            {
                rule = query.Rule, since = query.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                untilNext = query.Until?.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), documentKey = query.DocumentKey, eventId = query.EventId,
                limit = RelationalConnection.Limit(query.Limit),
            }).AsList();
    }

    private string OfDocument(string alerts, string documentKey) => AlertsOfDocument.Condition(db.Dialect, alerts, documentKey);

    public AlertRow? Alert(string alertId) =>
        connection.QueryFirstOrDefault<AlertRow>($"SELECT {AlertColumns} FROM alerts WHERE id = @alertId", new { alertId });

    public bool Acknowledge(string alertId, string user, string at) =>
        connection.Execute("UPDATE alerts SET acknowledged_by = @user, acknowledged_at = @at WHERE id = @alertId", new { alertId, user, at }) > 0;

    public string? Watch(string entityId, string user, string at)
    {
        var name = connection.ExecuteScalar<string?>("SELECT name FROM kb_entities WHERE id = @entityId", new { entityId });
        if (name is not null)
            connection.Execute("INSERT INTO kb_watches (entity_id, name, \"user\", added_at) VALUES (@entityId, @name, @user, @at) ON CONFLICT DO NOTHING", new { entityId, name, user, at });
        return name;
    }

    public bool Unwatch(string entityId) => connection.Execute("DELETE FROM kb_watches WHERE entity_id = @entityId", new { entityId }) > 0;

    public void AddWebhook(string url, string secret, bool allowPrivate, string at) =>
        connection.Execute(
            """
            INSERT INTO webhooks (url, added_at, secret, allow_private) VALUES (@url, @at, @secret, @allowPrivate)
            ON CONFLICT (url) DO UPDATE SET secret = excluded.secret, allow_private = excluded.allow_private
            """, new { url, secret, allowPrivate = allowPrivate ? 1L : 0L, at });

    public bool RemoveWebhook(IReadOnlyList<string> urls)
    {
        connection.Execute($"UPDATE alert_deliveries SET state = 'dead', last_error = 'webhook removed' WHERE state = 'pending' AND {db.Dialect.InList("url", "@urls")}", new { urls = db.Dialect.List(urls) });
        return connection.Execute($"DELETE FROM webhooks WHERE {db.Dialect.InList("url", "@urls")}", new { urls = db.Dialect.List(urls) }) > 0;
    }

    public IReadOnlyList<WebhookRow> Webhooks() =>
        connection.Query<WebhookRow>("SELECT url AS Url, allow_private AS AllowPrivate FROM webhooks ORDER BY url").AsList();

    public IReadOnlyList<DeliveryRow> Deliveries() => connection.Query<DeliveryRow>(
        """
        SELECT alert_id AS AlertId, revision AS Revision, url AS Url, state AS State, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_error AS LastError
        FROM alert_deliveries ORDER BY next_attempt_at, alert_id, revision, url
        """).AsList();

    public IReadOnlyList<DueDelivery> Due(string at) => connection.Query<DueDelivery>(
        """
        SELECT d.alert_id AS AlertId, d.revision AS Revision, d.url AS Url, d.attempts AS Attempts, a.rule AS Rule, a.summary AS Summary,
               a.payload AS Payload, a.raised_at AS RaisedAt, a.updated_at AS UpdatedAt, w.secret AS Secret, w.allow_private AS AllowPrivate
        FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id JOIN webhooks w ON w.url = d.url
        WHERE d.state = 'pending' AND d.next_attempt_at <= @at ORDER BY d.next_attempt_at, d.alert_id, d.revision
        """, new { at }).AsList();

    public void Attempted(DueDelivery delivery, string state, int attempts, string? error, string? deliveredAt, string? nextAttemptAt) =>
        connection.Execute(
            """
            UPDATE alert_deliveries SET state = @state, attempts = @attempts, last_error = @error,
                delivered_at = COALESCE(@deliveredAt, delivered_at), next_attempt_at = COALESCE(@nextAttemptAt, next_attempt_at)
            WHERE alert_id = @AlertId AND revision = @Revision AND url = @Url
            """, new { delivery.AlertId, delivery.Revision, delivery.Url, state, attempts, error, deliveredAt, nextAttemptAt });

    public IReadOnlyList<string> Watched(IKnowledgeUnitOfWork work) =>
        db.Statements.Rows<string>(In(work), "SELECT entity_id FROM kb_watches");

    public IReadOnlyList<string> EventsOfDocument(IKnowledgeUnitOfWork work, string documentKey) => db.Statements.Rows<string>(In(work),
        "SELECT DISTINCT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = @documentKey",
        new { documentKey });

    public IReadOnlyList<string> EventsOfParty(IKnowledgeUnitOfWork work, string entityId) =>
        db.Statements.Rows<string>(In(work), "SELECT event_id FROM kb_event_parties WHERE party_key = @entityId", new { entityId });

    public IReadOnlyList<WatchedMention> WatchedMentions(IKnowledgeUnitOfWork work, string documentKey) => db.Statements.Rows<WatchedMention>(In(work),
        """
        SELECT m.entity_id AS Id, e.name AS Name, COUNT(*) AS Mentions, d.title AS Title, d.publisher AS Publisher
        FROM kb_mentions m JOIN kb_watches w ON w.entity_id = m.entity_id
        JOIN kb_entities e ON e.id = m.entity_id JOIN kb_documents d ON d.key = m.document_key
        WHERE m.document_key = @documentKey GROUP BY m.entity_id, e.name, d.title, d.publisher ORDER BY m.entity_id
        """, new { documentKey });

    public string SanctionsFingerprint(IKnowledgeUnitOfWork work, string entityId)
    {
        var links = db.Statements.Rows<string>(In(work),
            "SELECT list || ' ' || list_id || ' ' || state FROM kb_links WHERE entity_id = @entityId AND tier IS NOT NULL ORDER BY 1", new { entityId });
        var earliest = db.Statements.Row<string?>(In(work),
            "SELECT MIN(date_start) FROM kb_claims WHERE kind = 'sanctions' AND subject_id = @entityId AND status <> 'rejected'", new { entityId });
        return string.Join("; ", links) + " | " + earliest;
    }

    public string? SeenFingerprint(IKnowledgeUnitOfWork work, string entityId) =>
        db.Statements.Row<string?>(In(work), "SELECT fingerprint FROM alert_entity_status WHERE entity_id = @entityId", new { entityId });

    public void SaveFingerprint(IKnowledgeUnitOfWork work, string entityId, string fingerprint) =>
        db.Statements.Run(In(work), """
            INSERT INTO alert_entity_status (entity_id, fingerprint) VALUES (@entityId, @fingerprint)
            ON CONFLICT (entity_id) DO UPDATE SET fingerprint = excluded.fingerprint
            """, new { entityId, fingerprint });

    public IReadOnlyList<(string Id, EntityKind Kind)> Entities(IKnowledgeUnitOfWork work) =>
        connection.Query<EntityRow>("SELECT id AS Id, schema AS Schema FROM kb_entities ORDER BY id", transaction: In(work))
            .Select(e => (e.Id, Enum.Parse<EntityKind>(e.Schema))).ToList();

    public IReadOnlyList<ListLinkRow> CountingLinks(IKnowledgeUnitOfWork work, string list) => db.Statements.Rows<ListLinkRow>(In(work),
        """
        SELECT l.entity_id AS EntityId, e.name AS Name, l.list_id AS ListId, l.state AS State
        FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id WHERE l.list = @list AND l.tier IS NOT NULL ORDER BY l.entity_id, l.list_id
        """, new { list });

    private sealed record HeldRow
    {
        public required string Payload { get; init; }
        public int Revision { get; init; }
    }

    private sealed record EntityRow
    {
        public required string Id { get; init; }
        public required string Schema { get; init; }
    }
}
