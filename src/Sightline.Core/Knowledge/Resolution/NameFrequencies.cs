using System.Globalization;
using System.Reflection;
using Sightline.Names;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// How common each name word is in people's names generally: counts of English-script name tokens in Wikidata's
/// person labels (the transliteration pairs of <c>names-data</c>, every script summed), folded like the names engine
/// folds a token. Bundled as <c>data/names/token-frequencies.tsv</c>, derived by <c>sightline train name-frequencies</c>.
/// A word at least <see cref="Common"/> times as frequent is common: "Muhammad", "Ali", "Kim" and "John" name too many
/// people to tell one from another on their own.
/// </summary>
public sealed class NameFrequencies(IReadOnlyDictionary<string, int> counts)
{
    /// <summary>A token counted at least this often (about the most frequent 0.5% of the 140,000 distinct tokens) is common.</summary>
    public const int Common = 40;

    /// <summary>Tokens counted fewer times than this are left out of the bundled table (they are all rare).</summary>
    public const int Kept = 5;

    private const string Resource = "Sightline.NameTokenFrequencies.tsv";
    private static readonly Lazy<NameFrequencies> BundledTable = new(() =>
    {
        using var stream = typeof(NameFrequencies).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the bundled name frequency table {Resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        return Read(new StreamReader(stream));
    });

    /// <summary>The table bundled with Sightline.</summary>
    public static NameFrequencies Bundled => BundledTable.Value;

    /// <summary>How often <paramref name="token"/> occurs (0 when it is rare or unknown).</summary>
    public int Count(NameToken token) => counts.GetValueOrDefault(token.Text);

    public bool IsCommon(NameToken token) => Count(token) >= Common;

    /// <summary>Reads a table of <c>token&lt;TAB&gt;count</c> lines; lines starting with <c>#</c> are comments.</summary>
    public static NameFrequencies Read(TextReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new FormatException($"name frequency table: \"{line}\" is not token<TAB>count");
            counts[line[..tab]] = count;
        }
        return new NameFrequencies(counts);
    }

    /// <summary>Derives the table from Wikidata name-pair files (<c>english&lt;TAB&gt;other script&lt;TAB&gt;count</c>):
    /// each English token folded by the names engine, counts summed over files, tokens below <see cref="Kept"/> dropped,
    /// most frequent first.</summary>
    public static IReadOnlyList<(string Token, int Count)> Derive(IEnumerable<string> pairFiles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in pairFiles)
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split('\t');
                if (fields.Length < 3 || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count)) continue;
                foreach (var token in NameParser.Parse(fields[0]).Tokens)
                    counts[token.Text] = counts.GetValueOrDefault(token.Text) + count;
            }
        return counts.Where(c => c.Value >= Kept).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value)).ToList();
    }
}
