using System.Globalization;
using System.Text;

namespace Sightline.Knowledge.Search;

/// <summary>
/// The words a report is found by (ADR-040): its text cut at every character that is neither a letter nor a digit,
/// each word lower-cased with its accents and other combining marks taken off (<c>Müller's</c> → <c>muller</c>,
/// <c>s</c>). Both stores index exactly these words and search for exactly these words, so that they find the same
/// reports: neither store's own tokenizer ever cuts the text.
/// </summary>
public static class SearchTerms
{
    /// <summary>Longer runs of letters are no word anyone searches for (a hash, a run-together table); they are left out.</summary>
    public const int MaxLength = 60;

    /// <summary>The words of <paramref name="text"/>, in text order, repeats included.</summary>
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var word = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            // Accents and other combining marks belong to the word they sit on and are dropped.
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (Flush(word) is { } done) yield return done;
        }
        if (Flush(word) is { } last) yield return last;
    }

    /// <summary>The distinct words of <paramref name="text"/>, in ordinal order: what a store indexes.</summary>
    public static IReadOnlyList<string> Distinct(string? text) => Of(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string? Flush(StringBuilder word)
    {
        if (word.Length == 0) return null;
        var done = word.Length <= MaxLength ? word.ToString() : null;
        word.Clear();
        return done;
    }
}
