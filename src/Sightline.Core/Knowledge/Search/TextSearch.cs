namespace Sightline.Knowledge.Search;

/// <summary>
/// A search of the reports: the distinct words typed (<see cref="SearchTerms"/>), at most <see cref="MaxWords"/>. A report
/// is found when its title or kept text holds every word; the stores order what they find by the rules of ADR-040
/// (more of the words in the title first, then the newest published, undated last, then by report id).
/// </summary>
public sealed record TextSearch
{
    /// <summary>Words beyond this many are ignored: each costs the stores a look-up.</summary>
    public const int MaxWords = 8;

    private TextSearch(IReadOnlyList<string> words) => Words = words;

    /// <summary>The words to find, distinct, in the order typed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The search for what was typed, or null when it holds no word.</summary>
    public static TextSearch? Parse(string? typed)
    {
        var words = SearchTerms.Of(typed).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
        return words.Count == 0 ? null : new TextSearch(words);
    }
}
