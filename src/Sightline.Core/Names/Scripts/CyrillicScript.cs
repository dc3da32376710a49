namespace Sightline.Names.Scripts;

/// <summary>Cyrillic words (Russian, Ukrainian, Belarusian letters) to Latin letters, close to the BGN/PCGN
/// romanisation that sanctions lists use (<c>Богданов</c> → <c>bogdanov</c>).</summary>
public static class CyrillicScript
{
    public static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Transliterates a word to lower-case ASCII Latin; characters outside Cyrillic pass through lower-cased.</summary>
    public static string Transliterate(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length * 2);
        foreach (var ch in word)
        {
            var c = char.ToLowerInvariant(ch);
            builder.Append(c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' => "e", 'ё' => "e",
                'є' => "ye", 'ж' => "zh", 'з' => "z", 'и' => "i", 'і' => "i", 'ї' => "yi", 'й' => "y", 'к' => "k",
                'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
                'у' => "u", 'ў' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
                'ъ' or 'ь' => "", 'ы' => "y", 'э' => "e", 'ю' => "yu", 'я' => "ya",
                _ => c.ToString(),
            });
        }
        return LatinFolding.Fold(builder.ToString());
    }
}
