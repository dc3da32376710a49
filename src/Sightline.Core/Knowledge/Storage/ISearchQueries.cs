using Sightline.Knowledge.Search;

namespace Sightline.Knowledge.Storage;

/// <summary>
/// Full-text search of the knowledge base (ADR-040): reports by the words of their title and kept text, entities by
/// their names. Every store indexes the same words (<see cref="SearchTerms"/>, <see cref="NameNorm"/>) and orders what it
/// finds by the same rules, so the same knowledge base answers the same search with the same hits in the same order.
/// </summary>
public interface ISearchQueries
{
    /// <summary>The reports whose title or kept text holds every word of the search, at most <paramref name="limit"/>:
    /// those with more of the words in their title first, then the newest published (undated last), then by report id.</summary>
    IReadOnlyList<DocumentListing> Documents(TextSearch search, int limit);

    /// <summary>The entities one of whose names holds every word of the search, one hit an entity with its best-fitting
    /// name, at most <paramref name="limit"/>: a name equal to the search first, then names holding each word whole, then
    /// shorter names, then by entity name and id.</summary>
    IReadOnlyList<NameHit> Names(NameSearch search, int limit);

    /// <summary>Builds the search index again from the reports and names as stored, in the unit of work: what a copy of
    /// the knowledge base between stores does once the tables are copied, as the index tables are each store's own.</summary>
    void Reindex(IKnowledgeUnitOfWork work);
}

/// <summary>An entity found by name: its id, canonical name and kind, and the name that was found (in comparable form).</summary>
public sealed record NameHit
{
    public required string EntityId { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Matched { get; init; }
}
