namespace Sightline.Names;

/// <summary>
/// A Latin name written with one slip of the keyboard: its letters in written order, with spaces, hyphens and
/// apostrophes left out, are one edit (a letter changed, left out, added, or two neighbours swapped) from another
/// name's. Such a query is that name even where the slip moved the place a compound splits (<c>Habiblulah</c> read
/// <c>habib</c> <c>lulah</c> against <c>Habibullah</c>'s <c>habib</c> <c>allah</c>), or made a compound head another
/// (<c>Adulhai</c> against <c>Abdulhai</c>), which word-by-word comparison, after each side's words are normalised, no
/// longer sees as one letter apart.
/// </summary>
/// <remarks>Only the written order counts (a reordered name is the token comparison's business), and only names of
/// <see cref="MinimumLetters"/> letters or more: in a shorter name one letter is too large a share of it.</remarks>
public static class WrittenSlip
{
    /// <summary>The longer of the two names must have at least this many letters.</summary>
    public const int MinimumLetters = 8;

    /// <summary>The letters of a name as written, folded to lower-case ASCII, nothing else (<c>Abd al-Rahman</c> →
    /// <c>abdalrahman</c>), and for a <c>FAMILY, Given</c> name also <c>Given FAMILY</c>'s; none when the name has
    /// letters of another script.</summary>
    public static string[] Letters(string name)
    {
        foreach (var c in name)
            if (char.IsLetter(c) && c >= '\u0250' && c is not (>= '\u1E00' and <= '\u1EFF')) return [];
        var comma = name.IndexOf(',');
        var written = Scripts.LatinFolding.Fold(name);
        if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0) return written.Length > 0 ? [written] : [];
        var rotated = Scripts.LatinFolding.Fold(name[(comma + 1)..]) + Scripts.LatinFolding.Fold(name[..comma]);
        return [written, rotated];
    }

    /// <summary>Whether two names' letters (from <see cref="Letters"/>) are one slip apart; the same letters are not a
    /// slip (the token comparison has already judged those).</summary>
    public static bool IsOneSlip(string query, string listed) =>
        Math.Abs(query.Length - listed.Length) <= 1 && Math.Max(query.Length, listed.Length) >= MinimumLetters
        && query != listed && EditDistance.Within(query, listed, 1);

    /// <summary>The similarity of a name written with one slip, as for one mistyped word (<see cref="TokenMatchKind.Spelling"/>).</summary>
    public static TokenSimilarity Similarity(string query, string listed) =>
        new(0.75 + 0.2 * JaroWinkler.Similarity(query, listed), TokenMatchKind.Spelling);

    /// <summary>The comparison of a query that is the list name written with one slip: every word of both sides
    /// covered, the pairs the token comparison found kept and the words it left paired in written order, each as a
    /// misspelling; no conflict. Never lower than the token comparison's score.</summary>
    public static NameComparison Compare(IReadOnlyList<NameToken> query, IReadOnlyList<NameToken> listed, NameComparison byTokens, TokenSimilarity similarity)
    {
        var pairs = new List<TokenPair>(byTokens.Pairs);
        Span<bool> queryUsed = stackalloc bool[query.Count];
        Span<bool> listedUsed = stackalloc bool[listed.Count];
        foreach (var pair in pairs) queryUsed[pair.QueryToken] = listedUsed[pair.ListToken] = true;
        int q = 0, n = 0;
        while (true)
        {
            while (q < query.Count && (queryUsed[q] || query[q].Optional)) q++;
            while (n < listed.Count && (listedUsed[n] || listed[n].Optional)) n++;
            if (q == query.Count || n == listed.Count) break;
            pairs.Add(new TokenPair(q++, n++, similarity));
        }
        pairs.Sort((a, b) => a.QueryToken.CompareTo(b.QueryToken));
        var score = Math.Max(byTokens.Score, similarity.Score);
        return new NameComparison(score, 1, 1, pairs);
    }
}
