namespace Sightline.Knowledge.Storage;

/// <summary>
/// Short questions about the knowledge base's entities and their list links that hosts ask beside the profile:
/// whether an entity exists, its counting links, and the entities linked to a list entry.
/// </summary>
public interface IEntityQueries
{
    bool Exists(string entityId);

    /// <summary>The name of the entity with this id, or null when there is none.</summary>
    string? NameOf(string entityId);

    /// <summary>The entities found by the rarest of these phonetic name keys (the one fewest entities share), each with
    /// every name it bears and how many documents give that name.</summary>
    IReadOnlyList<NameCandidate> ByRarestKey(IReadOnlyCollection<string> keys);

    /// <summary>Whether the knowledge base holds any entity at all.</summary>
    bool Any();

    /// <summary>The entity's links that count (automatic, probable or confirmed), in list and id order.</summary>
    IReadOnlyList<(string List, string ListId)> CountingLinks(string entityId);

    /// <summary>The entities with a counting link to one list entry, in name order.</summary>
    IReadOnlyList<LinkedEntity> LinkedTo(string list, string listId);

    /// <summary>How many documents, entities and meeting events the knowledge base holds.</summary>
    KnowledgeTotals Totals();

    /// <summary>The automatically linked entity that takes part in the most meeting events, or null.</summary>
    string? BusiestLinkedEntity();
}

/// <summary>An entity found by a name key: one of its names and how many documents give it.</summary>
public sealed record NameCandidate
{
    public required string EntityId { get; init; }
    public required string EntityName { get; init; }
    public required string Name { get; init; }
    public int Documents { get; init; }
}

/// <summary>An entity with a link to a list entry, and the link's state.</summary>
public sealed record LinkedEntity(string Id, string Name, string State);

/// <summary>The size of the knowledge base.</summary>
public sealed record KnowledgeTotals(long Documents, long Entities, long Events);
