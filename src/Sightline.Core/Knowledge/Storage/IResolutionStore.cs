namespace Sightline.Knowledge.Storage;

/// <summary>
/// What entity resolution and list linking read and write: every entity's names (for the in-memory index), analysts'
/// merges and splits, an entity's names and list links, and what the reports say about an entity that a list entry can
/// agree with (<see cref="Resolution.LinkContext"/>). Linking runs inside the unit of work of what caused it (a stored
/// report, a new list version), so its reads take that unit of work; where they take an optional one, null reads
/// what is committed.
/// </summary>
public interface IResolutionStore
{
    /// <summary>Every name of every entity, with the entity's kind.</summary>
    IReadOnlyList<(string EntityId, EntityKind Kind, string Name)> AllNames(IKnowledgeUnitOfWork? work = null);

    /// <summary>A number that changes whenever another connection (another process, or another store on the same file)
    /// commits a write to the knowledge base, and only then (SQLite's <c>data_version</c>; ADR-028).</summary>
    long DataVersion(IKnowledgeUnitOfWork? work = null);

    /// <summary>Analysts' merges: each merged entity and the one it was merged into.</summary>
    IReadOnlyList<(string FromId, string IntoId)> Merges(IKnowledgeUnitOfWork work);

    /// <summary>Analysts' splits: the entity, the report split off it, and the entity made for that report.</summary>
    IReadOnlyList<(string EntityId, string DocumentKey, string NewId)> Splits(IKnowledgeUnitOfWork work);

    /// <summary>The entity's distinct names.</summary>
    IReadOnlyList<string> Names(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>The list entries an analyst confirmed or rejected for the entity.</summary>
    IReadOnlyList<(string List, string ListId)> DecidedLinks(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>The lists the entity has a confirmed link to.</summary>
    IReadOnlyList<string> ConfirmedLists(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Deletes the entity's automatic, probable and candidate links (to be decided again).</summary>
    void ClearMachineLinks(IKnowledgeUnitOfWork work, string entityId);

    void AddLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason);

    /// <summary>The entity's links that count (a tier is set), optionally on one list only, as <c>LIST:ID</c> with the tier.</summary>
    IReadOnlyList<(string Entry, string Tier)> Tiers(IKnowledgeUnitOfWork? work, string entityId, string? list = null);

    /// <summary>Sanctions statements about the entity that are not rejected: authority, JSON payload and start date
    /// (at most 200 distinct), by authority, payload and date, so that every store gives them in the same order.</summary>
    IReadOnlyList<(string Authority, string Payload, string? DateStart)> SanctionsStatements(IKnowledgeUnitOfWork? work, string entityId);

    /// <summary>The entity's roles that are not rejected: title and the name of the organisation, if known (at most 200 distinct).</summary>
    IReadOnlyList<(string Title, string? Organization)> Roles(IKnowledgeUnitOfWork? work, string entityId);

    /// <summary>The places named in sentences that name the entity (read from its first <paramref name="sample"/> mentions).</summary>
    IReadOnlyList<string> PlacesNamedWith(IKnowledgeUnitOfWork? work, string entityId, int sample);

    /// <summary>The organisations named in sentences that name the entity (read from its first <paramref name="sample"/>
    /// mentions; at most 100).</summary>
    IReadOnlyList<string> OrganizationsNamedWith(IKnowledgeUnitOfWork? work, string entityId, int sample);

    /// <summary>The places named in the first 20 reports that name the entity (at most 200).</summary>
    IReadOnlyList<string> PlacesInReportsOf(IKnowledgeUnitOfWork? work, string entityId);

    /// <summary>The relations of the entity's family claims that are not rejected, each with the list entry the
    /// relative has a counting link to (at most 200 distinct).</summary>
    IReadOnlyList<(string Relation, string List, string ListId)> RelativesLinks(IKnowledgeUnitOfWork? work, string entityId);

    /// <summary>The text around the entity's first <paramref name="sample"/> person mentions, up to
    /// <paramref name="window"/> characters on each side, with the report's publication date and how many other people the
    /// sentence names.</summary>
    IReadOnlyList<MentionWindow> MentionWindows(IKnowledgeUnitOfWork? work, string entityId, int sample, int window);

    /// <summary>How many mentions the entity has, counted up to <paramref name="atMost"/>.</summary>
    int MentionCount(IKnowledgeUnitOfWork work, string entityId, int atMost);

    /// <summary>Whether the document gave the entity something linking weighs that it had from no other report: a name,
    /// a family claim about it, or a sanctions or role claim that no other report made the same way (the same title of
    /// the same organisation; the same authority, statement and date).</summary>
    bool AddsLinkEvidence(IKnowledgeUnitOfWork work, string entityId, string documentKey);

    /// <summary>The entity that bears a name of this comparable form, or null (the first found).</summary>
    string? EntityWithNorm(string norm);
}

/// <summary>The text before and after a person mention, its report's publication date, and how many other people
/// its sentence names.</summary>
public sealed record MentionWindow
{
    public required string Before { get; init; }
    public required string After { get; init; }
    public string? Published { get; init; }
    public int OtherPeople { get; init; }
}
