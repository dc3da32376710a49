namespace Sightline.Knowledge;

/// <summary>Which list a sanctions statement's authority (as normalised by the claims stage) speaks for: a US body for
/// the OFAC lists, the UN for the UN Security Council list, and so on by the OpenSanctions dataset prefix.</summary>
public static class ListAuthority
{
    public static bool Publishes(string authority, string list) => authority switch
    {
        "US Treasury OFAC" or "US Treasury" or "US State Department" or "US" => list.StartsWith("us_", StringComparison.Ordinal),
        "UN" => list.StartsWith("un_", StringComparison.Ordinal),
        "EU" => list.StartsWith("eu_", StringComparison.Ordinal),
        "UK" => list.StartsWith("gb_", StringComparison.Ordinal),
        _ => false,
    };
}
