namespace Sightline.Names.Transliteration;

/// <summary>The model's own accuracy on one script's development pairs.</summary>
/// <param name="Top1">Share of source words whose likeliest rendering is one of their development spellings.</param>
/// <param name="Top5">The same within the five likeliest renderings.</param>
/// <param name="VerifiedAtOnePercent">Share of true pairs scored at or above the threshold that lets 1% of
/// non-pairs through (each source word against another development spelling with the same first letter).</param>
/// <param name="VerifiedAtFivePercent">The same at the loose threshold, which lets 5% of non-pairs through.</param>
public sealed record TransliterationAccuracy(NameScript Script, int Words, double Top1, double Top5, int Pairs, double VerifiedAtOnePercent,
    double VerifiedAtFivePercent, Calibration Calibration);

/// <summary>
/// Scores a model on development pairs and calibrates its <see cref="TransliterationModel.Similarity"/>: per script,
/// the verification threshold letting 1% of non-pairs through and the median score of true pairs. Non-pairs are
/// hard on purpose: each source word against another pair's Latin spelling of the same first letter and about the
/// same length, as screening's blocking keys would put in front of it. Deterministic.
/// </summary>
public static class TransliterationEvaluation
{
    public static (TransliterationModel Calibrated, IReadOnlyList<TransliterationAccuracy> Accuracy) Run(
        TransliterationModel model, IReadOnlyList<TransliterationPair> development, int maxWordsPerScript = 3000)
    {
        var results = new List<TransliterationAccuracy>();
        var calibrations = new Dictionary<NameScript, Calibration>();
        foreach (var group in development.GroupBy(p => p.Script).OrderBy(g => g.Key))
        {
            var script = group.Key;
            var bySource = group.GroupBy(p => p.Source, StringComparer.Ordinal)
                .OrderBy(g => Hash(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(maxWordsPerScript)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Latin).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

            int top1 = 0, top5 = 0;
            foreach (var (source, spellings) in bySource)
            {
                var renderings = model.Renderings(source, 5);
                if (renderings.Count > 0 && spellings.Contains(renderings[0].Latin)) top1++;
                if (renderings.Any(r => spellings.Contains(r.Latin))) top5++;
            }

            var latins = bySource.Values.SelectMany(s => s).Distinct().Order(StringComparer.Ordinal).ToList();
            var byFirst = latins.GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.ToList());
            var positives = new List<double>();
            var negatives = new List<double>();
            foreach (var (source, spellings) in bySource)
            {
                foreach (var latin in spellings) positives.Add(model.Score(script, source, latin));
                var first = spellings.First();
                var pool = byFirst[first[0]];
                var start = (int)(Hash(source) % (uint)pool.Count);
                for (var k = 0; k < pool.Count; k++)
                {
                    var other = pool[(start + k) % pool.Count];
                    if (spellings.Contains(other) || Math.Abs(other.Length - first.Length) > 2) continue;
                    negatives.Add(model.Score(script, source, other));
                    break;
                }
            }
            negatives.Sort();
            positives.Sort();
            var threshold = negatives.Count == 0 ? -1 : Math.Max(negatives[(int)(0.99 * (negatives.Count - 1))], -50) + 1e-9;
            var loose = negatives.Count == 0 ? threshold : Math.Min(threshold, Math.Max(negatives[(int)(0.95 * (negatives.Count - 1))], -50) + 1e-9);
            var typical = positives.Count == 0 ? 0 : positives[positives.Count / 2];
            var calibration = new Calibration(threshold, Math.Max(typical, threshold + 0.05), loose);
            calibrations[script] = calibration;
            var verified = positives.Count(s => s >= threshold);
            var looselyVerified = positives.Count(s => s >= loose);
            results.Add(new TransliterationAccuracy(script, bySource.Count, (double)top1 / bySource.Count, (double)top5 / bySource.Count,
                positives.Count, (double)verified / Math.Max(1, positives.Count), (double)looselyVerified / Math.Max(1, positives.Count), calibration));
        }
        return (model.WithCalibrations(calibrations), results);
    }

    /// <summary>FNV-1a: the same order on every machine and run.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
