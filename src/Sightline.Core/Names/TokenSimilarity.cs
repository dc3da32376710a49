using Sightline.Names.Scripts;
using Sightline.Names.Transliteration;

namespace Sightline.Names;

/// <summary>How a query token met a list token.</summary>
public enum TokenMatchKind
{
    /// <summary>The same word once folded (<c>Qaïs</c> and <c>QAIS</c>).</summary>
    Exact,
    /// <summary>Letters alike, the same phonetic key and the same vowel places: a variant spelling (<c>Qais</c> and <c>Kais</c>).</summary>
    Phonetic,
    /// <summary>Letters alike but a different key: most likely a typing error (<c>Khazali</c> and <c>Khazlai</c>).</summary>
    Spelling,
    /// <summary>Different scripts, scored by the transliteration model (<c>قيس</c> and <c>Qais</c>).</summary>
    Transliteration,
    /// <summary>The same non-Latin script, the same phonetic key (<c>قيس</c> and <c>قیس</c>).</summary>
    SameScript,
}

/// <summary>The similarity of two name tokens, in [0, 1], and how it was found.</summary>
/// <remarks>Between a Latin word and a word in another script the trained transliteration model decides (see
/// ADR-015); the vowel-less skeleton only chose the candidates. Between two Latin spellings a shared skeleton counts
/// only when vowels stand in the same places (<c>Bashar</c> and <c>Bushra</c> share <c>BCR</c> but are two names).</remarks>
public readonly record struct TokenSimilarity(double Score, TokenMatchKind How)
{
    /// <summary>Below this two tokens are not considered to match at all.</summary>
    public const double Minimum = 0.7;

    /// <summary>A misspelling, or a rendering across scripts below <see cref="TransliterationModel.FirmSimilarity"/>:
    /// a pair the other words of a name must confirm.</summary>
    public bool IsSlight => How == TokenMatchKind.Spelling || (How == TokenMatchKind.Transliteration && Score < TransliterationModel.FirmSimilarity);

    private const double MinimumJaroWinkler = 0.8;
    private const double MinimumPhoneticJaroWinkler = 0.84;

    [ThreadStatic] private static Dictionary<(string, string), double>? t_modelCache;
    [ThreadStatic] private static Dictionary<(string, string), double>? t_unusualCache;
    [ThreadStatic] private static Dictionary<(string, string), double>? t_slipCache;
    [ThreadStatic] private static Dictionary<(string, string), double>? t_joinedCache;

    public static TokenSimilarity? Compare(NameToken query, NameToken listed)
    {
        if (query.Optional || listed.Optional) return null;
        if (query.Text == listed.Text && query.HasSpelling == listed.HasSpelling && query.Script == listed.Script) return new(1, TokenMatchKind.Exact);

        TokenSimilarity? letters = null;
        if (query.HasSpelling && listed.HasSpelling) letters = Spelling(query, listed);
        else if (query.Script == listed.Script && ShareScriptKey(query, listed) && SameScriptLettersAlike(query, listed))
        {
            var consonants = listed.Key.StartsWith('~') ? 1 : listed.Key.Length;
            letters = new(consonants >= 3 ? 0.95 : consonants == 2 ? 0.9 : 0.8, TokenMatchKind.SameScript);
        }
        if (query.Script == listed.Script) return letters;

        if (!MayBeRendering(query, listed)) return letters;
        var model = Model(query, listed) ?? RenderingSlip(query, listed);
        if (model is null) return letters;
        return letters is { } l && l.Score >= model.Value.Score ? l : model;
    }

    /// <summary>Two words whose letters can be compared (Latin, or Cyrillic transliterated).</summary>
    private static TokenSimilarity? Spelling(NameToken query, NameToken listed)
    {
        if (query.Text.Length < 2 || listed.Text.Length < 2) return null;
        var jw = JaroWinkler.Similarity(query.Text, listed.Text);
        if (jw >= MinimumPhoneticJaroWinkler && ShareKey(query, listed) && SameVowelPlaces(query.Text, listed.Text))
            return new(0.6 + 0.4 * jw, TokenMatchKind.Phonetic);
        var shorter = Math.Min(query.Text.Length, listed.Text.Length);
        if (jw >= MinimumJaroWinkler && shorter >= 4 && EditDistance.Within(query.Text, listed.Text, shorter >= 9 ? 2 : 1))
            return new(0.75 + 0.2 * jw, TokenMatchKind.Spelling);
        return null;
    }

    /// <summary>The transliteration model's verdict on a non-Latin word and the other side's Latin letters.</summary>
    private static TokenSimilarity? Model(NameToken query, NameToken listed)
    {
        var (native, latin) = query.Source is not null && query.Script != NameScript.Latin ? (query, listed) : (listed, query);
        if (native.Source is null || latin.Text.Length == 0) return null;
        var cache = t_modelCache ??= new Dictionary<(string, string), double>();
        if (!cache.TryGetValue((native.Source, latin.Text), out var score))
        {
            if (cache.Count > 50_000) cache.Clear();
            score = TransliterationModel.Default.Similarity(native.Script, native.Source, latin.Text);
            cache[(native.Source, latin.Text)] = score;
        }
        return score >= Minimum ? new(score, TokenMatchKind.Transliteration) : null;
    }

    /// <summary>A word in Arabic or Hebrew script and a Latin word one slip from one of the model's likeliest renderings
    /// of it (<c>صلاح</c>, rendered <c>salah</c>, and <c>Shalah</c>; <c>طه</c>, rendered <c>tah</c>, and <c>Taha</c>):
    /// a misspelling across scripts, which the model, reading letter by letter, cannot explain. For words under five
    /// letters the slip must be one letter more, after the first, that keeps the consonant skeleton
    /// (<c>tah</c>/<c>taha</c>, not <c>tah</c>/<c>tam</c>, <c>mea</c>/<c>mei</c> or <c>rif</c>/<c>arif</c>). Null when no rendering is so close.</summary>
    internal static TokenSimilarity? RenderingSlip(NameToken a, NameToken b)
    {
        var (native, latin) = a.Script is NameScript.Arabic or NameScript.Hebrew ? (a, b) : (b, a);
        if (native.Source is null || native.Script is not (NameScript.Arabic or NameScript.Hebrew) || latin.Script != NameScript.Latin || latin.Text.Length < 3)
            return null;
        var cache = t_slipCache ??= new Dictionary<(string, string), double>();
        if (!cache.TryGetValue((native.Source, latin.Text), out var score))
        {
            if (cache.Count > 50_000) cache.Clear();
            score = cache[(native.Source, latin.Text)] = SlipScore(native.Source, latin);
        }
        return score > 0 ? new(score, TokenMatchKind.Spelling) : null;
    }

    private static double SlipScore(string source, NameToken latin)
    {
        var best = 0.0;
        foreach (var rendering in NameParser.LikeliestRenderings(source))
        {
            var text = rendering.Latin;
            if (text.Length < 3 || !EditDistance.Within(text, latin.Text, 1) || NisbaApart(text, latin.Text)) continue;
            if (Math.Min(text.Length, latin.Text.Length) < 5 && (latin.Text.Length != text.Length + 1 || latin.Text[0] != text[0] || PhoneticKey.OfLatin(text) != latin.Key)) continue;
            best = Math.Max(best, JaroWinkler.Similarity(text, latin.Text));
        }
        return best > 0 ? 0.75 + 0.2 * best : 0;
    }

    /// <summary>Two words one of which is the other with a final <c>i</c> or <c>y</c>: a nisba, another name
    /// (<c>Hamid</c>/<c>Hamidi</c>, <c>Jaafar</c>/<c>Jaafari</c>), not a slip.</summary>
    private static bool NisbaApart(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer[^1] is 'i' or 'y' && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>A word in another script and a Latin word the model verifies whatever their keys, or, when
    /// <paramref name="unusual"/>, finds an unusual but possible rendering of it (<see cref="TransliterationModel.UnusualSimilarity"/>,
    /// 0.70–0.75); null otherwise. For words left unpaired where other words of two names agreed; <see cref="Compare"/>
    /// has already rejected the pair or not asked the model.</summary>
    public static TokenSimilarity? UnusualRendering(NameToken a, NameToken b, bool unusual)
    {
        if (a.Optional || b.Optional) return null;
        var (native, latin) = a.Script is NameScript.Arabic or NameScript.Cyrillic or NameScript.Hebrew ? (a, b) : (b, a);
        if (native.Source is null || native.Script == NameScript.Latin || latin.Script != NameScript.Latin || latin.Text.Length < 2) return null;
        var cache = t_unusualCache ??= new Dictionary<(string, string), double>();
        if (!cache.TryGetValue((native.Source, latin.Text), out var loose))
        {
            if (cache.Count > 50_000) cache.Clear();
            loose = TransliterationModel.Default.UnusualSimilarity(native.Script, native.Source, latin.Text);
            cache[(native.Source, latin.Text)] = loose;
        }
        // Below 0.75 the model did not verify the pair at its 1% threshold: only an unusual rendering.
        var score = unusual || loose >= TransliterationModel.VerifiedSimilarity ? loose : 0;
        return score >= Minimum ? new(score, TokenMatchKind.Transliteration) : null;
    }

    /// <summary>Two words in one non-Latin script written together, scored against a Latin word by the transliteration
    /// model (<c>ما</c> <c>يشو</c> and <c>Maychou</c>); null unless the model verifies them.</summary>
    public static TokenSimilarity? Joined(NameToken first, NameToken second, NameToken latin)
    {
        if (!MayBeJoined(first, second) || latin.Script != NameScript.Latin) return null;
        var source = first.Source + second.Source;
        var cache = t_joinedCache ??= new Dictionary<(string, string), double>();
        if (!cache.TryGetValue((source, latin.Text), out var score))
        {
            if (cache.Count > 50_000) cache.Clear();
            score = cache[(source, latin.Text)] = TransliterationModel.Default.Similarity(first.Script, source, latin.Text);
        }
        return score >= TransliterationModel.VerifiedSimilarity ? new(score, TokenMatchKind.Transliteration) : null;
    }

    /// <summary>The fewest letters each part of a run-together word has (<see cref="RunTogether"/>).</summary>
    public const int RunTogetherPart = 3;

    /// <summary>A word in Arabic script that may be two names run together, against two adjacent Latin words
    /// (<c>ظاهرعويس</c> and <c>Dahir Aweys</c>): cut where a missing space would not show (<see
    /// cref="ArabicScript.RunTogetherCuts"/>), each part of three letters or more, and each verified by the model as a
    /// rendering of its Latin word. The lower of the two similarities of the best cut; null when no cut verifies both.</summary>
    public static TokenSimilarity? RunTogether(NameToken whole, NameToken first, NameToken second)
    {
        if (whole.Optional || whole.Script != NameScript.Arabic || whole.Source is not { Length: >= 2 * RunTogetherPart } source
            || first.Optional || second.Optional || first.Script != NameScript.Latin || second.Script != NameScript.Latin
            || first.Text.Length < 2 || second.Text.Length < 2) return null;
        var cache = t_joinedCache ??= new Dictionary<(string, string), double>();
        var pair = first.Text + " " + second.Text;
        if (!cache.TryGetValue((source, pair), out var best))
        {
            if (cache.Count > 50_000) cache.Clear();
            foreach (var cut in ArabicScript.RunTogetherCuts(source, RunTogetherPart))
            {
                var head = TransliterationModel.Default.Similarity(NameScript.Arabic, source[..cut], first.Text);
                if (head < TransliterationModel.VerifiedSimilarity) continue;
                best = Math.Max(best, Math.Min(head, TransliterationModel.Default.Similarity(NameScript.Arabic, source[cut..], second.Text)));
            }
            cache[(source, pair)] = best;
        }
        return best >= TransliterationModel.VerifiedSimilarity ? new(best, TokenMatchKind.Transliteration) : null;
    }

    /// <summary>Two adjacent words in one non-Latin script, neither a title, one of three letters or fewer: a piece of a
    /// name a script may write apart (<c>ما</c> <c>يشو</c>, <c>Maychou</c>). Longer pairs are two names.</summary>
    public static bool MayBeJoined(NameToken first, NameToken second) =>
        first.Source is not null && second.Source is not null && !first.Optional && !second.Optional
        && first.Script != NameScript.Latin && first.Script == second.Script && Math.Min(first.Source.Length, second.Source.Length) <= 3;

    /// <summary>Blocking for the model: the words share a key, or have keys one consonant apart (<c>ذ</c> read as
    /// d or z). Pairs that fail this are not worth the model's time; the model decides the others.</summary>
    private static bool MayBeRendering(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (x == y || (x.Length >= 2 && y.Length >= 2 && !x.StartsWith('~') && !y.StartsWith('~') && EditDistance.Within(x, y, 1))) return true;
        return false;
    }

    /// <summary>Two words of the same non-Latin script meet on the script's own skeletons (<c>قيس</c>/<c>قیس</c>), not on
    /// those of their likeliest Latin renderings: the letters are there to compare, and two guesses at a Latin spelling
    /// agreeing (<c>قالب</c> and <c>غالب</c>, whose letters differ, share a rendering's key) is no evidence. Hebrew has no skeleton of its own and
    /// keeps its renderings' keys.</summary>
    private static bool ShareScriptKey(NameToken a, NameToken b)
    {
        if (a.Script != NameScript.Arabic || a.Source is null || b.Source is null) return ShareKey(a, b);
        foreach (var x in ArabicScript.Keys(a.Source))
            foreach (var y in ArabicScript.Keys(b.Source))
                if (x == y) return true;
        return false;
    }

    /// <summary>Two words of the same non-Latin script whose letters are one edit apart, or two for words of six letters
    /// or more (<c>نوروزی</c>/<c>نورزی</c>): a shared skeleton alone is no evidence (<c>پرهام</c> and <c>ابراهيم</c>,
    /// Parham and Ibrahim, share <c>BRHM</c>).</summary>
    private static bool SameScriptLettersAlike(NameToken a, NameToken b)
    {
        if (a.Source is null || b.Source is null) return true;
        return EditDistance.Within(a.Source, b.Source, Math.Min(a.Source.Length, b.Source.Length) >= 6 ? 2 : 1);
    }

    private static bool ShareKey(NameToken a, NameToken b)
    {
        foreach (var x in a.Keys)
            foreach (var y in b.Keys)
                if (x == y) return true;
        return false;
    }

    /// <summary>Whether two Latin words may be spellings of one name by where their vowels stand: written as runs of
    /// consonants and vowels (<c>w</c> and <c>y</c> inside a word count as vowels, a final <c>h</c> is dropped), words
    /// with as many vowel runs must have the same pattern. <c>Muhammad</c>/<c>Mohammed</c> and <c>Husayn</c>/<c>Hussein</c>
    /// do; <c>Bashar</c> (CVCVC) and <c>Bushra</c> (CVCV) do not. A vowel run more or less inside the word
    /// (<c>Yng</c>, <c>Yong</c>) is left to other evidence, being as often a slip of the keyboard; one at the end is
    /// another name (<c>Jaafar</c>/<c>Jaafari</c>, <c>Samir</c>/<c>Samira</c>).</summary>
    internal static bool SameVowelPlaces(string a, string b)
    {
        var (x, xVowels, xEnd) = Shape(a);
        var (y, yVowels, yEnd) = Shape(b);
        return x == y || (xVowels != yVowels && xEnd == yEnd);
    }

    /// <summary>The consonant/vowel run pattern as bits (1 = vowel run), with its run count in the top byte, and the
    /// number of vowel runs. No allocation.</summary>
    private static (ulong Pattern, int Vowels, int EndsInVowel) Shape(string word)
    {
        var length = word.Length > 1 && word[^1] == 'h' ? word.Length - 1 : word.Length;
        ulong pattern = 0;
        int runs = 0, vowels = 0;
        var last = -1;
        for (var i = 0; i < length && runs < 56; i++)
        {
            var c = word[i];
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' || (i > 0 && c is 'y' or 'w') ? 1 : 0;
            if (vowel == last) continue;
            last = vowel;
            pattern |= (ulong)vowel << runs;
            runs++;
            vowels += vowel;
        }
        return (pattern | (ulong)runs << 56, vowels, last);
    }
}
