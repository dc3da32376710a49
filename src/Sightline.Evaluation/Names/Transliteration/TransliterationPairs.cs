using Sightline.Names.Scripts;

namespace Sightline.Names.Transliteration;

/// <summary>One training or development pair: a word in the model's <see cref="TransliterationModel.SourceForm"/>
/// and its folded Latin spelling.</summary>
public readonly record struct TransliterationPair(NameScript Script, string Source, string Latin);

/// <summary>
/// Reads the public name-pair sets of <c>names-data</c>: Google's Arabic-English pairs (<c>arabic⇥english</c>) and
/// the Wikidata name dictionaries (<c>english⇥l e t t e r s⇥count</c>). Words are put in the model's forms; the
/// Arabic article is taken off both sides when the Arabic word has it, as the name parser does before scoring.
/// Malformed lines are skipped and counted, never fatal.
/// </summary>
public static class TransliterationPairs
{
    /// <summary>The training files and development files of each script, relative to the names-data folder.</summary>
    public static readonly IReadOnlyList<(NameScript Script, string Train, string Dev)> Files =
    [
        (NameScript.Arabic, "google-ar2en-train.tsv", "google-ar2en-eval.tsv"),
        (NameScript.Arabic, "wikidata-en-arabic-64.tsv", "wikidata-en-arabic-16.tsv"),
        (NameScript.Cyrillic, "wikidata-en-russian-64.tsv", "wikidata-en-russian-16.tsv"),
        (NameScript.Hebrew, "wikidata-en-hebrew-64.tsv", "wikidata-en-hebrew-16.tsv"),
    ];

    public static IReadOnlyList<TransliterationPair> Read(string folder, bool development, out int skipped)
    {
        var pairs = new HashSet<TransliterationPair>();
        skipped = 0;
        foreach (var (script, train, dev) in Files)
        {
            var file = Path.Combine(folder, development ? dev : train);
            var google = file.Contains("google", StringComparison.Ordinal);
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split('\t');
                if (fields.Length < 2) { skipped++; continue; }
                var (native, english) = google ? (fields[0], fields[1]) : (fields[1].Replace(" ", ""), fields[0]);
                if (Make(script, native, english) is { } pair) pairs.Add(pair);
                else skipped++;
            }
        }
        return pairs.OrderBy(p => p.Script).ThenBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Latin, StringComparer.Ordinal).ToList();
    }

    /// <summary>A pair in model form, or null when either side is empty, mixes scripts, or is too long to be one name word.</summary>
    public static TransliterationPair? Make(NameScript script, string native, string english)
    {
        var source = TransliterationModel.SourceForm(script, native.Trim());
        var latin = LatinFolding.Fold(english.Trim());
        if (script == NameScript.Arabic && source.Length > 3 && source.StartsWith("ال", StringComparison.Ordinal))
        {
            source = source[2..];
            if (latin.Length > 4 && (latin.StartsWith("al", StringComparison.Ordinal) || latin.StartsWith("el", StringComparison.Ordinal))) latin = latin[2..];
        }
        if (source.Length == 0 || latin.Length == 0 || source.Length > 20 || latin.Length > 24) return null;
        if (TransliterationModel.ScriptOf(source) != script || !source.All(c => TransliterationModel.ScriptOf(c.ToString()) == script)) return null;
        if (latin.Any(char.IsAsciiDigit)) return null;
        return new TransliterationPair(script, source, latin);
    }
}
