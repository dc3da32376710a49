using System.Globalization;
using System.Text;

namespace Sightline.Names.Scripts;

/// <summary>Hebrew-script words normalised for the transliteration model: vowel points and cantillation removed,
/// final letter forms written as their ordinary forms (<c>ם</c> → <c>מ</c>), and the geresh that turns
/// <c>ג</c> into j, <c>צ</c> into ch and <c>ז</c> into zh kept as <c>׳</c> whichever apostrophe wrote it.</summary>
public static class HebrewScript
{
    public const char Geresh = '\u05F3';

    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA' or >= '\uFB1D' and <= '\uFB4F' or Geresh;

    public static string Normalize(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormKD))
        {
            if (c is '\'' or '’' or '`' or Geresh)
            {
                if (builder.Length > 0) builder.Append(Geresh);
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            if (c is < '\u05D0' or > '\u05EA') continue;
            builder.Append(c switch
            {
                'ך' => 'כ',
                'ם' => 'מ',
                'ן' => 'נ',
                'ף' => 'פ',
                'ץ' => 'צ',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
