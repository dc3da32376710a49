using System.Text;

namespace Sightline.Names.Scripts;

/// <summary>
/// The phonetic skeleton of a name word: its consonants, in classes that transliterations of the same sound share,
/// with the vowels dropped. It is the bridge between spellings (<c>Khazali</c>, <c>Khaz'ali</c>, <c>Khazaali</c> →
/// <c>XZL</c>) and between scripts, because Arabic script writes short vowels not at all (<c>الخزعلي</c> → <c>XZL</c>).
/// </summary>
/// <remarks>
/// Classes: B (b p), T (t th), D (d dh), J (j g dj), G (gh), K (k q c ck), X (kh x), H (h), S (s), C (sh ch sch),
/// Z (z zh), F (f ph), V (v; w only where a word starts), Y (y only where a word starts), and L M N R.
/// Vowels and the glottal stops written as apostrophes are dropped; a letter repeated in a row counts once
/// (<c>Muhammad</c> → <c>MHMD</c>), and an H ending the word is dropped, because transliterations add and drop it
/// freely (<c>Abdullah</c>/<c>Abdulla</c>, <c>Fatimah</c>/<c>Fatima</c>). See ADR-005.
/// </remarks>
public static class PhoneticKey
{
    /// <summary>The skeleton of a folded Latin word (lower-case ASCII, see <see cref="LatinFolding"/>).</summary>
    public static string OfLatin(string folded)
    {
        var key = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            char? sound = null;
            switch (c)
            {
                case 'k' when next == 'h': sound = 'X'; i++; break;
                case 'g' when next == 'h': sound = 'G'; i++; break;
                case 's' when next == 'h': sound = 'C'; i++; break;
                case 's' when next == 'c' && i + 2 < folded.Length && folded[i + 2] == 'h': sound = 'C'; i += 2; break;
                case 'c' when next == 'h': sound = 'C'; i++; break;
                case 't' when next == 'c' && i + 2 < folded.Length && folded[i + 2] == 'h': sound = 'C'; i += 2; break;
                case 't' when next == 'h': sound = 'T'; i++; break;
                case 'd' when next == 'h': sound = 'D'; i++; break;
                case 'd' when next == 'j': sound = 'J'; i++; break;
                case 'z' when next == 'h': sound = 'Z'; i++; break;
                case 'p' when next == 'h': sound = 'F'; i++; break;
                case 'c' when next == 'k': sound = 'K'; i++; break;
                case 'a' or 'e' or 'i' or 'o' or 'u': break;
                case 'y': if (i == 0) sound = 'Y'; break;
                case 'w': if (i == 0) sound = 'V'; break;
                case 'v': sound = 'V'; break;
                case 'b' or 'p': sound = 'B'; break;
                case 't': sound = 'T'; break;
                case 'd': sound = 'D'; break;
                case 'j' or 'g': sound = 'J'; break;
                case 'k' or 'q' or 'c': sound = 'K'; break;
                case 'x': sound = 'X'; break;
                case 'h': sound = 'H'; break;
                case 's': sound = 'S'; break;
                case 'z': sound = 'Z'; break;
                case 'f': sound = 'F'; break;
                case 'l': sound = 'L'; break;
                case 'm': sound = 'M'; break;
                case 'n': sound = 'N'; break;
                case 'r': sound = 'R'; break;
                default: if (char.IsAsciiDigit(c)) sound = c; break;
            }
            Append(key, sound);
        }
        return Finish(key, folded);
    }

    /// <summary>The word's skeleton, and when a <c>c</c> stands before <c>e</c>, <c>i</c> or <c>y</c> a second one
    /// reading it as <c>s</c>: French and Spanish spellings write the sound so (<c>Lounici</c>, <c>Cecilia</c>), and
    /// it is the skeleton an Arabic <c>س</c> or a Latin <c>s</c> gives. The first key is always <see cref="OfLatin"/>.</summary>
    public static IReadOnlyList<string> OfLatinWithSoftC(string folded)
    {
        var key = OfLatin(folded);
        if (!HasSoftC(folded)) return [key];
        var chars = folded.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
            if (chars[i] == 'c' && chars[i + 1] is 'e' or 'i' or 'y' && (i == 0 || chars[i - 1] != 's')) chars[i] = 's';
        var soft = OfLatin(new string(chars));
        return soft == key ? [key] : [key, soft];
    }

    private static bool HasSoftC(string folded)
    {
        for (var i = 0; i + 1 < folded.Length; i++)
            if (folded[i] == 'c' && folded[i + 1] is 'e' or 'i' or 'y' && (i == 0 || folded[i - 1] != 's')) return true;
        return false;
    }

    /// <summary>Adds a consonant class unless it repeats the one before it.</summary>
    internal static void Append(StringBuilder key, char? sound)
    {
        if (sound is { } s && (key.Length == 0 || key[^1] != s)) key.Append(s);
    }

    /// <summary>Drops a final H and falls back to the folded word itself for a word with no consonants
    /// (<c>Aya</c>), so that every token has a key.</summary>
    internal static string Finish(StringBuilder key, string fallback)
    {
        if (key.Length > 1 && key[^1] == 'H') key.Length--;
        return key.Length > 0 ? key.ToString() : "~" + fallback;
    }
}
