namespace Sightline.Names;

/// <summary>
/// The halves of a compound name the parser split (<c>Abdullah</c> → <c>abd</c> <c>allah</c>, <c>Sirajuddin</c> →
/// <c>siraj</c> <c>din</c>, <c>Abu Bakr</c>, <c>عبد الله</c>) are one name: counted once when the rules count a name's
/// words, and their fixed second halves (<c>allah</c>, <c>din</c>) stand for nothing apart from their heads.
/// </summary>
/// <remarks>See ADR-015, decision 30.</remarks>
public static class CompoundWords
{
    /// <summary>Whether token <paramref name="i"/> is the second half of a compound with the token before it: after
    /// "servant of" or "father/mother of" (<c>abd</c>, <c>abu</c>, <c>umm</c>, <c>عبد</c>, <c>ابو</c>), or a fixed
    /// second half (<see cref="IsFixedTail"/>). Titles join nothing.</summary>
    public static bool JoinsPrevious(IReadOnlyList<NameToken> tokens, int i) =>
        i > 0 && !tokens[i].Optional && !tokens[i - 1].Optional && (IsFixedTail(tokens[i]) || IsHead(tokens[i - 1]));

    /// <summary>"Allah" and "al-Din", which close a compound (<c>Nasr Allah</c>, <c>Salah al-Din</c>) and are
    /// written the same way in every name.</summary>
    public static bool IsFixedTail(NameToken token) => TailOf(token) != FixedTail.None;

    /// <summary>Which fixed second half a token is, whatever its script (<c>الله</c>, <c>لله</c> and <c>allah</c> are one).</summary>
    public static FixedTail TailOf(NameToken token) =>
        token.Script == NameScript.Arabic
            ? token.Source switch { NameWords.ArabicAllah or ArabicAllahAfterAbd => FixedTail.Allah, ArabicDin => FixedTail.Din, _ => FixedTail.None }
            : token.Text switch { NameWords.LatinAllah => FixedTail.Allah, NameWords.LatinDin => FixedTail.Din, _ => FixedTail.None };

    /// <summary>How many words a name has, titles aside, a compound counting once.</summary>
    public static int Count(IReadOnlyList<NameToken> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (!tokens[i].Optional && !JoinsPrevious(tokens, i)) count++;
        return count;
    }

    /// <summary>The first token of the compound token <paramref name="i"/> belongs to (itself when it joins nothing).</summary>
    public static int WordStart(IReadOnlyList<NameToken> tokens, int i)
    {
        while (JoinsPrevious(tokens, i)) i--;
        return i;
    }

    private const string ArabicDin = "دين";

    /// <summary>"Allah" after "Abd" written as one word without the article's alef (<c>عبدلله</c>).</summary>
    private const string ArabicAllahAfterAbd = "لله";

    private static bool IsHead(NameToken token) =>
        token.Script == NameScript.Arabic
            ? token.Source is NameWords.ArabicAbd or NameWords.ArabicAbu
            : token.Text is "abd" or "abu" or "umm";

    /// <summary>Whether token <paramref name="i"/> is a fixed second half joined to the word before it: it pairs only
    /// with the second half of the compound its head paired with.</summary>
    internal static bool IsBoundTail(IReadOnlyList<NameToken> tokens, int i) => i > 0 && IsFixedTail(tokens[i]) && JoinsPrevious(tokens, i);
}

/// <summary>The fixed second halves of compound names.</summary>
public enum FixedTail { None, Allah, Din }
