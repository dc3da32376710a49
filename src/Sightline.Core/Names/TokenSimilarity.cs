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

    private const double MinimumJaroWinkler = 0.8;
    private const double MinimumPhoneticJaroWinkler = 0.84;

    public static TokenSimilarity? Compare(NameToken query, NameToken listed)
    {
        if (query.Text == listed.Text && query.HasSpelling == listed.HasSpelling) return new(1, TokenMatchKind.Exact);
        var sameKey = ShareKey(query, listed);

        if (query.HasSpelling && listed.HasSpelling)
        {
            if (query.Text.Length < 2 || listed.Text.Length < 2) return null;
            var jw = JaroWinkler.Similarity(query.Text, listed.Text);
            if (sameKey && jw >= MinimumPhoneticJaroWinkler) return new(0.6 + 0.4 * jw, TokenMatchKind.Phonetic);
            var shorter = Math.Min(query.Text.Length, listed.Text.Length);
            if (jw >= MinimumJaroWinkler && shorter >= 4 && EditDistance.Within(query.Text, listed.Text, shorter >= 9 ? 2 : 1))
                return new(0.75 + 0.2 * jw, TokenMatchKind.Spelling);
            return null;
        }

        if (sameKey)
        {
            var consonants = listed.Key.StartsWith('~') ? 1 : listed.Key.Length;
            return new(consonants >= 3 ? 0.95 : consonants == 2 ? 0.9 : 0.8, TokenMatchKind.Transliteration);
        }
        return OneConsonantChanged(query, listed) ? new(0.72, TokenMatchKind.NearTransliteration) : null;
    }

    private static bool ShareKey(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (x == y) return true;
        return false;
    }

    /// <summary>Keys of three consonants or more, equal but for one consonant (<c>ذ</c> read as D or as Z).</summary>
    private static bool OneConsonantChanged(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (x.Length == y.Length && x.Length >= 3 && !x.StartsWith('~') && !y.StartsWith('~') && EditDistance.Within(x, y, 1)) return true;
        return false;
    }
}
