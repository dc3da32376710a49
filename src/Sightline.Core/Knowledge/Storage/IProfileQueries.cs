namespace Sightline.Knowledge.Storage;

/// <summary>
/// What profiles, timelines and meeting lists read: an entity with its names and statements, its list links and dated
/// sanctions statements, and meeting events with their parties and evidence. The meeting alert rules read links and
/// events inside the ingest unit of work, so those reads take an optional one; the rest read outside any transaction.
/// </summary>
public interface IProfileQueries
{
    /// <summary>The entity with this id, or null when there is none.</summary>
    StoredEntity? Entity(string entityId);

    /// <summary>Each name the entity bears with how many reports give it, and the first <paramref name="documentsPerName"/>
    /// of those reports by key; by name, then report key.</summary>
    IReadOnlyList<NameInDocument> Names(string entityId, int documentsPerName);

    /// <summary>The first <paramref name="limit"/> claims of one kind that are not rejected and have the entity as their
    /// subject (or, when <paramref name="asObject"/>, their object), dated ones first by date, then by report and sentence.</summary>
    IReadOnlyList<ProfileClaim> Claims(string entityId, string kind, bool asObject, int limit);

    /// <summary>The links and candidates of these entities that were not rejected, best score first, then by list and id.</summary>
    IReadOnlyList<StoredLink> Links(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> entityIds);

    /// <summary>The dated sanctions statements about these entities that were not rejected.</summary>
    IReadOnlyList<SanctionsStatement> SanctionsStatements(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> entityIds);

    /// <summary>The ids of the newest meeting events (all when <paramref name="limit"/> is 0), only those with a linked
    /// party when <paramref name="sanctionedOnly"/>, newest first; undated events last.</summary>
    IReadOnlyList<string> NewestEventIds(bool sanctionedOnly, int limit);

    /// <summary>The ids of the newest <paramref name="limit"/> meeting events the party took part in (all when 0).</summary>
    IReadOnlyList<string> EventIdsOfParty(string partyKey, int limit);

    /// <summary>How many meeting events the party took part in.</summary>
    int MeetingCount(string partyKey);

    /// <summary>The meeting events with these ids (at most a few hundred a call), in no particular order.</summary>
    IReadOnlyList<StoredEvent> Events(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds);

    /// <summary>The parties of these events, each with the order in which it was stored.</summary>
    IReadOnlyList<StoredEventParty> Parties(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds);

    /// <summary>The sentences of the claims behind these events that were not rejected, with their reports.</summary>
    IReadOnlyList<EventEvidence> Evidence(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds);
}
