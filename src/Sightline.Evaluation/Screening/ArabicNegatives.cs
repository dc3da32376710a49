using Sightline.Names.Scripts;

namespace Sightline.Screening.Evaluation;

/// <summary>
/// Arabic- and Persian-script names of nobody on the lists, made by recombining the words of different entries'
/// original-script names: a given name from one entry, a father's name from a second, a family name from a third.
/// Half are written with Persian letters (<c>ی</c>, <c>ک</c>). Seeded, so the figures reproduce.
/// </summary>
public static class ArabicNegatives
{
    public static IReadOnlyList<string> Generate(IReadOnlyList<string> arabicNames, int count, int seed)
    {
        var split = arabicNames.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 2).ToArray();
        var existing = new HashSet<string>(arabicNames, StringComparer.Ordinal);
        var random = new Random(seed);
        var result = new List<string>(count);
        for (var attempts = 0; result.Count < count && attempts < count * 20; attempts++)
        {
            var a = split[random.Next(split.Length)];
            var b = split[random.Next(split.Length)];
            var c = split[random.Next(split.Length)];
            if (ReferenceEquals(a, b) || ReferenceEquals(b, c) || ReferenceEquals(a, c)) continue;
            var words = random.Next(2) == 0 ? new[] { a[0], c[^1] } : new[] { a[0], b[Math.Min(1, b.Length - 1)], c[^1] };
            var name = string.Join(' ', words);
            if (existing.Contains(name)) continue;
            if (result.Count % 2 == 1) name = name.Replace('ي', 'ی').Replace('ك', 'ک');
            result.Add(name);
        }
        return result;
    }

    public static bool IsArabicScript(string text) => text.Any(ArabicScript.IsArabicLetter);
}
