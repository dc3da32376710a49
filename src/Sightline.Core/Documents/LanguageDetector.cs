namespace Sightline.Documents;

/// <summary>
/// Tells the language of a text from its letters: mostly Arabic script is Arabic, or Persian when the letters only
/// Persian uses (پ چ ژ گ and the Persian yeh and kaf) are common; mostly Cyrillic is Russian; Latin text with
/// enough English function words is English; anything else is <c>und</c> (undetermined).
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by", "he", "his", "at", "from", "it", "were", "are", "which", "has", "had",
    };

    public static string Detect(string text)
    {
        int letters = 0, arabic = 0, persian = 0, cyrillic = 0;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (Names.Scripts.ArabicScript.IsArabicLetter(c))
            {
                arabic++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک') persian++;
            }
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
        }
        if (letters == 0) return "und";
        if (arabic * 2 > letters) return persian * 50 > arabic ? "fa" : "ar";
        if (cyrillic * 2 > letters) return "ru";
        var words = text.Split([' ', '\n', ',', '.', '"'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "und";
        var english = words.Take(5000).Count(EnglishWords.Contains);
        return english * 12 >= Math.Min(words.Length, 5000) ? "en" : "und";
    }
}
