namespace Sightline.Lists;

/// <summary>Readable titles for the datasets Sightline knows, named as OpenSanctions names them.</summary>
public static class KnownLists
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["us_ofac_sdn"] = "OFAC SDN",
        ["us_ofac_cons"] = "OFAC Consolidated (non-SDN)",
        ["un_sc_sanctions"] = "UN Security Council Consolidated List",
    };

    public static string TitleOf(string list) => Titles.GetValueOrDefault(list, list);

    /// <summary>True for the official lists Sightline reads from their authorities' own formats.</summary>
    public static bool IsOfficial(string list) => Titles.ContainsKey(list);
}
