using Sightline.Claims;
using Sightline.Names;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// Compares what a report calls someone ("Hezbollah Secretary-General", "Belarusian President", "Quds Force commander")
/// with what a list entry says (its titles and "Linked To" relations: "Secretary General of Hizballah"). A title is
/// split into role words (the claim finder's lexicon), country and nationality words, and its subject — the rest, an
/// organisation's name as a rule. Words are compared as the names engine compares name tokens, so Hezbollah meets
/// Hizballah and Qods meets Quds.
/// </summary>
public static class TitleWords
{
    /// <summary>Words that say what kind of body an organisation is, not which one.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "for", "in", "to", "a", "an", "state", "party", "council", "committee", "army", "forces", "force",
        "ministry", "government", "movement", "group", "organization", "organisation", "office", "bureau", "political",
        "national", "general", "senior", "former", "current", "top", "chief", "central", "supreme", "military", "defence",
        "defense", "services", "service", "affairs", "foreign", "security", "public", "republic", "people's", "islamic", "prime",
        "vice", "acting", "interim", "first", "deputy", "assistant",
    };

    /// <summary>The subject of a title: its words without role, country, nationality and generic words ("Quds Force"
    /// for "Iranian Quds Force commander"), or null when nothing is left.</summary>
    public static string? Subject(string title)
    {
        var words = Words(title).Where(w => !Lexicon.RoleWords.Contains(w.ToLowerInvariant()) && Nationalities.CountryCode(w) is null
                                            && !Lexicon.Determiners.Contains(w.ToLowerInvariant()) && !Lexicon.Prepositions.Contains(w.ToLowerInvariant())).ToList();
        return words.Any(w => !GenericWords.Contains(w) && w.Length >= 4) ? string.Join(' ', words) : null;
    }

    /// <summary>The countries a title names by a country or nationality word ("North Korean leader" gives KP).</summary>
    public static IEnumerable<string> Countries(string title)
    {
        var words = Words(title);
        for (var i = 0; i < words.Count; i++)
        {
            var pair = i + 1 < words.Count ? Nationalities.CountryCode(words[i] + " " + words[i + 1]) : null;
            if (pair is not null) { yield return pair; i++; continue; }
            if (Nationalities.CountryCode(words[i]) is { } code) yield return code;
        }
    }

    /// <summary>The first of <paramref name="entryTitles"/> that <paramref name="title"/> agrees with: every word of the
    /// title's subject is in it, or the two share a role word and a country — the title's, or for a title that names
    /// none and has no subject ("President"), one of <paramref name="reportCountries"/> (the countries the report
    /// names). Null when none does.</summary>
    public static string? Agree(string title, IReadOnlyList<string> entryTitles, IReadOnlySet<string>? reportCountries = null) =>
        Agree(title, new EntryTitles(entryTitles), reportCountries);

    /// <summary><see cref="Agree(string, IReadOnlyList{string}, IReadOnlySet{string}?)"/> on titles read once.</summary>
    public static string? Agree(string title, EntryTitles entryTitles, IReadOnlySet<string>? reportCountries = null)
    {
        var subject = Subject(title) is { } s ? Tokens(s).Where(t => !GenericWords.Contains(t.Original)).ToList() : [];
        var roles = Words(title).Select(w => w.ToLowerInvariant()).Where(Lexicon.RoleWords.Contains).ToHashSet(StringComparer.Ordinal);
        var countries = Countries(title).ToHashSet(StringComparer.Ordinal);
        if (countries.Count == 0 && subject.Count == 0 && reportCountries is not null) countries.UnionWith(reportCountries);
        foreach (var entryTitle in entryTitles.Titles)
        {
            if (subject.Count > 0 && subject.All(w => entryTitle.Tokens.Any(e => Meets(w, e)))) return entryTitle.Text;
            if (roles.Count > 0 && countries.Count > 0 && entryTitle.Words.Any(roles.Contains) && entryTitle.Countries.Any(countries.Contains))
                return entryTitle.Text;
        }
        return null;
    }

    /// <summary>The words of <paramref name="entryText"/> that name <paramref name="organization"/> (each of its
    /// distinctive words met), or null when it is not named there.</summary>
    public static string? Named(string organization, EntryText entryText)
    {
        var words = Tokens(organization).Where(t => !GenericWords.Contains(t.Original) && t.Text.Length >= 4).ToList();
        if (words.Count == 0) return null;
        var met = words.Select(w => entryText.Tokens.FirstOrDefault(e => Meets(w, e))).ToList();
        return met.All(m => m is not null) ? string.Join(' ', met.Select(m => m!.Text)) : null;
    }

    private static bool Meets(NameToken a, NameToken b) => TokenSimilarity.Compare(a, b) is { Score: >= 0.85 };

    private static List<NameToken> Tokens(string text) => Words(text).SelectMany(w => NameParser.Parse(w).Tokens).ToList();

    private static List<string> Words(string text) =>
        text.Split([' ', '-', ',', '(', ')', '/', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>The words of a list entry's text as name tokens, read once for every name compared with them.</summary>
    public sealed class EntryText(IEnumerable<string> words)
    {
        internal IReadOnlyList<NameToken> Tokens { get; } = words.SelectMany(w => NameParser.Parse(w).Tokens).ToList();
    }

    /// <summary>A list entry's titles, each with its name tokens, lower-cased words and countries read once for every
    /// title compared with them.</summary>
    public sealed class EntryTitles(IEnumerable<string> titles)
    {
        internal IReadOnlyList<(string Text, List<NameToken> Tokens, HashSet<string> Words, HashSet<string> Countries)> Titles { get; } =
            titles.Select(t => (t, Tokens(t), Words(t).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                Countries(t).ToHashSet(StringComparer.Ordinal))).ToList();
    }
}
