using Sightline.Names.Scripts;

namespace Sightline.Claims.Evaluation;

/// <summary>
/// Name matching as the seed annotation scores it: case, diacritics, apostrophes, hyphens, <c>al-</c>/<c>el-</c>
/// particles, titles and doubled letters are ignored, and a shorter name matches a longer one whose words contain
/// it (<c>Khazali</c> ~ <c>Qais Al-Khaz'ali</c>).
/// </summary>
public static class LenientName
{
    private static readonly HashSet<string> Ignored = ["al", "el", "the", "sheikh", "shaykh", "sayyid", "dr", "mr", "mrs", "ms", "general", "gen", "sir", "imam", "haji", "hajji"];

    public static bool Matches(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return false;
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        return shorter.All(longer.Contains);
    }

    /// <summary>True when the two names fold to the same words.</summary>
    public static bool Same(string a, string b) => Words(a).SetEquals(Words(b));

    private static HashSet<string> Words(string name)
    {
        var words = new HashSet<string>();
        foreach (var raw in name.Split([' ', '-', '–', '\u2010', '\u2011', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = LatinFolding.Fold(raw);
            if (letters.Length == 0 || Ignored.Contains(letters)) continue;
            var undoubled = new System.Text.StringBuilder();
            foreach (var c in letters)
                if (undoubled.Length == 0 || undoubled[^1] != c) undoubled.Append(c);
            words.Add(undoubled.ToString());
        }
        return words;
    }
}
