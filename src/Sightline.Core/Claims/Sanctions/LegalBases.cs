using System.Text.RegularExpressions;

namespace Sightline.Claims.Sanctions;

/// <summary>
/// The sanctions bases a sentence states and the list programmes they map to, so a report's statement can be checked
/// against the lists: executive orders (E.O. 13818 → GLOMAG, E.O. 13224 → SDGT…), "Specially Designated Global
/// Terrorist" (SDGT), "Foreign Terrorist Organization" (FTO), Global Magnitsky (GLOMAG); and grounds written in words
/// (human rights abuses, corruption, terrorism), which are kept as written and map to no programme.
/// </summary>
internal static partial class LegalBases
{
    /// <summary>OFAC programme tags of the executive orders this genre cites.</summary>
    private static readonly Dictionary<string, string> ExecutiveOrders = new()
    {
        ["13224"] = "SDGT", ["13818"] = "GLOMAG", ["13553"] = "IRAN-HR", ["13382"] = "NPWMD", ["13438"] = "IRAQ3", ["13315"] = "IRAQ2",
        ["13894"] = "SYRIA-EO13894", ["13582"] = "SYRIA", ["13572"] = "SYRIA", ["13599"] = "IRAN", ["13846"] = "IRAN-EO13846",
        ["13876"] = "IRAN-EO13876", ["13871"] = "IRAN-EO13871", ["13581"] = "TCO", ["14024"] = "RUSSIA-EO14024", ["13660"] = "UKRAINE-EO13660",
        ["13661"] = "UKRAINE-EO13661", ["13662"] = "UKRAINE-EO13662", ["13685"] = "UKRAINE-EO13685", ["13694"] = "CYBER2", ["14078"] = "HOSTAGES-EO14078",
        ["13772"] = "SOUTH SUDAN", ["13611"] = "YEMEN", ["13441"] = "LEBANON", ["12947"] = "SDT",
    };

    [GeneratedRegex(@"\b(?:E\.\s?O\.|EO|Executive\s+Order)\s*(?:\(E\.O\.\)\s*)?(?:No\.\s*)?(?<number>1[2-4]\d{3})\b")]
    private static partial Regex ExecutiveOrder();

    [GeneratedRegex(@"\bSpecially\s+Designated\s+Global\s+Terrorists?\b|\bSDGTs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sdgt();

    [GeneratedRegex(@"\bForeign\s+Terrorist\s+Organi[sz]ations?\b|\bFTOs?\b")]
    private static partial Regex Fto();

    [GeneratedRegex(@"\b(?:Global\s+)?Magnitsky\b", RegexOptions.IgnoreCase)]
    private static partial Regex Magnitsky();

    [GeneratedRegex(@"\b(?:(?:serious|grave|gross)\s+)?human\s+rights\s+(?:violations?|abuses?)|\bcorruption\b|\bterrorism\b|\bterrorist\s+(?:organi[sz]ation|group|entity)\b|\bdesignated\s+terrorists?\b|\bterror\s+list\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grounds();

    /// <summary>The bases stated in <paramref name="sentence"/>, as written, and the programmes they map to.</summary>
    public static (List<string> Bases, List<string> Programs) Read(string sentence)
    {
        var bases = new List<string>();
        var programs = new List<string>();
        void Add(string basis, string? program)
        {
            if (!bases.Contains(basis, StringComparer.OrdinalIgnoreCase)) bases.Add(basis);
            if (program is not null && !programs.Contains(program)) programs.Add(program);
        }
        foreach (Match m in ExecutiveOrder().Matches(sentence))
            Add($"E.O. {m.Groups["number"].Value}", ExecutiveOrders.GetValueOrDefault(m.Groups["number"].Value));
        if (Sdgt().IsMatch(sentence)) Add("SDGT", "SDGT");
        if (Fto().IsMatch(sentence)) Add("Foreign Terrorist Organization", "FTO");
        if (Magnitsky().IsMatch(sentence)) Add("Global Magnitsky", "GLOMAG");
        foreach (Match m in Grounds().Matches(sentence)) Add(m.Value.ToLowerInvariant(), null);
        return (bases, programs);
    }
}
