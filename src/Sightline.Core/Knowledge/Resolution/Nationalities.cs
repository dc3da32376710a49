using Sightline.Lists.Model;

namespace Sightline.Knowledge.Resolution;

/// <summary>A country named outright (<c>Iraq</c>) or by its nationality word (<c>Iraqi</c>, <c>Syrian</c>,
/// <c>Lebanese</c>), as an ISO alpha-2 code: the words are listed here, and a country name is looked up as it stands.</summary>
public static class Nationalities
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lebanese"] = "Lebanon", ["Chinese"] = "China", ["Sudanese"] = "Sudan", ["Afghan"] = "Afghanistan",
        ["Turkish"] = "Turkey", ["British"] = "United Kingdom", ["French"] = "France", ["Emirati"] = "United Arab Emirates",
        ["Saudi"] = "Saudi Arabia", ["Palestinian"] = "Palestine", ["American"] = "United States", ["Yemeni"] = "Yemen",
        ["Somali"] = "Somalia", ["Libyan"] = "Libya", ["Egyptian"] = "Egypt", ["Bahraini"] = "Bahrain", ["Qatari"] = "Qatar",
        ["Iraqi"] = "Iraq", ["Iranian"] = "Iran", ["Syrian"] = "Syria", ["Russian"] = "Russia", ["Jordanian"] = "Jordan",
        ["Kuwaiti"] = "Kuwait", ["Pakistani"] = "Pakistan", ["Israeli"] = "Israel", ["Omani"] = "Oman", ["Tunisian"] = "Tunisia",
        ["Algerian"] = "Algeria", ["Moroccan"] = "Morocco", ["Nigerian"] = "Nigeria", ["Malian"] = "Mali",
        ["Belarusian"] = "Belarus", ["Burmese"] = "Burma", ["Myanmar"] = "Burma", ["Venezuelan"] = "Venezuela", ["Cuban"] = "Cuba",
        ["Nicaraguan"] = "Nicaragua", ["North Korean"] = "North Korea", ["South Korean"] = "South Korea", ["Ukrainian"] = "Ukraine",
        ["Japanese"] = "Japan", ["German"] = "Germany", ["Italian"] = "Italy", ["Indian"] = "India",
    };

    public static string? CountryCode(string word)
    {
        word = word.Trim(' ', ',', '.', '\'', '"', '(', ')');
        if (word.Length < 3) return null;
        if (Words.TryGetValue(word, out var country)) return Countries.Code(country);
        return char.IsUpper(word[0]) ? Countries.Code(word) : null;
    }
}
