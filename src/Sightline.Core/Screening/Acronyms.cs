using Sightline.Names;

namespace Sightline.Screening;

/// <summary>The initials of an organisation's name, so that <c>AAH</c> finds <c>Asa'ib Ahl al-Haq</c> and <c>ISIL</c>
/// finds <c>Islamic State of Iraq and the Levant</c>: the first letters of its Latin words, articles and the little
/// words of English and the Romance languages left out.</summary>
public static class Acronyms
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "de", "del", "la", "le", "les", "du", "des", "y", "et", "e",
    };

    /// <summary>Initials of three to eight letters, or null when the name is not Latin or too short to have them.</summary>
    public static string? Of(ParsedName name)
    {
        if (name.Tokens.Any(t => t.Script != NameScript.Latin)) return null;
        var words = name.Tokens.Where(t => !Skipped.Contains(t.Text) && char.IsAsciiLetter(t.Text[0])).ToList();
        if (words.Count is < 3 or > 8) return null;
        return string.Concat(words.Select(t => char.ToUpperInvariant(t.Text[0])));
    }
}
