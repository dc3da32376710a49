using System.Collections.Concurrent;
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
    public static string? Subject(string title) => Read(title).Subject;

    /// <summary>The countries a title names by a country or nationality word ("North Korean leader" gives KP).</summary>
    public static IEnumerable<string> Countries(string title) => Read(title).Countries;

    /// <summary>The first of <paramref name="entryTitles"/> that <paramref name="title"/> agrees with: every word of the
    /// title's subject is in it, or the two share a role word and a country — the title's, or for a title that names
    /// none and has no subject ("President"), one of <paramref name="reportCountries"/> (the countries the report
    /// names). Null when none does.</summary>
    public static string? Agree(string title, IReadOnlyList<string> entryTitles, IReadOnlySet<string>? reportCountries = null) =>
        Agree(title, new EntryTitles(entryTitles), reportCountries);

    /// <summary><see cref="Agree(string, IReadOnlyList{string}, IReadOnlySet{string}?)"/> on titles read once; the answer
    /// for a title that does not fall back on the report's countries is remembered with the entry's titles.</summary>
    public static string? Agree(string title, EntryTitles entryTitles, IReadOnlySet<string>? reportCountries = null)
    {
        var read = Read(title);
        var ownCountries = read.Countries.Count > 0 || read.SubjectTokens.Count > 0 || reportCountries is null;
        if (ownCountries && entryTitles.Agreed.TryGetValue(title, out var known)) return known;
        var countries = ownCountries ? read.Countries : [.. reportCountries!];
        string? agreed = null;
        foreach (var entryTitle in entryTitles.Titles)
        {
            if (read.SubjectTokens.Count > 0 && read.SubjectTokens.All(w => entryTitle.Tokens.Any(e => Meets(w, e)))) { agreed = entryTitle.Text; break; }
            if (read.Roles.Count > 0 && countries.Count > 0 && entryTitle.Words.Any(read.Roles.Contains) && entryTitle.Countries.Any(countries.Contains))
            {
                agreed = entryTitle.Text;
                break;
            }
        }
        if (ownCountries) Remember(entryTitles.Agreed, title, agreed);
        return agreed;
    }

    /// <summary>The words of <paramref name="entryText"/> that name <paramref name="organization"/> (each of its
    /// distinctive words met), or null when it is not named there; remembered with the entry's text.</summary>
    public static string? Named(string organization, EntryText entryText)
    {
        if (entryText.Named.TryGetValue(organization, out var known)) return known;
        var words = Read(organization).Distinctive;
        string? named = null;
        if (words.Count > 0)
        {
            var met = words.Select(w => entryText.Tokens.FirstOrDefault(e => Meets(w, e))).ToList();
            if (met.All(m => m is not null)) named = string.Join(' ', met.Select(m => m!.Text));
        }
        Remember(entryText.Named, organization, named);
        return named;
    }

    private static bool Meets(NameToken a, NameToken b) => TokenSimilarity.Compare(a, b) is { Score: >= 0.85 };

    private static List<NameToken> Tokens(string text) => Words(text).SelectMany(w => NameParser.Parse(w).Tokens).ToList();

    private static List<string> Words(string text) =>
        text.Split([' ', '-', ',', '(', ')', '/', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>What the comparisons need of a title or an organisation's name, read from its words once.</summary>
    /// <param name="Distinctive">The name tokens of its words that say which body it is: not generic, four letters or more.</param>
    private sealed record ReadTitle(string? Subject, List<NameToken> SubjectTokens, HashSet<string> Roles, List<string> Countries, List<NameToken> Distinctive);

    /// <summary>Titles and organisation names read so far: the same few thousand recur in every report that relinks a
    /// much-reported person, and parsing them again made linking cost more as the base grew (ADR-044).</summary>
    private static readonly ConcurrentDictionary<string, ReadTitle> ReadSoFar = new(StringComparer.Ordinal);

    private const int Remembered = 50_000;

    private static ReadTitle Read(string title)
    {
        if (ReadSoFar.TryGetValue(title, out var read)) return read;
        var words = Words(title);
        var subjectWords = words.Where(w => !Lexicon.RoleWords.Contains(w.ToLowerInvariant()) && Nationalities.CountryCode(w) is null
                                            && !Lexicon.Determiners.Contains(w.ToLowerInvariant()) && !Lexicon.Prepositions.Contains(w.ToLowerInvariant())).ToList();
        var subject = subjectWords.Any(w => !GenericWords.Contains(w) && w.Length >= 4) ? string.Join(' ', subjectWords) : null;
        read = new ReadTitle(
            subject,
            subject is null ? [] : Tokens(subject).Where(t => !GenericWords.Contains(t.Original)).ToList(),
            words.Select(w => w.ToLowerInvariant()).Where(Lexicon.RoleWords.Contains).ToHashSet(StringComparer.Ordinal),
            CountriesIn(words),
            Tokens(title).Where(t => !GenericWords.Contains(t.Original) && t.Text.Length >= 4).ToList());
        Remember(ReadSoFar, title, read);
        return read;
    }

    private static List<string> CountriesIn(List<string> words)
    {
        var countries = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var pair = i + 1 < words.Count ? Nationalities.CountryCode(words[i] + " " + words[i + 1]) : null;
            if (pair is not null) { countries.Add(pair); i++; continue; }
            if (Nationalities.CountryCode(words[i]) is { } code) countries.Add(code);
        }
        return countries;
    }

    /// <summary>Remembers an answer, forgetting all once <see cref="Remembered"/> are held, so memory stays bounded.</summary>
    private static void Remember<T>(ConcurrentDictionary<string, T> memory, string key, T value)
    {
        if (memory.Count >= Remembered) memory.Clear();
        memory[key] = value;
    }

    /// <summary>The words of a list entry's text as name tokens, read once for every name compared with them, and the
    /// organisations found named there or not.</summary>
    public sealed class EntryText(IEnumerable<string> words)
    {
        internal IReadOnlyList<NameToken> Tokens { get; } = words.SelectMany(w => NameParser.Parse(w).Tokens).ToList();
        internal ConcurrentDictionary<string, string?> Named { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A list entry's titles, each with its name tokens, lower-cased words and countries read once for every
    /// title compared with them, and the report titles found to agree with them or not.</summary>
    public sealed class EntryTitles(IEnumerable<string> titles)
    {
        internal IReadOnlyList<(string Text, List<NameToken> Tokens, HashSet<string> Words, HashSet<string> Countries)> Titles { get; } =
            titles.Select(t => (t, Tokens(t), Words(t).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                Read(t).Countries.ToHashSet(StringComparer.Ordinal))).ToList();
        internal ConcurrentDictionary<string, string?> Agreed { get; } = new(StringComparer.Ordinal);
    }
}
