using System.Globalization;
using Sightline.Names.Scripts;
using Sightline.Names.Transliteration;

namespace Sightline.Names;

/// <summary>
/// Splits a name as written into comparable <see cref="NameToken"/>s: in any order (<c>AL-KHAZALI, Qais</c> and
/// <c>Qais al-Khazali</c> give the same tokens), in Latin, Arabic, Persian or Cyrillic script, with honorifics,
/// articles and "son of" connectors set aside, and compounds written as one word split like their spaced forms
/// (<c>Abdulrahman</c> → <c>abd</c> <c>rahman</c>, <c>Nasrallah</c> and <c>نصرالله</c> → <c>nasr</c> <c>allah</c>,
/// <c>Sirajuddin</c> → <c>siraj</c> <c>din</c>), so
/// that reordering words never breaks a compound.
/// </summary>
/// <remarks>Never throws: empty, whitespace-only or control-character input gives <see cref="ParsedName.Empty"/>;
/// <see cref="Parse"/> cuts a very long input at <see cref="MaxCharacters"/> characters and <see cref="MaxTokens"/>
/// tokens and reports the cut in <see cref="ParsedName.Ignored"/>; a query is read whole by <see cref="ParseWindows"/>.</remarks>
public static class NameParser
{
    public const int MaxCharacters = 1000;
    public const int MaxTokens = 16;
    private const string Honorific = "honorific";

    /// <summary>The most characters of a query <see cref="ParseWindows"/> reads: far beyond any name, a bound on the
    /// work one query can ask for.</summary>
    public const int MaxQueryCharacters = 100_000;

    /// <summary>Parses a name, keeping its first <see cref="MaxTokens"/> tokens; what was cut is reported in
    /// <see cref="ParsedName.Ignored"/>.</summary>
    public static ParsedName Parse(string? name)
    {
        var parsed = ParseAll(name, MaxCharacters);
        if (parsed.Tokens.Count <= MaxTokens) return parsed;
        var ignored = parsed.Ignored.Append($"{parsed.Tokens.Count - MaxTokens} words after the first {MaxTokens} (too many)").ToList();
        return new ParsedName(parsed.Tokens.Take(MaxTokens).ToList(), ignored);
    }

    /// <summary>Parses a query of any length into windows of at most <see cref="MaxTokens"/> tokens, each overlapping
    /// the next by half, so that every run of up to half that many words lies whole in one window: one window for a
    /// name of <see cref="MaxTokens"/> words or fewer, and for a longer one each window's <see cref="ParsedName.Ignored"/>
    /// says the name was screened in parts.</summary>
    public static IReadOnlyList<ParsedName> ParseWindows(string? name)
    {
        var parsed = ParseAll(name, MaxQueryCharacters);
        var count = parsed.Tokens.Count;
        if (count <= MaxTokens) return [parsed];
        const int stride = MaxTokens / 2;
        var starts = new List<int>();
        for (var start = 0; ; start += stride)
        {
            starts.Add(start);
            if (start + MaxTokens >= count) break;
        }
        var note = $"a name of {count} words, screened {MaxTokens} words at a time in {starts.Count} overlapping parts";
        return starts.Select(start => new ParsedName(parsed.Tokens.Skip(start).Take(MaxTokens).ToList(), [.. parsed.Ignored, note])).ToList();
    }

    private static ParsedName ParseAll(string? name, int maxCharacters)
    {
        if (string.IsNullOrWhiteSpace(name)) return ParsedName.Empty;
        var ignored = new List<string>();
        if (name.Length > maxCharacters)
        {
            ignored.Add($"{name.Length - maxCharacters:N0} characters after the first {maxCharacters:N0} (too long)");
            name = name[..maxCharacters];
        }

        var words = SplitWords(name);
        var tokens = BuildTokens(words, ignored, setAside: true);
        if (tokens.All(t => t.Optional) && words.Count > 0)
        {
            ignored.Clear();
            tokens = BuildTokens(words, ignored, setAside: false); // "Sheikh" alone: the title is all there is
        }
        return tokens.Count == 0 ? ParsedName.Empty : new ParsedName(tokens, ignored);
    }

    /// <summary>How many of the model's likeliest renderings of a non-Latin word give it blocking keys.</summary>
    private const int RenderingKeys = 5;

    /// <summary>A narrow beam: the keys need the likeliest few renderings, not an exhaustive search.</summary>
    private const int RenderingBeam = 8;

    /// <summary>Renderings of words already seen (names repeat their words: <c>محمد</c> is in hundreds).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Rendering>> s_renderings = new(StringComparer.Ordinal);

    private sealed record Word(string Raw, string Form, NameScript Script, bool HyphenAfter, bool Family = false);

    /// <summary>Splits at spaces, punctuation and changes of script; apostrophes and the signs transliterations use
    /// for ain and hamza (<c>' ’ ʿ ʾ `</c>) are dropped inside a word.</summary>
    private static List<Word> SplitWords(string name)
    {
        var words = new List<Word>();
        var current = new System.Text.StringBuilder();
        NameScript? script = null;

        void Flush(bool hyphenAfter)
        {
            if (current.Length > 0 && script is { } s)
            {
                var raw = current.ToString();
                var form = Form(raw, s);
                if (form.Length > 0) words.Add(new Word(raw, form, s, hyphenAfter));
            }
            current.Clear();
            script = null;
        }

        // "FAMILY, Given": the words before a single comma are family names.
        var comma = name.IndexOf(',');
        var familyEnd = comma > 0 && name.IndexOf(',', comma + 1) < 0 ? comma : -1;
        for (var at = 0; at < name.Length; at++)
        {
            var c = name[at];
            if (at == familyEnd)
            {
                Flush(false);
                for (var w = 0; w < words.Count; w++) words[w] = words[w] with { Family = true };
                continue;
            }
            if (script == NameScript.Hebrew && c is '\'' or '’' or '`' or HebrewScript.Geresh) { current.Append(HebrewScript.Geresh); continue; }
            if (c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʼ' or '`' or '´' or 'ʻ') continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isPart = char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || (c == '\u0640' && script == NameScript.Arabic);
            if (!isPart)
            {
                Flush(hyphenAfter: c is '-' or '‐' or '‑' or '–');
                continue;
            }
            var charScript = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && script is { } open ? open : ScriptOf(c);
            if (script is { } currentScript && currentScript != charScript) Flush(false);
            script = charScript;
            current.Append(c);
        }
        Flush(false);
        return words;
    }

    private static NameScript ScriptOf(char c) =>
        ArabicScript.IsArabicLetter(c) ? NameScript.Arabic
        : CyrillicScript.IsCyrillicLetter(c) ? NameScript.Cyrillic
        : HebrewScript.IsHebrewLetter(c) ? NameScript.Hebrew
        : c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' ? NameScript.Latin
        : NameScript.Other;

    /// <summary>The comparable form of a word: folded Latin, transliterated Cyrillic, normalised Arabic letters.</summary>
    private static string Form(string raw, NameScript script) => script switch
    {
        NameScript.Latin => LatinFolding.Fold(raw),
        NameScript.Cyrillic => CyrillicScript.Transliterate(raw),
        NameScript.Arabic => ArabicScript.Normalize(raw),
        NameScript.Hebrew => HebrewScript.Normalize(raw),
        _ => raw.ToLowerInvariant(),
    };

    private static List<NameToken> BuildTokens(List<Word> words, List<string> ignored, bool setAside)
    {
        var tokens = new List<NameToken>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Script == NameScript.Arabic) word = StripArabicArticle(word);
            if (setAside && SetAside(word, i + 1 < words.Count ? words[i + 1] : null) is { } reason)
            {
                if (reason == Honorific) tokens.AddRange(Tokens(word).Select(t => t with { Optional = true, Family = word.Family }));
                else ignored.Add($"{word.Raw} ({reason})");
                continue;
            }
            tokens.AddRange(Tokens(word).Select(t => word.Family ? t with { Family = true } : t));
        }
        return tokens;
    }

    private static Word StripArabicArticle(Word word)
    {
        if (word.Form.Length > 3 && word.Form != NameWords.ArabicAllah && word.Form.StartsWith("ال", StringComparison.Ordinal))
            return word with { Form = word.Form[2..] };
        return word;
    }

    private static string? SetAside(Word word, Word? next)
    {
        var form = word.Form;
        return word.Script switch
        {
            NameScript.Arabic when NameWords.ArabicHonorifics.Contains(form) => Honorific,
            NameScript.Arabic when NameWords.ArabicConnectors.Contains(form) => "son/daughter of",
            NameScript.Arabic when form == NameWords.ArabicFamilyArticle => "article",
            NameScript.Arabic => null,
            NameScript.Hebrew when form == NameWords.HebrewSonOf => "son/daughter of",
            _ when NameWords.LatinHonorifics.Contains(form) => Honorific,
            _ when NameWords.LatinArticles.Contains(form) => "article",
            _ when NameWords.LatinAssimilatedArticles.Contains(form) && (word.HyphenAfter || AssimilatesTo(form, next)) => "article",
            _ when NameWords.LatinConnectors.Contains(form) => "son/daughter of",
            _ => null,
        };
    }

    /// <summary>Whether an assimilated article written apart (<c>Es Sayed</c>, <c>Ash Shami</c>, <c>Ar Rahman</c>) doubles
    /// the next word's first consonant, as the article does before a sun letter. <c>Ed</c> and <c>An</c> are given names
    /// elsewhere (<c>Ed Davies</c>, <c>An Nguyen</c>), so only their hyphenated forms are articles.</summary>
    private static bool AssimilatesTo(string article, Word? next) =>
        next is { Script: NameScript.Latin } && article is not ("ed" or "an") && next.Form.Length >= 3
        && next.Form.StartsWith(article[1..], StringComparison.Ordinal);

    /// <summary>The tokens of one word. A compound written as one word is split like its spaced form, so that
    /// <c>Abdulrahman</c>, <c>Abdurrahman</c>, <c>Abd al-Rahman</c> and <c>عبدالرحمن</c> all give the tokens
    /// <c>abd</c> and <c>rahman</c>, and <c>Abubakar</c> gives <c>abu</c> and <c>bakar</c>; the head of such a compound
    /// is written one way (<c>Abdel</c>, <c>Abdoul</c> → <c>abd</c>; <c>Abou</c> → <c>abu</c>).</summary>
    private static IEnumerable<NameToken> Tokens(Word word)
    {
        if (word.Script == NameScript.Arabic)
        {
            foreach (var head in new[] { NameWords.ArabicAbd, NameWords.ArabicAbu })
                if (word.Form.Length > head.Length + 1 && word.Form.StartsWith(head, StringComparison.Ordinal))
                {
                    var rest = word.Form[head.Length..];
                    if (rest.Length > 3 && rest != NameWords.ArabicAllah && rest.StartsWith("ال", StringComparison.Ordinal)) rest = rest[2..];
                    return [Arabic(head, head), Arabic(rest, rest)];
                }
            var allah = NameWords.ArabicAllah;
            if (word.Form.Length >= allah.Length + 2 && word.Form.EndsWith(allah, StringComparison.Ordinal))
            {
                var before = word.Form[..^allah.Length];
                return [Arabic(before, before), Arabic(allah, allah)];
            }
            var alDin = NameWords.ArabicAlDin;
            if (word.Form.Length >= alDin.Length + 3 && word.Form.EndsWith(alDin, StringComparison.Ordinal))
            {
                var before = word.Form[..^alDin.Length];
                return [Arabic(before, before), Arabic(alDin[2..], alDin[2..])];
            }
            return [Arabic(word.Raw, word.Form)];
        }
        if (word.Script == NameScript.Other) return [new NameToken(word.Raw, word.Form, ["~" + word.Form], word.Script)];
        if (word.Script == NameScript.Hebrew) return [Hebrew(word.Raw, word.Form)];

        var form = word.Form;
        if (NameWords.LatinAbdForms.Contains(form)) return [Latin(word.Raw, "abd", word.Script)];
        if (NameWords.LatinAllahForms.Contains(form)) return [Latin(word.Raw, NameWords.LatinAllah, word.Script)];
        if (word.Script == NameScript.Latin && !form.StartsWith("abd", StringComparison.Ordinal) && AllahSuffix(form) is { } cut)
            return [Latin(word.Raw[..Math.Min(cut, word.Raw.Length)], form[..cut], word.Script), Latin(word.Raw[Math.Min(cut, word.Raw.Length)..], NameWords.LatinAllah, word.Script)];
        if (word.Script == NameScript.Latin && DinSuffix(form) is { } dinAt)
            return [Latin(word.Raw[..Math.Min(dinAt, word.Raw.Length)], form[..dinAt], word.Script), Latin(word.Raw[Math.Min(dinAt, word.Raw.Length)..], NameWords.LatinDin, word.Script)];
        if (NameWords.LatinKunyaForms.Contains(form)) return [Latin(word.Raw, form.StartsWith('u') || form.StartsWith('o') && form.Length == 2 ? "umm" : "abu", word.Script)];
        if (form.Length >= 6 && form.StartsWith("abd", StringComparison.Ordinal) && AfterAbd(form[3..]) is { } afterAbd)
            return [Latin(word.Raw[..3], "abd", word.Script), Latin(afterAbd, afterAbd is "lah" or "la" or "llah" or "lla" ? NameWords.LatinAllah : afterAbd, word.Script)];
        if (form.Length >= 6 && (form.StartsWith("abu", StringComparison.Ordinal) || form.StartsWith("abou", StringComparison.Ordinal)))
            return [Latin(word.Raw[..3], "abu", word.Script), Latin(form[(form[2] == 'o' ? 4 : 3)..], form[(form[2] == 'o' ? 4 : 3)..], word.Script)];
        return [Latin(word.Raw, form, word.Script)];
    }

    /// <summary>A Latin token; a Cyrillic one also carries its source form, and the keys of the model's likeliest
    /// renderings, so that <c>Джон</c> meets <c>John</c> as well as <c>Dzhon</c>.</summary>
    private static NameToken Latin(string original, string text, NameScript script)
    {
        if (script != NameScript.Cyrillic) return new(original, text, PhoneticKey.OfLatinWithSoftC(text), script);
        var source = TransliterationModel.SourceForm(script, original);
        return new(original, text, WithRenderingKeys([PhoneticKey.OfLatin(text)], source), script, Source: source);
    }

    private static NameToken Arabic(string original, string form) =>
        new(original, ArabicScript.Transliterate(form), WithRenderingKeys(ArabicScript.Keys(form), form), NameScript.Arabic, Source: form);

    private static NameToken Hebrew(string original, string form)
    {
        var renderings = LikeliestRenderings(form);
        var text = renderings.Count > 0 ? renderings[0].Latin : form;
        return new(original, text, WithRenderingKeys([], form), NameScript.Hebrew, Source: form);
    }

    /// <summary>The model's few likeliest Latin renderings of a word in another script (in
    /// <see cref="TransliterationModel.SourceForm"/>), best first; cached, since names repeat their words.</summary>
    internal static IReadOnlyList<Rendering> LikeliestRenderings(string source)
    {
        if (s_renderings.TryGetValue(source, out var known)) return known;
        if (s_renderings.Count > 200_000) s_renderings.Clear();
        return s_renderings[source] = TransliterationModel.Default.Renderings(source, RenderingKeys, RenderingBeam);
    }

    /// <summary>The blocking keys of a piece of writing in another script that is not one word as written (two words
    /// written together, a part of one word run together from two): the skeletons of the model's likeliest renderings.</summary>
    internal static IReadOnlyList<string> RenderingKeysOf(string source) => WithRenderingKeys([], source);

    /// <summary>Blocking keys: the script's own skeletons, then the skeletons of the model's likeliest renderings.
    /// They only choose which list names are compared; the model scores the comparison.</summary>
    private static IReadOnlyList<string> WithRenderingKeys(IReadOnlyList<string> keys, string source)
    {
        var all = new List<string>(keys);
        foreach (var rendering in LikeliestRenderings(source))
        {
            var key = PhoneticKey.OfLatin(rendering.Latin);
            if (!all.Contains(key)) all.Add(key);
        }
        return all.Count > 0 ? all : ["~" + source];
    }

    /// <summary>What follows <c>abd</c> in a one-word compound, without the article's vowel and letter
    /// (<c>ulrahman</c>, <c>urrahman</c>, <c>irahman</c> → <c>rahman</c>); null when too little is left to be a name.</summary>
    private static string? AfterAbd(string rest)
    {
        if (IsVowel(rest[0]))
        {
            if (rest.Length > 3 && rest[1] == 'l') rest = rest[2..];
            else if (rest.Length > 3 && rest[1] == rest[2]) rest = rest[2..];
            else rest = rest[1..];
        }
        return rest.Length >= 2 ? rest : null;
    }

    /// <summary>Where "Allah" starts in a compound written as one word (<c>Nasrallah</c>, <c>Fathullah</c>), so that
    /// it is split like its spaced form (<c>Nasr Allah</c>); null when the word does not end so or too little is left.</summary>
    private static int? AllahSuffix(string form)
    {
        foreach (var suffix in NameWords.LatinAllahForms)
            if (suffix.Length >= 4 && form.Length >= suffix.Length + 3 && form.EndsWith(suffix, StringComparison.Ordinal))
                return form.Length - suffix.Length;
        return null;
    }

    /// <summary>Where the head of an "al-Din" compound written as one word ends (<c>Sirajuddin</c> → 5, for
    /// <c>siraj</c> <c>din</c>); null when the word does not end so or leaves fewer than three letters before it.</summary>
    private static int? DinSuffix(string form)
    {
        foreach (var suffix in NameWords.LatinDinSuffixes)
            if (form.Length >= suffix.Length + 3 && form.EndsWith(suffix, StringComparison.Ordinal))
                return form.Length - suffix.Length;
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
