using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Names.Transliteration;

namespace Sightline.Screening.Evaluation;

/// <summary>A two-token person name written in a non-Latin script, and the Latin-only list entry of the same name.</summary>
public sealed record TransliteratedName(NameScript Script, string Query, ListEntry Entry);

/// <summary>
/// Two-token person names made from the development slices of the public transliteration pairs (never their test
/// slices, never the training slices): two different word pairs of one script give a query in that script
/// (<c>given family</c>) and a person entry holding the same name in Latin letters only (<c>FAMILY, Given</c>).
/// Seeded, so the same data gives the same names.
/// </summary>
public static class TransliteratedNames
{
    public const string List = "dev_transliterated";

    public static IReadOnlyList<TransliteratedName> Generate(IReadOnlyList<TransliterationPair> development, NameScript script, int count, int seed)
    {
        var words = development.Where(p => p.Script == script && p.Latin.Length >= 3 && p.Source.Length >= 2)
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Latin: g.Select(p => p.Latin).Order(StringComparer.Ordinal).First()))
            .OrderBy(w => w.Source, StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var names = new List<TransliteratedName>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; names.Count < count && attempts < count * 10 && words.Length > 1; attempts++)
        {
            var given = words[random.Next(words.Length)];
            var family = words[random.Next(words.Length)];
            if (given.Source == family.Source || !seen.Add(given.Source + " " + family.Source)) continue;
            var latin = $"{family.Latin.ToUpperInvariant()}, {Capitalised(given.Latin)}";
            var entry = new ListEntry
            {
                List = List,
                Id = $"{script.ToString().ToLowerInvariant()}-{names.Count:D5}",
                Schema = EntrySchema.Person,
                Name = latin,
                Names = [new EntryName(latin, NameKind.Primary)],
            };
            names.Add(new TransliteratedName(script, $"{given.Source} {family.Source}", entry));
        }
        return names;
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
