using System.Globalization;

namespace Sightline.Lists.Model;

/// <summary>
/// Country names and codes to ISO 3166 alpha-2 codes, so that a query's <c>--country iq</c>, <c>IRQ</c> or
/// <c>Iraq</c> meets OFAC's <c>nationality Iraq</c> and the UN's <c>Iraq</c>. Built from the region data the
/// runtime's ICU library carries, plus the long official forms the UN and OFAC use.
/// </summary>
public static class Countries
{
    /// <summary>Official and older forms the lists write that the region data does not know.</summary>
    private static readonly (string Name, string Code)[] OfficialForms =
    [
        ("Syrian Arab Republic", "SY"), ("Russian Federation", "RU"), ("United States of America", "US"), ("United States", "US"),
        ("Democratic People's Republic of Korea", "KP"), ("North Korea", "KP"), ("Korea, North", "KP"), ("Republic of Korea", "KR"),
        ("South Korea", "KR"), ("Korea, South", "KR"), ("Viet Nam", "VN"), ("Lao People's Democratic Republic", "LA"), ("Laos", "LA"),
        ("Libyan Arab Jamahiriya", "LY"), ("United Republic of Tanzania", "TZ"), ("Burma", "MM"), ("Myanmar", "MM"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Democratic Republic of the", "CD"), ("Republic of the Congo", "CG"),
        ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Palestinian Territories", "PS"),
        ("Palestine", "PS"), ("West Bank", "PS"), ("Gaza", "PS"), ("Macedonia", "MK"), ("Czech Republic", "CZ"), ("Swaziland", "SZ"),
        ("United Kingdom", "GB"), ("Great Britain", "GB"), ("UK", "GB"), ("USSR", "SU"), ("Soviet Union", "SU"),
        ("Kosovo", "XK"), ("Crimea", "UA"), ("Iran", "IR"), ("Moldova", "MD"), ("Bolivia", "BO"), ("Venezuela", "VE"),
    ];

    private static readonly Dictionary<string, string> CodeByName = Build();

    /// <summary>Every country name known: the English region names and the official forms the lists use.</summary>
    public static IEnumerable<string> EnglishNames =>
        RegionNames().Select(r => r.EnglishName).Concat(OfficialForms.Select(f => f.Name)).Distinct(StringComparer.Ordinal);

    /// <summary>The ISO alpha-2 code for a name, an alpha-2 or an alpha-3 code; null when it is none of them.</summary>
    public static string? Code(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        var key = Simplify(country);
        return CodeByName.GetValueOrDefault(key);
    }

    /// <summary>Lower case, without accents, parenthesised parts and punctuation: <c>Iran (Islamic Republic of)</c> → <c>iran</c>.</summary>
    private static string Simplify(string country)
    {
        var open = country.IndexOf('(');
        if (open > 0) country = country[..open];
        var words = country.Split([' ', ',', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(Names.Scripts.LatinFolding.Fold).Where(w => w.Length > 0 && w != "the");
        return string.Join(' ', words);
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in RegionNames())
        {
            var code = region.TwoLetterISORegionName;
            map.TryAdd(Simplify(code), code);
            map.TryAdd(Simplify(region.ThreeLetterISORegionName), code);
            map.TryAdd(Simplify(region.EnglishName), code);
        }
        foreach (var (name, code) in OfficialForms) map[Simplify(name)] = code;
        return map;
    }

    private static IEnumerable<RegionInfo> RegionNames()
    {
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            var code = region.TwoLetterISORegionName;
            if (code.Length == 2 && code.All(char.IsAsciiLetter)) yield return region;
        }
    }
}
