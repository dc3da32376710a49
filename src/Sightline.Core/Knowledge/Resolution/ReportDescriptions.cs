using System.Globalization;
using System.Text.RegularExpressions;
using Sightline.Claims;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// What a report says of a person right where it names them, read from the text around each of the person's named
/// mentions for the link decision (ADR-016, addendum): the title written before the name ("Iran's Supreme Leader",
/// "acting Hamas leader", "President") or set off after it ("…, the head of the Popular Mobilisation Forces"), a birth
/// year or an age ("born in 1960", "aged 62", "Name, 62,", "a 62-year-old"), the gender a title or the person's own
/// reported speech gives ("Mrs", "spokeswoman", "… said she would"), and a report's saying the person is not someone else of the name
/// ("not to be confused with"). Each is read from one mention's sentence only.
/// </summary>
public static partial class ReportDescriptions
{
    /// <summary>One mention: the text of its sentence before and after the name, how many other people its sentence
    /// names, and the year the report was published (null when unknown).</summary>
    public sealed record Window(string Before, string After, int OtherPeople, int? Published);

    /// <summary>A birth year as a report gives it, with its tolerance in years (an age leaves the year one way or the
    /// other) and the words it was read from.</summary>
    public sealed record BirthYear(int Year, int Tolerance, string Evidence);

    /// <summary>What every window says, put together: <see cref="Titles"/> before and after the name, <see cref="OwnTitles"/>
    /// those before it only ("Iranian envoy"), whose country is the person's own, where a title after the name describes
    /// an organisation as often ("head of the Iranian-backed…"). A gender both ways is no gender.</summary>
    public sealed record Described(IReadOnlyList<string> Titles, IReadOnlyList<string> OwnTitles, IReadOnlyList<BirthYear> BirthYears, string? Gender, string? Denial);

    public static Described Read(IEnumerable<Window> windows)
    {
        var titles = new List<string>();
        var own = new List<string>();
        var years = new List<BirthYear>();
        var genders = new HashSet<string>(StringComparer.Ordinal);
        string? denial = null;
        foreach (var window in windows)
        {
            var before = Clause(window.Before, fromEnd: true);
            var after = Clause(window.After, fromEnd: false);
            if (TitleBefore(before) is { } title) { titles.Add(title); own.Add(title); }
            if (TitleAfter(after) is { } apposition) titles.Add(apposition);
            if (Born(window, before, after) is { } year) years.Add(year);
            if (GenderOf(before, window.OtherPeople == 0 ? SentenceOf(window.After) : "") is { } gender) genders.Add(gender);
            if (denial is null && Denied().Match(SentenceOf(window.After)) is { Success: true } denied) denial = denied.Value;
        }
        return new Described(titles.Distinct(StringComparer.Ordinal).ToList(), own.Distinct(StringComparer.Ordinal).ToList(), years, genders.Count == 1 ? genders.First() : null, denial);
    }

    /// <summary>The title written right before a name: the run of capitalised words, role words and title links
    /// ("of", "the") that ends at the name, holding at least one role word; possessives dropped ("Iran's" gives Iran).</summary>
    public static string? TitleBefore(string before)
    {
        var words = Words(before);
        var start = words.Count;
        while (start > 0 && TitleLike(words[start - 1])) start--;
        var run = words.Skip(start).SkipWhile(w => Links.Contains(w.ToLowerInvariant())).ToList();
        return run.Any(w => Lexicon.RoleWords.Contains(w.ToLowerInvariant())) ? string.Join(' ', run) : null;
    }

    /// <summary>A title set off by a comma right after a name ("…, the head of the Popular Mobilisation Forces,"): up to
    /// eight words to the next comma, holding a role word.</summary>
    public static string? TitleAfter(string after)
    {
        var trimmed = after.TrimStart();
        if (!trimmed.StartsWith(',')) return null;
        var apposition = trimmed[1..];
        if (apposition.IndexOfAny([',', ';', ':', '(', '"', '“', '”']) is > 0 and var cut) apposition = apposition[..cut];
        var words = Words(apposition).SkipWhile(w => w is "the" or "a" or "an").Take(8).ToList();
        var role = words.FindIndex(w => Lexicon.RoleWords.Contains(w.ToLowerInvariant()));
        if (role < 0 || words.Take(role).Any(w => char.IsLower(w[0]) && !Links.Contains(w))) return null;
        return string.Join(' ', words);
    }

    private static BirthYear? Born(Window window, string before, string after)
    {
        if (BornIn().Match(after) is { Success: true } born)
            return new BirthYear(int.Parse(born.Groups["year"].Value, CultureInfo.InvariantCulture), 0, born.Value.Trim(' ', ',', '('));
        if (window.Published is not { } published) return null;
        var age = AgeAfter().Match(after) is { Success: true } a ? a : AgeBefore().Match(before) is { Success: true } b ? b : null;
        if (age is null || !int.TryParse(age.Groups["age"].Value, CultureInfo.InvariantCulture, out var years) || years is < 18 or > 100) return null;
        // Aged 62 in a report of 2024: born in 1961 or 1962.
        return new BirthYear(published - years, 1, age.Value.Trim(' ', ','));
    }

    private static string? GenderOf(string before, string sentenceAfter)
    {
        // Only the word right before the name: in "the wife of Omar" the word is another's.
        var last = Words(before).LastOrDefault()?.ToLowerInvariant().TrimEnd('.');
        if ((last is not null && Female.Contains(last)) || before.TrimEnd().EndsWith("first lady", StringComparison.OrdinalIgnoreCase)) return "Female";
        if (last is not null && Male.Contains(last)) return "Male";
        if (SaidPronoun().Match(sentenceAfter) is not { Success: true } pronoun) return null;
        return pronoun.Groups["pronoun"].Value.ToLowerInvariant() == "she" ? "Female" : "Male";
    }

    private static bool TitleLike(string word) =>
        !Breaks.Contains(word.ToLowerInvariant())
        && (char.IsUpper(word[0]) || Lexicon.RoleWords.Contains(word.ToLowerInvariant()) || Links.Contains(word) || Qualifiers.Contains(word));

    /// <summary>Capitalised words that open a sentence or a date, not a title: "On Monday Elbonia's leader".</summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "by", "with", "from", "after", "before", "during", "when", "while", "as", "but", "meanwhile", "earlier", "later",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The clause nearest the name: text after the last clause break before it, or before the first after it.</summary>
    private static string Clause(string text, bool fromEnd)
    {
        if (!fromEnd) return SentenceOf(text);
        var cut = text.LastIndexOfAny(['.', ';', ':', '(', ')', '"', '“', '”', '\n', '!', '?', ',']);
        return cut < 0 ? text : text[(cut + 1)..];
    }

    private static string SentenceOf(string after)
    {
        var end = SentenceEnd().Match(after);
        return end.Success ? after[..end.Index] : after;
    }

    /// <summary>The words of a title, possessives dropped ("Iran's" gives Iran) and compounds that describe a sponsor,
    /// not the person ("Iran-backed", "U.S.-designated"), left out.</summary>
    private static List<string> Words(string text) =>
        text.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal)
            .Split([' ', '\t', '\n', ',', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter) && !(w.LastIndexOf('-') is > 0 and var dash && dash + 1 < w.Length && char.IsLower(w[dash + 1]) && !Lexicon.RoleWords.Contains(w.ToLowerInvariant())))
            .ToList();

    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "of", "the", "for" };
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "acting", "former", "deputy", "vice", "interim", "top", "senior", "supreme" };
    private static readonly HashSet<string> Female = new(StringComparer.Ordinal)
        { "mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "businesswoman", "congresswoman" };
    private static readonly HashSet<string> Male = new(StringComparer.Ordinal)
        { "mr", "sir", "king", "prince", "spokesman", "chairman", "businessman", "congressman" };

    [GeneratedRegex(@"^\W{0,3}(?:who\s+was\s+|was\s+)?born\s+(?:in\s+)?(?:\w+\s+){0,3}?(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BornIn();

    [GeneratedRegex(@"^\s*(?:,\s*(?:aged\s+)?(?<age>\d{2})\s*(?:,|\.|$|\s+years?\s+old)|\s*\((?:aged\s+)?(?<age>\d{2})\))")]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\b(?<age>\d{2})-year-old\s+(?:[A-Za-z]+\s+){0,4}$")]
    private static partial Regex AgeBefore();

    /// <summary>The subject pronoun of what the person is reported saying right after the name ("…, the minister, said
    /// she would"): a possessive or a pronoun further on may be another's.</summary>
    [GeneratedRegex(@"^\s*(?:,[^,.]{0,60},\s*)?(?:said|says|added|stated|noted|explained|told\s+\w+)\s+(?:that\s+)?(?<pronoun>he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaidPronoun();

    /// <summary>A denial set right after the name ("X (not to be confused with …)", "X, no relation to …,", "X, who is not
    /// the sanctioned …"): further on in the sentence the words may be about something else ("the plan is not related to").</summary>
    [GeneratedRegex(@"^\W{0,3}(?:who\s+(?:is|was)\s+)?(?:not\s+to\s+be\s+confused\s+with|no\s+relation\s+(?:to|of)|not\s+related\s+to|not\s+the\s+(?:same|sanctioned|designated|listed))", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    [GeneratedRegex(@"[.!?](?:\s|$)|\n")]
    private static partial Regex SentenceEnd();
}
