using Sightline.Lists.Model;
using Sightline.Names.Scripts;

namespace Sightline.Screening;

/// <summary>
/// Orders search hits by what the user typed, not by the screening score alone (ADR-035): first the hits whose name has
/// more of the query's words as whole words (<c>Hasan Nasrallah</c> for <c>Nasrallah</c>, not <c>ANSARALLAH</c>, where
/// the engine finds the query's pieces inside one word), then persons before organisations before vessels and aircraft,
/// then hits on a primary name before hits on an alias only, then the score (a user typing a man's name finds the man
/// before the militia that has his name as an alias). Screening itself keeps its scores; this is
/// the order of a search box, where the user names someone and expects that someone first.
/// </summary>
public static class SearchRanking
{
    /// <summary>Where one hit stands: compare with <see cref="Order"/>.</summary>
    /// <param name="WholeWords">How many of the query's words are whole words of the hit's name (its primary name or the
    /// name that matched, whichever has more).</param>
    /// <param name="OnPrimaryName">The primary name holds those words (or matched), not only an alias; true when no
    /// word is held whole.</param>
    public readonly record struct Rank(int WholeWords, EntrySchema Schema, bool OnPrimaryName, double Score, string Id);

    /// <summary>Best first: more whole words, then persons, organisations, vessels, aircraft, then primary names, then the
    /// higher score, then the id (a stable order).</summary>
    public static readonly IComparer<Rank> Order = Comparer<Rank>.Create((a, b) =>
    {
        var c = b.WholeWords.CompareTo(a.WholeWords);
        if (c == 0) c = SchemaOrder(a.Schema).CompareTo(SchemaOrder(b.Schema));
        if (c == 0) c = b.OnPrimaryName.CompareTo(a.OnPrimaryName);
        if (c == 0) c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>The rank of a hit named <paramref name="primaryName"/> that matched the query (its <see cref="Words"/>,
    /// read once for all its hits) through <paramref name="matchedName"/> (an alias, or the primary name again).</summary>
    public static Rank Of(IReadOnlyCollection<string> words, string primaryName, string matchedName, bool matchedPrimary, EntrySchema schema, double score, string id)
    {
        var onPrimary = WholeWordsIn(words, primaryName);
        var onMatched = matchedPrimary ? onPrimary : WholeWordsIn(words, matchedName);
        var whole = Math.Max(onPrimary, onMatched);
        // Among hits that hold none of the words whole, which name the engine paired the pieces with says little: the
        // score orders them.
        return new Rank(whole, schema, whole == 0 || matchedPrimary || onPrimary == whole, score, id);
    }

    /// <summary>Screening results in search order.</summary>
    public static IReadOnlyList<ScreeningResult> Sort(string query, IEnumerable<ScreeningResult> results)
    {
        var words = Words(query);
        return [.. results.OrderBy(r => Of(words, r.Entry.Name, r.Explanation.MatchedName,
            r.Explanation.MatchedNameKind is NameKind.Primary, r.Entry.Schema, r.Score, $"{r.Entry.List}:{r.Entry.Id}"), Order)];
    }

    /// <summary>How many distinct words of <paramref name="queryWords"/> are whole words of <paramref name="name"/>.</summary>
    public static int WholeWordsIn(IReadOnlyCollection<string> queryWords, string name)
    {
        var nameWords = Words(name);
        return queryWords.Count(nameWords.Contains);
    }

    /// <summary>The words of a name or query, folded: case and diacritics dropped, apostrophes and hyphens do not
    /// separate letters from words (<c>Al-Khaz'ali</c> → <c>al</c>, <c>khazali</c>); words in other scripts lower-cased.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = LatinFolding.Fold(piece);
            if (folded.Length == 0) folded = new string([.. piece.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
            if (folded.Length > 0) words.Add(folded);
        }
        return words;
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '-', '‐', '–', ',', '.', ';', ':', '/', '(', ')', '"', '“', '”'];

    private static int SchemaOrder(EntrySchema schema) => schema switch
    {
        EntrySchema.Person => 0,
        EntrySchema.Organization => 1,
        EntrySchema.Vessel => 2,
        _ => 3,
    };
}
