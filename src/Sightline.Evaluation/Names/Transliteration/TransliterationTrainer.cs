namespace Sightline.Names.Transliteration;

/// <summary>How to train: EM passes before and after the noisiest pairs are set aside, the share set aside, and the
/// smallest emission probability kept in the model.</summary>
public sealed record TransliterationTrainingOptions(int Iterations = 8, int RefineIterations = 4, double NoisyShare = 0.05, double MinimumProbability = 1e-4);

/// <summary>
/// Trains <see cref="TransliterationModel"/> by expectation-maximisation over letter alignments, in both directions
/// (script to Latin, Latin to script), each letter read in its context (<see cref="TransliterationModel.ContextKey"/>): every way of cutting the written word into one piece (zero to four letters) per
/// letter of the word read counts, weighted by how likely its pieces are
/// under the current probabilities (forward-backward); the expected counts give the next probabilities. After the first
/// passes the pairs the model finds least likely (names that are not transliterations of each other, such as a
/// Japanese personal name given for a family name) are set aside and training goes on without them. Deterministic:
/// the same pairs give the same model.
/// </summary>
public static class TransliterationTrainer
{
    private const int Width = TransliterationModel.MaxEmission + 1;

    /// <summary>The expected count, in the last pass, below which a piece is not counted as seen.</summary>
    private const double MinimumExpectedCount = 0.01;

    /// <summary>The weight of a context's own probabilities against those of its letter at the same place after any letter.</summary>
    private const double OwnContextShare = 0.9;

    public static TransliterationModel Train(IReadOnlyList<TransliterationPair> named, TransliterationTrainingOptions options, string provenance, Action<string>? log = null)
    {
        // Both directions at once: their contexts are disjoint (script letters; Latin letters keyed by script).
        var pairs = named.Select(p => new Direction(p.Source, p.Latin, 0))
            .Concat(named.Select(p => new Direction(p.Latin, p.Source, TransliterationModel.ReverseOffset(p.Script)))).ToList();
        var parameterIds = new Dictionary<(int Context, string Latin), int>();
        var contextOf = new List<int>();
        var latinOf = new List<string>();
        var lattices = new int[pairs.Count][];
        for (var p = 0; p < pairs.Count; p++)
        {
            var (source, latin, offset) = pairs[p];
            var n = source.Length;
            var m = latin.Length;
            var lattice = new int[n * (m + 1) * Width];
            for (var i = 0; i < n; i++)
            {
                var position = TransliterationModel.Position(source, i);
                for (var j = 0; j <= m; j++)
                    for (var l = 0; l < Width; l++)
                    {
                        var at = (i * (m + 1) + j) * Width + l;
                        if (j + l > m) { lattice[at] = -1; continue; }
                        var context = TransliterationModel.ContextKey(source[i], position, TransliterationModel.Previous(latin, j), offset);
                        var key = (context, latin.Substring(j, l));
                        if (!parameterIds.TryGetValue(key, out var id))
                        {
                            id = contextOf.Count;
                            parameterIds.Add(key, id);
                            contextOf.Add(context);
                            latinOf.Add(key.Item2);
                        }
                        lattice[at] = id;
                    }
            }
            lattices[p] = lattice;
        }

        var count = contextOf.Count;
        var probability = new double[count];
        // Start: shorter pieces a little likelier, so that the first pass prefers one letter for one letter.
        for (var k = 0; k < count; k++) probability[k] = latinOf[k].Length switch { 0 => 0.5, 1 => 1, 2 => 0.5, 3 => 0.2, _ => 0.05 };
        Normalize(probability, new double[count], contextOf, count, seed: true);

        var active = Enumerable.Range(0, pairs.Count).ToList();
        var expected = new double[count];
        for (var iteration = 1; iteration <= options.Iterations + options.RefineIterations; iteration++)
        {
            Array.Clear(expected);
            double logLikelihood = 0;
            var aligned = 0;
            foreach (var p in active)
            {
                var z = Expect(pairs[p], lattices[p], probability, expected);
                if (z > 0) { logLikelihood += Math.Log(z); aligned++; }
            }
            Normalize(probability, expected, contextOf, count, seed: false);
            log?.Invoke($"  pass {iteration}: {aligned:N0} pairs aligned, mean log-likelihood {logLikelihood / Math.Max(1, aligned):0.000}");

            if (iteration == options.Iterations && options.NoisyShare > 0)
            {
                var scored = active.Select(p => (Pair: p, Score: PerLetter(pairs[p], lattices[p], probability))).OrderBy(s => s.Score).ThenBy(s => s.Pair).ToList();
                var drop = (int)(scored.Count * options.NoisyShare);
                active = scored.Skip(drop).Select(s => s.Pair).Order().ToList();
                log?.Invoke($"  set aside {drop:N0} pairs the model finds least likely (e.g. {string.Join(", ", scored.Take(3).Select(s => $"{pairs[s.Pair].Source}/{pairs[s.Pair].Latin}"))})");
            }
        }

        return TransliterationModel.Create(Smoothed(contextOf, latinOf, probability, expected, options), new Dictionary<NameScript, Calibration>(), provenance);
    }

    /// <summary>The emissions kept: in each context the data reached, the context's own probability mixed with that of
    /// the letter at the same place whatever was written before it (<see cref="OwnContextShare"/>), so that a piece seen
    /// only after a consonant (<c>ه</c> → <c>ha</c>) stays possible after a vowel; pieces below the minimum probability
    /// are dropped. A context the data never reached (a first letter after a written vowel) keeps nothing and reads like
    /// its neighbours.</summary>
    private static List<(int, string, double)> Smoothed(List<int> contextOf, List<string> latinOf, double[] probability, double[] expected,
        TransliterationTrainingOptions options)
    {
        var reached = new Dictionary<int, double>();
        var pooled = new Dictionary<int, Dictionary<string, double>>();
        for (var k = 0; k < contextOf.Count; k++)
        {
            if (expected[k] < MinimumExpectedCount) continue;
            reached[contextOf[k]] = reached.GetValueOrDefault(contextOf[k]) + expected[k];
            var place = TransliterationModel.WithoutPrevious(contextOf[k]);
            var group = pooled.TryGetValue(place, out var g) ? g : pooled[place] = new Dictionary<string, double>(StringComparer.Ordinal);
            group[latinOf[k]] = group.GetValueOrDefault(latinOf[k]) + expected[k];
        }
        var own = new Dictionary<(int, string), double>();
        for (var k = 0; k < contextOf.Count; k++)
            if (reached.ContainsKey(contextOf[k])) own[(contextOf[k], latinOf[k])] = probability[k];

        var emissions = new List<(int, string, double)>();
        foreach (var context in reached.Keys.Order())
        {
            var group = pooled[TransliterationModel.WithoutPrevious(context)];
            var total = group.Values.Sum();
            foreach (var (latin, count) in group.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var p = OwnContextShare * own.GetValueOrDefault((context, latin)) + (1 - OwnContextShare) * count / total;
                if (p >= options.MinimumProbability) emissions.Add((context, latin, p));
            }
        }
        return emissions;
    }

    /// <summary>One direction of a pair: the word read, the word written, and the key offset of the direction.</summary>
    private readonly record struct Direction(string Source, string Latin, int Offset);

    /// <summary>Adds the pair's expected emission counts (when asked); returns the pair's probability (0 when no alignment exists).</summary>
    private static double Expect(Direction pair, int[] lattice, double[] probability, double[]? expected)
    {
        var n = pair.Source.Length;
        var m = pair.Latin.Length;
        var w = m + 1;
        var alpha = new double[(n + 1) * w];
        var beta = new double[(n + 1) * w];
        alpha[0] = 1;
        for (var i = 0; i < n; i++)
            for (var j = 0; j <= m; j++)
            {
                var a = alpha[i * w + j];
                if (a == 0) continue;
                for (var l = 0; l < Width && j + l <= m; l++)
                    alpha[(i + 1) * w + j + l] += a * probability[lattice[(i * w + j) * Width + l]];
            }
        var z = alpha[n * w + m];
        if (z <= 0 || double.IsNaN(z)) return 0;
        if (expected is null) return z;
        beta[n * w + m] = 1;
        for (var i = n - 1; i >= 0; i--)
            for (var j = m; j >= 0; j--)
            {
                double b = 0;
                for (var l = 0; l < Width && j + l <= m; l++)
                    b += probability[lattice[(i * w + j) * Width + l]] * beta[(i + 1) * w + j + l];
                beta[i * w + j] = b;
            }
        for (var i = 0; i < n; i++)
            for (var j = 0; j <= m; j++)
            {
                var a = alpha[i * w + j];
                if (a == 0) continue;
                for (var l = 0; l < Width && j + l <= m; l++)
                {
                    var id = lattice[(i * w + j) * Width + l];
                    var posterior = a * probability[id] * beta[(i + 1) * w + j + l] / z;
                    if (posterior > 0) expected[id] += posterior;
                }
            }
        return z;
    }

    /// <summary>A pair's log-probability per source letter under the current probabilities.</summary>
    private static double PerLetter(Direction pair, int[] lattice, double[] probability)
    {
        var z = Expect(pair, lattice, probability, null);
        return z > 0 ? Math.Log(z) / pair.Source.Length : double.NegativeInfinity;
    }

    /// <summary>Turns counts into probabilities per context (letter and place); a small floor keeps every piece possible
    /// during training, so that one pass cannot rule an alignment out for good.</summary>
    private static void Normalize(double[] probability, double[] expected, List<int> contextOf, int count, bool seed)
    {
        var totals = new Dictionary<int, double>();
        for (var k = 0; k < count; k++)
        {
            var value = seed ? probability[k] : expected[k] + 1e-6;
            if (!seed) probability[k] = value;
            totals[contextOf[k]] = totals.GetValueOrDefault(contextOf[k]) + value;
        }
        for (var k = 0; k < count; k++) probability[k] /= totals[contextOf[k]];
    }
}
