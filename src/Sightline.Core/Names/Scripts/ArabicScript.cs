using System.Globalization;
using System.Text;

namespace Sightline.Names.Scripts;

/// <summary>
/// Arabic-script words (Arabic, Persian, Urdu, Pashto letters) to a readable Latin form and to the phonetic
/// skeletons of <see cref="PhoneticKey"/>, so that <c>قيس</c> and <c>قیس</c> meet <c>Qais</c> on the key <c>KS</c>.
/// </summary>
/// <remarks>
/// Arabic script writes long vowels with the letters alif, waw and ya, and short vowels not at all, so a skeleton
/// keeps the consonants: alif, ain and hamza are dropped, waw and ya count as consonants only at the start of a word.
/// Because a Persian waw inside a word is often the consonant v (<c>جواد</c>, Javad), such a word also gets a second
/// key with waw as V. Letter to class, as in <see cref="PhoneticKey"/>: ب پ B, ت ط ث T, د ض ذ D, ج J, گ J, چ ش C,
/// ح ه H, خ X, ر R, ز ژ ظ Z, س ص S, غ G, ف F, ق ك ک K, ل L, م M, ن N.
/// </remarks>
public static class ArabicScript
{
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>Normalises an Arabic-script word: compatibility forms decomposed, vowel marks, hamza marks and
    /// tatweel removed, Persian and Urdu letter variants mapped to their Arabic counterparts where they sound alike.</summary>
    public static string Normalize(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            if (c == '\u0640') continue; // tatweel
            builder.Append(c switch
            {
                'ی' or 'ى' or 'ے' or 'ې' or 'ۍ' or 'ئ' => 'ي',
                'ک' or 'ڪ' => 'ك',
                'ە' or 'ۀ' or 'ہ' or 'ھ' => 'ه',
                'ٱ' or 'أ' or 'إ' or 'آ' => 'ا',
                'ؤ' => 'و',
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>Where a normalised word may be two words run together, each part at least <paramref name="shortest"/>
    /// letters: after a consonant that never joins the letter after it (د ذ ر ز ژ ڑ) or a letter only a word ends in
    /// (ة, ء). There a space left out changes no letter's shape, so the two words still look like two (<c>ظاهرعويس</c> for
    /// <c>ظاهر عويس</c>); after any other letter the missing space shows. The long vowels ا and و join nothing either,
    /// but stand inside words far more often than at their ends, so they are not cut after.</summary>
    public static IEnumerable<int> RunTogetherCuts(string word, int shortest)
    {
        for (var cut = shortest; cut <= word.Length - shortest; cut++)
            if (word[cut - 1] is 'د' or 'ذ' or 'ر' or 'ز' or 'ژ' or 'ڑ' or 'ة' or 'ء') yield return cut;
    }

    /// <summary>The readable Latin form of a normalised word, for explanations and letter comparison fallbacks.</summary>
    public static string Transliterate(string normalized)
    {
        var builder = new StringBuilder(normalized.Length * 2);
        for (var i = 0; i < normalized.Length; i++) builder.Append(Letter(normalized[i], i == 0));
        return builder.ToString();
    }

    /// <summary>The skeleton keys of a normalised word: the main key, a second one when a waw inside the word may be a
    /// v, and one more read the Persian way when it holds <c>ض</c>, <c>ذ</c> or <c>ث</c> (<c>فضل</c>, Fazl: <c>FZL</c>
    /// beside <c>FDL</c>; ADR-015, decision 31).</summary>
    public static IReadOnlyList<string> Keys(string normalized)
    {
        var main = Skeleton(normalized, wawAsV: false);
        var keys = new List<string>(3) { main };
        if (normalized.IndexOf('و', 1) >= 0 && Skeleton(normalized, wawAsV: true) is var withV && withV != main) keys.Add(withV);
        if (normalized.AsSpan().IndexOfAny("ضذث") >= 0 && Skeleton(normalized, wawAsV: false, persian: true) is var persian && !keys.Contains(persian)) keys.Add(persian);
        return keys;
    }

    private static string Skeleton(string word, bool wawAsV, bool persian = false)
    {
        var key = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            char? sound = c switch
            {
                'و' => i == 0 || wawAsV ? 'V' : null,
                'ي' => i == 0 ? 'Y' : null,
                'ض' or 'ذ' when persian => 'Z',
                'ث' when persian => 'S',
                _ => Class(c),
            };
            PhoneticKey.Append(key, sound);
        }
        return PhoneticKey.Finish(key, Transliterate(word));
    }

    private static char? Class(char c) => c switch
    {
        'ب' or 'پ' => 'B',
        'ت' or 'ط' or 'ث' or 'ٹ' => 'T',
        'د' or 'ض' or 'ذ' or 'ڈ' => 'D',
        'ج' or 'گ' => 'J',
        'چ' or 'ش' => 'C',
        'ح' or 'ه' => 'H',
        'خ' => 'X',
        'ر' or 'ڑ' => 'R',
        'ز' or 'ژ' or 'ظ' => 'Z',
        'س' or 'ص' => 'S',
        'غ' => 'G',
        'ف' or 'ڤ' => 'F',
        'ق' or 'ك' => 'K',
        'ل' => 'L',
        'م' => 'M',
        'ن' or 'ں' => 'N',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        _ => null, // alif, ain, hamza, ta marbuta and anything unknown carry no consonant
    };

    private static string Letter(char c, bool first) => c switch
    {
        'ا' => "a",
        'ب' => "b",
        'پ' => "p",
        'ت' or 'ط' or 'ٹ' => "t",
        'ث' => "th",
        'ج' => "j",
        'چ' => "ch",
        'ح' or 'ه' => "h",
        'خ' => "kh",
        'د' or 'ڈ' => "d",
        'ذ' => "dh",
        'ر' or 'ڑ' => "r",
        'ز' or 'ظ' => "z",
        'ژ' => "zh",
        'س' or 'ص' => "s",
        'ش' => "sh",
        'ض' => "d",
        'ع' or 'ء' => "",
        'غ' => "gh",
        'ف' or 'ڤ' => "f",
        'ق' => "q",
        'ك' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' or 'ں' => "n",
        'و' => first ? "w" : "u",
        'ي' => first ? "y" : "i",
        'ة' => "a",
        >= '٠' and <= '٩' => ((char)('0' + (c - '٠'))).ToString(),
        >= '۰' and <= '۹' => ((char)('0' + (c - '۰'))).ToString(),
        _ => "",
    };
}
