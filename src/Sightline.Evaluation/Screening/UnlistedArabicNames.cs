using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Names.Transliteration;

namespace Sightline.Screening.Evaluation;

/// <summary>
/// Arabic- and Persian-script two-token names that no list entry holds, for counting false matches fairly: a given and
/// a family name from two different words of the transliteration pairs' Arabic-script development slices, kept only
/// when no name on the lists (Latin or original script) holds both words, compared by their phonetic keys and those of
/// their development Latin spellings. Recombining the words of listed names (<see cref="ArabicNegatives"/>) often
/// remakes a listed person's name or a namesake's, which screening is right to match; these names are nobody's on the
/// lists. Half are written with Persian letters (<c>ی</c>, <c>ک</c>). Seeded, so the figures reproduce.
/// </summary>
public static class UnlistedArabicNames
{
    public static IReadOnlyList<string> Generate(IReadOnlyList<TransliterationPair> development, IReadOnlyList<ListEntry> entries, int count, int seed)
    {
        var namesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var name in entries.SelectMany(e => e.Names))
        {
            foreach (var key in NameParser.Parse(name.Text).Tokens.SelectMany(t => t.Keys))
                (namesByKey.TryGetValue(key, out var set) ? set : namesByKey[key] = []).Add(number);
            number++;
        }

        var words = development.Where(p => p.Script == NameScript.Arabic && p.Latin.Length >= 3 && p.Source.Length >= 2)
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Keys: KeysOf(g.Key, g.Select(p => p.Latin))))
            .Where(w => w.Keys.Count > 0)
            .OrderBy(w => w.Source, StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var result = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; result.Count < count && attempts < count * 20 && words.Length > 1; attempts++)
        {
            var given = words[random.Next(words.Length)];
            var family = words[random.Next(words.Length)];
            if (given.Source == family.Source || !seen.Add(given.Source + " " + family.Source)) continue;
            if (Listed(given.Keys, family.Keys, namesByKey)) continue;
            var text = $"{given.Source} {family.Source}";
            if (result.Count % 2 == 1) text = text.Replace('ي', 'ی').Replace('ك', 'ک');
            result.Add(text);
        }
        return result;
    }

    /// <summary>Every phonetic key of a word: those of its Arabic letters and renderings, and of its Latin spellings.</summary>
    private static HashSet<string> KeysOf(string source, IEnumerable<string> spellings)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in spellings.Prepend(source))
            foreach (var token in NameParser.Parse(text).Tokens)
                keys.UnionWith(token.Keys);
        return keys;
    }

    /// <summary>Whether some list name holds a key of each word.</summary>
    private static bool Listed(HashSet<string> given, HashSet<string> family, Dictionary<string, HashSet<int>> namesByKey)
    {
        var withGiven = new HashSet<int>();
        foreach (var key in given)
            if (namesByKey.TryGetValue(key, out var names)) withGiven.UnionWith(names);
        foreach (var key in family)
            if (namesByKey.TryGetValue(key, out var names) && names.Overlaps(withGiven)) return true;
        return false;
    }
}
