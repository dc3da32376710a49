namespace Sightline.Lists.Model;

/// <summary>
/// One record of an official list, as its authority publishes it, with the facts Sightline parsed from it.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Id"/> is the authority's own id (OFAC ent_num, UN reference number, FtM id) and is
/// unique within <see cref="List"/>. Collections are never null; a fact the list does not give is an empty
/// collection or null, never a default value. <see cref="Remarks"/> keeps the published text, and
/// <see cref="OtherFacts"/> every remark segment no parser claimed, so nothing the authority wrote is lost.
/// </remarks>
public sealed record ListEntry
{
    public required string List { get; init; }
    public required string Id { get; init; }
    public required EntrySchema Schema { get; init; }
    /// <summary>The primary name as published; also the first of <see cref="Names"/>.</summary>
    public required string Name { get; init; }
    public IReadOnlyList<EntryName> Names { get; init; } = [];
    /// <summary>Sanctions programmes or regimes (OFAC <c>SDGT</c>, UN list type <c>Al-Qaida</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];
    public IReadOnlyList<ListingDate> ListingDates { get; init; } = [];
    public IReadOnlyList<DateFact> BirthDates { get; init; } = [];
    public IReadOnlyList<string> BirthPlaces { get; init; } = [];
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    public IReadOnlyList<string> Citizenships { get; init; } = [];
    public string? Gender { get; init; }
    /// <summary>Titles, designations and positions (OFAC Title, UN TITLE and DESIGNATION).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];
    /// <summary>Remark segments kept verbatim because no parser claimed them.</summary>
    public IReadOnlyList<string> OtherFacts { get; init; } = [];
    /// <summary>Further published fields by name (UN DATAID, OFAC call sign, FtM properties without a slot).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
    /// <summary>The remarks or comments text as published, joined with any overflow.</summary>
    public string? Remarks { get; init; }
}
