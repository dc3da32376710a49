namespace Sightline.Knowledge.Storage;

/// <summary>
/// What analysts' review decisions read and change in the knowledge base — claim statuses, list links, merges and splits
/// of entities — and the audit trail and review queue. Every change runs in the caller's unit of work, so a decision and
/// its audit record land together.
/// </summary>
public interface IReviewStore
{
    /// <summary>The kind and evidence sentence of a claim, or null when there is no such claim.</summary>
    (string Kind, string Evidence)? Claim(IKnowledgeUnitOfWork work, string claimId);

    void SetClaimStatus(IKnowledgeUnitOfWork work, string claimId, string status);

    /// <summary>The meeting events a claim belongs to.</summary>
    IReadOnlyList<string> EventsOfClaim(IKnowledgeUnitOfWork work, string claimId);

    /// <summary>The claims grouped into an event, in id order.</summary>
    IReadOnlyList<string> ClaimsOfEvent(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>The events an entity takes part in.</summary>
    IReadOnlyList<string> EventsOfEntity(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>An entity's display name and kind, or null when there is no such entity.</summary>
    (string Name, EntityKind Kind)? Entity(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>The score and matched name of an entity's link to a list entry, if any.</summary>
    (double Score, string MatchedName)? Link(IKnowledgeUnitOfWork work, string entityId, string list, string listId);

    /// <summary>Stores an entity's link to a list entry, replacing the one held.</summary>
    void SaveLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason);

    /// <summary>Moves everything of <paramref name="fromId"/> (names and their keys, mentions, claims, claim parties, links,
    /// watch, analysts' notes and case memberships, earlier merges) to <paramref name="intoId"/>, records the merge and deletes <paramref name="fromId"/>.</summary>
    void Merge(IKnowledgeUnitOfWork work, string fromId, string intoId, string intoName);

    /// <summary>The names one document gives an entity, longest first.</summary>
    IReadOnlyList<string> NamesIn(IKnowledgeUnitOfWork work, string entityId, string documentKey);

    /// <summary>How many documents name the entity.</summary>
    int DocumentsNaming(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Creates <paramref name="newId"/> and moves to it what <paramref name="documentKey"/> says about
    /// <paramref name="entityId"/> (names, mentions, claims, claim parties), recording the split.</summary>
    void Split(IKnowledgeUnitOfWork work, string entityId, string documentKey, string newId, EntityKind kind, string name);

    /// <summary>Every name of the entity.</summary>
    IReadOnlyList<string> Names(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Replaces the phonetic keys an entity is found by.</summary>
    void ReplaceNameKeys(IKnowledgeUnitOfWork work, string entityId, IEnumerable<string> keys);

    /// <summary>Adds a decision to the audit trail.</summary>
    void Record(IKnowledgeUnitOfWork work, AuditEntry entry);

    /// <summary>The audit trail, newest first; <paramref name="limit"/> 0 for all.</summary>
    IReadOnlyList<AuditEntry> Audit(int limit);

    /// <summary>Probable links and (when <paramref name="includeCandidates"/>) candidates, most consequential first:
    /// entities with alerted meetings, probable before candidate, more alerted meetings, more meetings, better score;
    /// <paramref name="limit"/> 0 for all.</summary>
    IReadOnlyList<QueuedLinkRow> QueuedLinks(int limit, bool includeCandidates);
}

/// <summary>A review decision as stored: <see cref="Id"/> is 0 until it is recorded; <see cref="DecidedAt"/> is ISO 8601 UTC.</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public required string Detail { get; init; }
    public required string User { get; init; }
    public required string Reason { get; init; }
    public required string DecidedAt { get; init; }
}

/// <summary>A link waiting for review as stored, without the list entry's name.</summary>
public sealed record QueuedLinkRow
{
    public required string EntityId { get; init; }
    public required string EntityName { get; init; }
    public required string List { get; init; }
    public required string ListId { get; init; }
    public required string State { get; init; }
    public double Score { get; init; }
    public required string Reason { get; init; }
    public int AlertedMeetings { get; init; }
    public int Meetings { get; init; }
}
