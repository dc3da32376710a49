using System.Globalization;
using Sightline.Names.Scripts;

namespace Sightline.Names;

/// <summary>
/// Splits a name as written into comparable <see cref="NameToken"/>s: in any order (<c>AL-KHAZALI, Qais</c> and
/// <c>Qais al-Khazali</c> give the same tokens), in Latin, Arabic, Persian or Cyrillic script, with honorifics,
/// articles and "son of" connectors set aside and compounds (<c>Abd al-Rahman</c>, <c>Abu Bakr</c>) joined into one token.
/// </summary>
/// <remarks>Never throws: empty, whitespace-only or control-character input gives <see cref="ParsedName.Empty"/>;
/// a very long input is cut at <see cref="MaxCharacters"/> characters and <see cref="MaxTokens"/> tokens, and the cut
/// is reported in <see cref="ParsedName.Ignored"/>.</remarks>
public static class NameParser
{
    public const int MaxCharacters = 1000;
    public const int MaxTokens = 16;

    public static ParsedName Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return ParsedName.Empty;
        var ignored = new List<string>();
        if (name.Length > MaxCharacters)
        {
            ignored.Add($"{name.Length - MaxCharacters:N0} characters after the first {MaxCharacters:N0} (too long)");
            name = name[..MaxCharacters];
        }

        var words = SplitWords(name);
        var tokens = BuildTokens(words, ignored, setAside: true);
        if (tokens.Count == 0 && words.Count > 0)
        {
            ignored.Clear();
            tokens = BuildTokens(words, ignored, setAside: false); // "Sheikh" alone: the title is all there is
        }
        if (tokens.Count > MaxTokens)
        {
            ignored.Add($"{tokens.Count - MaxTokens} words after the first {MaxTokens} (too many)");
            tokens.RemoveRange(MaxTokens, tokens.Count - MaxTokens);
        }
        return tokens.Count == 0 ? ParsedName.Empty : new ParsedName(tokens, ignored);
    }

    private sealed record Word(string Raw, string Form, NameScript Script, bool HyphenAfter);

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

        foreach (var c in name)
        {
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
        : c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' ? NameScript.Latin
        : NameScript.Other;

    /// <summary>The comparable form of a word: folded Latin, transliterated Cyrillic, normalised Arabic letters.</summary>
    private static string Form(string raw, NameScript script) => script switch
    {
        NameScript.Latin => LatinFolding.Fold(raw),
        NameScript.Cyrillic => CyrillicScript.Transliterate(raw),
        NameScript.Arabic => ArabicScript.Normalize(raw),
        _ => raw.ToLowerInvariant(),
    };

    private static List<NameToken> BuildTokens(List<Word> words, List<string> ignored, bool setAside)
    {
        var tokens = new List<NameToken>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Script == NameScript.Arabic) word = StripArabicArticle(word);
            if (setAside && SetAside(word) is { } reason)
            {
                ignored.Add($"{word.Raw} ({reason})");
                continue;
            }
            if (IsCompoundHead(word) && NextContentWord(words, i, ignored) is { } nextIndex)
            {
                var next = words[nextIndex];
                if (next.Script == NameScript.Arabic) next = StripArabicArticle(next);
                if (next.Script == word.Script || (word.Script != NameScript.Arabic && next.Script != NameScript.Arabic))
                {
                    tokens.Add(Token($"{word.Raw} {next.Raw}", word.Form + next.Form, word.Script));
                    i = nextIndex;
                    continue;
                }
            }
            tokens.Add(Token(word.Raw, word.Form, word.Script));
        }
        return tokens;
    }

    private static Word StripArabicArticle(Word word)
    {
        if (word.Form.Length > 3 && word.Form.StartsWith("ال", StringComparison.Ordinal))
            return word with { Form = word.Form[2..] };
        return word;
    }

    private static string? SetAside(Word word)
    {
        var form = word.Form;
        return word.Script switch
        {
            NameScript.Arabic when NameWords.ArabicHonorifics.Contains(form) => "honorific",
            NameScript.Arabic when NameWords.ArabicConnectors.Contains(form) => "son/daughter of",
            NameScript.Arabic => null,
            _ when NameWords.LatinHonorifics.Contains(form) => "honorific",
            _ when NameWords.LatinArticles.Contains(form) => "article",
            _ when word.HyphenAfter && NameWords.LatinAssimilatedArticles.Contains(form) => "article",
            _ when NameWords.LatinConnectors.Contains(form) => "son/daughter of",
            _ => null,
        };
    }

    private static bool IsCompoundHead(Word word) => word.Script == NameScript.Arabic
        ? word.Form == NameWords.ArabicAbd || NameWords.ArabicKunyaForms.Contains(word.Form)
        : NameWords.LatinAbdForms.Contains(word.Form) || NameWords.LatinKunyaForms.Contains(word.Form);

    /// <summary>The next word a compound head joins, skipping an article between them (<c>Abd al-Rahman</c>).</summary>
    private static int? NextContentWord(List<Word> words, int head, List<string> ignored)
    {
        for (var j = head + 1; j < words.Count; j++)
        {
            var word = words[j];
            if (word.Script != NameScript.Arabic && (NameWords.LatinArticles.Contains(word.Form)
                || (word.HyphenAfter && NameWords.LatinAssimilatedArticles.Contains(word.Form))))
            {
                ignored.Add($"{word.Raw} (article)");
                continue;
            }
            return SetAside(word) is null && !IsCompoundHead(word) ? j : null;
        }
        return null;
    }

    private static NameToken Token(string original, string form, NameScript script)
    {
        switch (script)
        {
            case NameScript.Arabic:
            {
                var arabic = JoinedArabicCompound(form);
                return new NameToken(original, ArabicScript.Transliterate(arabic), ArabicScript.Keys(arabic), script);
            }
            case NameScript.Other:
                return new NameToken(original, form, ["~" + form], script);
            default:
            {
                var text = JoinedLatinCompound(form);
                return new NameToken(original, text, [PhoneticKey.OfLatin(text)], script);
            }
        }
    }

    /// <summary>Writes a Latin abd-compound one way: <c>abdulrahman</c>, <c>abdurrahman</c>, <c>abdel rahman</c> and
    /// <c>abd al-rahman</c> all become <c>abdrahman</c>, the article's vowel and letter dropped.</summary>
    private static string JoinedLatinCompound(string text)
    {
        if (text.Length < 6 || !text.StartsWith("abd", StringComparison.Ordinal)) return text;
        var rest = text[3..];
        if (!IsVowel(rest[0])) return text;
        if (rest.Length > 3 && rest[1] == 'l') rest = rest[2..];
        else if (rest.Length > 3 && rest[1] == rest[2]) rest = rest[2..];
        else rest = rest[1..];
        return "abd" + rest;
    }

    /// <summary>Drops the article inside an Arabic abd-compound written as one word (<c>عبدالرحمن</c>).</summary>
    private static string JoinedArabicCompound(string form) =>
        form.Length > 5 && form.StartsWith(NameWords.ArabicAbd + "ال", StringComparison.Ordinal) ? NameWords.ArabicAbd + form[5..] : form;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
