using Sightline.Lists.Model;

namespace Sightline.Screening;

/// <summary>Reads the entity types a searcher writes (<c>person</c>, <c>individual</c>, <c>organization</c>,
/// <c>company</c>, <c>entity</c>, <c>vessel</c>, <c>aircraft</c>), case-insensitively.</summary>
public static class SchemaNames
{
    public const string Accepted = "person, organization, vessel, aircraft";

    public static EntrySchema? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "person" or "individual" or "people" => EntrySchema.Person,
        "organization" or "organisation" or "company" or "entity" or "legalentity" => EntrySchema.Organization,
        "vessel" or "ship" => EntrySchema.Vessel,
        "aircraft" or "airplane" => EntrySchema.Aircraft,
        _ => null,
    };
}
