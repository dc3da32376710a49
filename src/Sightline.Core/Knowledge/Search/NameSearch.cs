namespace Sightline.Knowledge.Search;

/// <summary>
/// A search of the entities by name: the name typed in its comparable form (<see cref="NameNorm"/>: folded to lower-case
/// Latin, transliterated from other scripts, particles and honorifics set aside). An entity is found when one of its
/// names, in that form, holds every word as a part of it (<c>khaz</c> finds <c>qais khazali</c>); the stores order what
/// they find by the rules of ADR-040.
/// </summary>
public sealed record NameSearch
{
    private NameSearch(string whole, IReadOnlyList<string> words)
    {
        Whole = whole;
        Words = words;
    }

    /// <summary>The whole name typed, in comparable form: a name equal to it comes first.</summary>
    public string Whole { get; }

    /// <summary>Its words, distinct, in the order typed; never holding <c>%</c>, <c>_</c> or <c>\</c>, which the
    /// stores' LIKE patterns would read as wildcards or escapes.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The search for what was typed, or null when it holds no word of a name.</summary>
    public static NameSearch? Parse(string? typed)
    {
        var words = NameNorm.Of(typed ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => c is not ('%' or '_' or '\\'))]))
            .Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Take(TextSearch.MaxWords).ToList();
        return words.Count == 0 ? null : new NameSearch(string.Join(' ', words), words);
    }
}
