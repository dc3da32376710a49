using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.FtM;

/// <summary>Which FollowTheMoney schemata are list parties, and how they map to <see cref="EntrySchema"/>.
/// Link and detail schemata (Sanction, Address, Ownership, ...) are not parties and are not entries.</summary>
public static class FtmSchemas
{
    private static readonly Dictionary<string, EntrySchema> Parties = new(StringComparer.Ordinal)
    {
        ["Person"] = EntrySchema.Person,
        ["Organization"] = EntrySchema.Organization,
        ["Company"] = EntrySchema.Organization,
        ["LegalEntity"] = EntrySchema.Organization,
        ["PublicBody"] = EntrySchema.Organization,
        ["Vessel"] = EntrySchema.Vessel,
        ["Airplane"] = EntrySchema.Aircraft,
    };

    public static bool TryMap(string schema, out EntrySchema mapped) => Parties.TryGetValue(schema, out mapped);

    /// <summary>Every party schema and the kind of entry it is.</summary>
    public static IReadOnlyDictionary<string, EntrySchema> PartySchemas => Parties;

    /// <summary>FtM properties holding an identifier, by property name.</summary>
    public static readonly HashSet<string> IdentifierProperties = new(StringComparer.Ordinal)
    {
        "passportNumber", "idNumber", "taxNumber", "registrationNumber", "innCode", "ogrnCode", "okpoCode",
        "leiCode", "swiftBic", "imoNumber", "mmsi", "callSign", "vatCode", "dunsCode", "socialSecurityNumber",
        "serialNumber", "icaoCode", "uniqueEntityId", "npiCode", "bikCode", "kppCode",
    };
}
