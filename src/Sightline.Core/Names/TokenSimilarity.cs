namespace Sightline.Names;

/// <summary>How a query token met a list token.</summary>
public enum TokenMatchKind
{
    /// <summary>The same word once folded (<c>Qaïs</c> and <c>QAIS</c>).</summary>
    Exact,
    /// <summary>Letters alike and the same phonetic key: a variant spelling (<c>Qais</c> and <c>Kais</c>).</summary>
    Phonetic,
    /// <summary>Letters alike but a different key: most likely a typing error (<c>Khazali</c> and <c>Khazlai</c>).</summary>
    Spelling,
    /// <summary>Different scripts, same phonetic key (<c>قيس</c> and <c>Qais</c>).</summary>
    Transliteration,
    /// <summary>Different scripts, keys one consonant apart (<c>ذ</c> written as <c>z</c> instead of <c>dh</c>).</summary>
    NearTransliteration,
}

/// <summary>The similarity of two name tokens, in [0, 1], and how it was found.</summary>
public readonly record struct TokenSimilarity(double Score, TokenMatchKind How)
{
    /// <summary>Below this two tokens are not considered to match at all.</summary>
    public const double Minimum = 0.7;

    private const double MinimumJaroWinkler = 0.88;

    public static TokenSimilarity? Compare(NameToken query, NameToken listed)
    {
        if (query.Text == listed.Text && query.HasSpelling == listed.HasSpelling) return new(1, TokenMatchKind.Exact);
        var sameKey = ShareKey(query, listed);

        if (query.HasSpelling && listed.HasSpelling)
        {
            var jw = JaroWinkler.Similarity(query.Text, listed.Text);
            if (sameKey) return new(Math.Max(jw, 0.92), TokenMatchKind.Phonetic);
            if (jw >= MinimumJaroWinkler && Math.Min(query.Text.Length, listed.Text.Length) >= 4)
                return new(Minimum + (jw - MinimumJaroWinkler) / (1 - MinimumJaroWinkler) * (1 - Minimum), TokenMatchKind.Spelling);
            return null;
        }

        if (sameKey)
        {
            var consonants = listed.Key.StartsWith('~') ? 1 : listed.Key.Length;
            return new(consonants >= 3 ? 0.95 : consonants == 2 ? 0.9 : 0.8, TokenMatchKind.Transliteration);
        }
        return OneConsonantApart(query, listed) ? new(0.75, TokenMatchKind.NearTransliteration) : null;
    }

    private static bool ShareKey(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (x == y) return true;
        return false;
    }

    private static bool OneConsonantApart(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (Math.Min(x.Length, y.Length) >= 3 && !x.StartsWith('~') && !y.StartsWith('~') && WithinOneEdit(x, y)) return true;
        return false;
    }

    /// <summary>Whether one substitution, insertion or deletion turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (a.Length < b.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
