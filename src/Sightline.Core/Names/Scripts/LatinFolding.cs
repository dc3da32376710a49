using System.Globalization;
using System.Text;

namespace Sightline.Names.Scripts;

/// <summary>Folds Latin letters to lower-case ASCII: diacritics dropped (<c>Leão</c> → <c>leao</c>) and the letters
/// Unicode does not decompose spelled out (<c>ß</c> → <c>ss</c>, <c>ø</c> → <c>o</c>, <c>ł</c> → <c>l</c>).</summary>
public static class LatinFolding
{
    /// <summary>Folds one word already split from its name; characters that are not letters or digits are dropped.</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (Special(lower) is { } spelled) builder.Append(spelled);
        }
        return builder.ToString();
    }

    private static string? Special(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ł' => "l",
        'þ' => "th",
        'ŋ' => "n",
        'ʃ' => "sh",
        _ => null,
    };
}
