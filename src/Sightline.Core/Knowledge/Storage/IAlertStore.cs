namespace Sightline.Knowledge.Storage;

/// <summary>
/// Alerts, their delivery outbox, the webhooks, the watch list, and what the alert rules read about a stored document.
/// Alerts are raised in the unit of work that stores what caused them; reading, acknowledging, watching and delivering
/// run on their own. Times are ISO 8601 UTC text, as the caller stamps them.
/// </summary>
public interface IAlertStore
{
    /// <summary>The payload and revision of the alert with this id, or null when none is held.</summary>
    (string Payload, int Revision)? Held(IKnowledgeUnitOfWork work, string alertId);

    /// <summary>Stores revision 1 of a new alert.</summary>
    void Insert(IKnowledgeUnitOfWork work, string alertId, string rule, string subject, string summary, string payload, string at);

    /// <summary>Stores a new revision of an alert and clears its acknowledgement.</summary>
    void Revise(IKnowledgeUnitOfWork work, string alertId, string summary, string payload, int revision, string at);

    /// <summary>Queues the delivery of one alert revision to every webhook, due at <paramref name="at"/>; a delivery of an
    /// earlier revision still pending is <c>superseded</c> (the new revision carries everything it said), so an alert updated
    /// by every message of a batch is sent once, in its last revision.</summary>
    void QueueDeliveries(IKnowledgeUnitOfWork work, string alertId, int revision, string at);

    /// <summary>The alerts the query selects, most recently updated first.</summary>
    IReadOnlyList<AlertRow> Alerts(AlertQuery query);

    AlertRow? Alert(string alertId);

    /// <summary>Marks an alert as seen; false when there is no such alert.</summary>
    bool Acknowledge(string alertId, string user, string at);

    /// <summary>Puts an entity on the watch list; answers its name, or null when there is no such entity.</summary>
    string? Watch(string entityId, string user, string at);

    /// <summary>Takes an entity off the watch list; false when it was not on it.</summary>
    bool Unwatch(string entityId);

    /// <summary>Adds a webhook with its signing secret and whether it may reach private addresses; adding a known
    /// address again replaces both.</summary>
    void AddWebhook(string url, string secret, bool allowPrivate, string at);

    /// <summary>Removes a webhook known by any of <paramref name="urls"/> and makes its pending deliveries dead letters;
    /// false when there was none.</summary>
    bool RemoveWebhook(IReadOnlyList<string> urls);

    /// <summary>The webhooks by address, without their secrets.</summary>
    IReadOnlyList<WebhookRow> Webhooks();

    /// <summary>Every delivery, the next due first.</summary>
    IReadOnlyList<DeliveryRow> Deliveries();

    /// <summary>The pending deliveries due at <paramref name="at"/>, with their alert, the next due first.</summary>
    IReadOnlyList<DueDelivery> Due(string at);

    /// <summary>Records the outcome of one delivery attempt: <paramref name="state"/> is <c>delivered</c>, <c>dead</c>
    /// or <c>pending</c> (to be retried at <paramref name="nextAttemptAt"/>).</summary>
    void Attempted(DueDelivery delivery, string state, int attempts, string? error, string? deliveredAt, string? nextAttemptAt);

    /// <summary>The entities on the watch list.</summary>
    IReadOnlyList<string> Watched(IKnowledgeUnitOfWork work);

    /// <summary>The meeting events a document's claims belong to.</summary>
    IReadOnlyList<string> EventsOfDocument(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>The meeting events an entity takes part in.</summary>
    IReadOnlyList<string> EventsOfParty(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>The watched entities a document mentions, with how often, in id order.</summary>
    IReadOnlyList<WatchedMention> WatchedMentions(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>The entity's counting links and earliest dated sanctions statement, as one text to compare.</summary>
    string SanctionsFingerprint(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>The fingerprint the alert rules last saw for the entity, or null.</summary>
    string? SeenFingerprint(IKnowledgeUnitOfWork work, string entityId);

    void SaveFingerprint(IKnowledgeUnitOfWork work, string entityId, string fingerprint);

    /// <summary>Every entity with its kind, in id order (a list change screens them all again).</summary>
    IReadOnlyList<(string Id, EntityKind Kind)> Entities(IKnowledgeUnitOfWork work);

    /// <summary>The counting links to entries of one list, by entity and entry.</summary>
    IReadOnlyList<ListLinkRow> CountingLinks(IKnowledgeUnitOfWork work, string list);
}

/// <summary>An alert as stored; times are ISO 8601 UTC text.</summary>
public sealed record AlertRow
{
    public required string Id { get; init; }
    public required string Rule { get; init; }
    public required string Subject { get; init; }
    public required string Summary { get; init; }
    public required string Payload { get; init; }
    public int Revision { get; init; }
    public required string RaisedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
    public string? AcknowledgedAt { get; init; }
}

/// <summary>One alert revision's delivery to one webhook as stored.</summary>
public sealed record DeliveryRow
{
    public required string AlertId { get; init; }
    public int Revision { get; init; }
    public required string Url { get; init; }
    public required string State { get; init; }
    public int Attempts { get; init; }
    public required string NextAttemptAt { get; init; }
    public string? LastError { get; init; }
}

/// <summary>A configured webhook: its address and whether an admin allowed it to reach private addresses.</summary>
public sealed record WebhookRow
{
    public required string Url { get; init; }
    public bool AllowPrivate { get; init; }
}

/// <summary>A delivery due now with what it sends, the hook's signing secret and whether it may reach private addresses.</summary>
public sealed record DueDelivery
{
    public required string AlertId { get; init; }
    public int Revision { get; init; }
    public required string Url { get; init; }
    public int Attempts { get; init; }
    public required string Rule { get; init; }
    public required string Summary { get; init; }
    public required string Payload { get; init; }
    public required string RaisedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public required string Secret { get; init; }
    public bool AllowPrivate { get; init; }
}

/// <summary>A watched entity mentioned by a document: how often, and the document's title and publisher.</summary>
public sealed record WatchedMention
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public int Mentions { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
}

/// <summary>A counting link of an entity to a list entry, with the entity's name.</summary>
public sealed record ListLinkRow
{
    public required string EntityId { get; init; }
    public required string Name { get; init; }
    public required string ListId { get; init; }
    public required string State { get; init; }
}
