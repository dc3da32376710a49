namespace Sightline.Lists.Formats;

/// <summary>The published list formats Sightline reads.</summary>
public enum ListFormat
{
    /// <summary>OFAC SDN legacy CSV set: sdn.csv, alt.csv, add.csv, sdn_comments.csv.</summary>
    OfacSdnCsv,
    /// <summary>OFAC Consolidated (non-SDN) CSV set: cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv.</summary>
    OfacConsCsv,
    /// <summary>UN Security Council Consolidated List XML.</summary>
    UnXml,
    /// <summary>FollowTheMoney entities, one JSON object a line (the OpenSanctions export format).</summary>
    FtmJson,
}

/// <summary>Command-line names of <see cref="ListFormat"/> values.</summary>
public static class ListFormatNames
{
    private static readonly Dictionary<string, ListFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ofac-sdn-csv"] = ListFormat.OfacSdnCsv,
        ["ofac-cons-csv"] = ListFormat.OfacConsCsv,
        ["un-xml"] = ListFormat.UnXml,
        ["ftm"] = ListFormat.FtmJson,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string NameOf(ListFormat format) => ByName.First(p => p.Value == format).Key;

    public static bool TryParse(string name, out ListFormat format) => ByName.TryGetValue(name, out format);
}
