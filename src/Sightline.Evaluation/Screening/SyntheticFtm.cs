using System.Text;
using System.Text.Json;

namespace Sightline.Screening.Evaluation;

/// <summary>
/// Writes a synthetic FollowTheMoney export of N entities shaped like OpenSanctions' (persons and companies
/// with aliases, birth dates, nationalities, identifiers and nested sanctions; one in ten lines a non-party
/// entity). Deterministic: the same N gives the same file.
/// </summary>
public static class SyntheticFtm
{
    private static readonly string[] Syllables = ["al", "ka", "zi", "mo", "ra", "han", "dre", "vic", "sun", "lee", "ov", "ich", "qa", "is", "ba", "tor", "mir", "yan"];
    private static readonly string[] Countries = ["iq", "ir", "ru", "cn", "sy", "lb", "ye", "ve", "kp", "by"];
    private static readonly string[] Programs = ["SDGT", "GLOMAG", "IRGC", "RUSSIA-EO14024", "SYRIA", "UN Al-Qaida"];

    public static void Write(string path, int count)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (var i = 0; i < count; i++)
        {
            object entity = (i % 10) switch
            {
                9 => new { id = $"addr-{i}", schema = "Address", properties = new { full = new[] { $"{random.Next(1, 200)} {Word(random)} Street" } } },
                < 6 => Person(i, random),
                _ => Company(i, random),
            };
            writer.WriteLine(JsonSerializer.Serialize(entity));
        }
    }

    private static object Person(int i, Random r) => new
    {
        id = $"gen-{i:D7}",
        schema = "Person",
        datasets = new[] { "generated" },
        properties = new Dictionary<string, object>
        {
            ["name"] = new[] { $"{Cap(Word(r))} {Cap(Word(r))}" },
            ["alias"] = new[] { $"{Cap(Word(r))} {Cap(Word(r))}", $"{Cap(Word(r))} al-{Cap(Word(r))}" },
            ["birthDate"] = new[] { $"{r.Next(1940, 2000)}-{r.Next(1, 13):D2}-{r.Next(1, 29):D2}" },
            ["nationality"] = new[] { Countries[r.Next(Countries.Length)] },
            ["passportNumber"] = new[] { $"P{r.Next(1_000_000, 9_999_999)}" },
            ["topics"] = new[] { "sanction" },
            ["sanctions"] = new[] { Sanction(i, r) },
        },
    };

    private static object Company(int i, Random r) => new
    {
        id = $"gen-{i:D7}",
        schema = "Company",
        datasets = new[] { "generated" },
        properties = new Dictionary<string, object>
        {
            ["name"] = new[] { $"{Cap(Word(r))} {Cap(Word(r))} Trading LLC" },
            ["jurisdiction"] = new[] { Countries[r.Next(Countries.Length)] },
            ["registrationNumber"] = new[] { r.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["sanctions"] = new[] { Sanction(i, r) },
        },
    };

    private static object Sanction(int i, Random r) => new
    {
        id = $"san-{i}",
        schema = "Sanction",
        properties = new { program = new[] { Programs[r.Next(Programs.Length)] }, listingDate = new[] { $"{r.Next(2001, 2026)}-{r.Next(1, 13):D2}-{r.Next(1, 29):D2}" } },
    };

    private static string Word(Random r) => string.Concat(Enumerable.Range(0, r.Next(2, 4)).Select(_ => Syllables[r.Next(Syllables.Length)]));

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
