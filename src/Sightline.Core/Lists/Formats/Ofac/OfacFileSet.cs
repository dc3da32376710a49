namespace Sightline.Lists.Formats.Ofac;

/// <summary>The file names of one OFAC legacy CSV set, and where OFAC's two sets differ.</summary>
public sealed record OfacFileSet(ListFormat Format, string List, string Primary, string Aliases, string Addresses, string Comments)
{
    public static readonly OfacFileSet Sdn = new(ListFormat.OfacSdnCsv, "us_ofac_sdn", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    public static readonly OfacFileSet Consolidated = new(ListFormat.OfacConsCsv, "us_ofac_cons", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv");

    public static readonly string[] PrimaryFields = ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];
    public static readonly string[] AliasFields = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];
    public static readonly string[] AddressFields = ["ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"];
    public static readonly string[] CommentFields = ["ent_num", "remarks"];

    public IEnumerable<string> AllNames => [Primary, Aliases, Addresses, Comments];

    /// <summary>Finds a file of this set in <paramref name="folder"/>, ignoring case (OFAC's service serves <c>SDN.CSV</c>).</summary>
    public static string? Find(string folder, string name) =>
        Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
}
