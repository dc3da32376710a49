using System.Globalization;
using System.Text;

namespace Sightline.Names.Transliteration;

/// <summary>A likely Latin rendering of a non-Latin word, with its log-probability under the model.</summary>
public readonly record struct Rendering(string Latin, double LogProbability);

/// <summary>Where a script's verification scores stand: <see cref="Threshold"/> lets 1% of development non-pairs
/// through, <see cref="Typical"/> is the median score of development pairs, and <see cref="Loose"/> lets 5% of
/// non-pairs through (a word the model finds unusual but possible, see <see cref="TransliterationModel.UnusualSimilarity"/>).</summary>
public readonly record struct Calibration(double Threshold, double Typical, double Loose);

/// <summary>
/// A trained letter-alignment model of how names written in Arabic (and Persian), Cyrillic and Hebrew script are
/// written in Latin letters: each source letter, by its place in the word (first, inside, last), whether a vowel letter
/// follows it, and whether the letter written just before is a vowel, a consonant or none (the word's start), emits a
/// Latin string of zero to four letters (<c>خ</c> → <c>kh</c>, <c>ب</c> → <c>ba</c>, where the Latin carries the short
/// vowel Arabic script leaves unwritten; <c>ا</c> after a written <c>a</c> is mostly silent); a second table reads the
/// other way, each Latin letter emitting zero to four letters of the script. <see cref="LogProbability"/> sums over every alignment (the forward algorithm),
/// <see cref="Renderings"/> proposes the likeliest Latin spellings, and <see cref="Similarity"/> turns the score into
/// a token similarity calibrated on development pairs. Trained by <c>TransliterationTrainer</c> (Sightline.Evaluation); see ADR-015.
/// </summary>
/// <remarks>Immutable and thread-safe. The committed model is embedded in the library and read once, on first use.</remarks>
public sealed class TransliterationModel
{
    public const int MaxEmission = 4;

    /// <summary>The similarity of a pair at the script's 1%-false-match threshold; <see cref="UnusualSimilarity"/> is
    /// below it for pairs between the loose and the strict threshold.</summary>
    public const double VerifiedSimilarity = 0.75;

    /// <summary>The similarity of a typical true pair: the median score of the development pairs.</summary>
    public const double TypicalSimilarity = VerifiedSimilarity + 0.22;

    /// <summary>Halfway from the 1%-false-match threshold to a typical true pair: a pair at least this alike is a firm
    /// rendering; below it, one the model merely allows, as a slip is to a Latin spelling.</summary>
    public const double FirmSimilarity = (VerifiedSimilarity + TypicalSimilarity) / 2;

    private const string ResourceName = "Sightline.Names.Transliteration.transliteration.model";
    private const double UnknownLetterLogP = -4;

    /// <summary>The probability of a piece the model never kept (an empty or one-letter piece): small, so that an
    /// unusual letter costs a lot but never rules a pair out.</summary>
    private static readonly double UnseenPiece = Math.Exp(-9);

    private static readonly double UnknownLetter = Math.Exp(UnknownLetterLogP);

    private static readonly Lazy<TransliterationModel> s_default = new(LoadDefault);

    private readonly Dictionary<int, ContextTable> _contexts;

    /// <summary>Each context key with what <see cref="Context"/> reads for it, the fall-backs followed once here.</summary>
    private readonly Dictionary<int, ContextTable> _resolved;

    private TransliterationModel(Dictionary<int, ContextTable> contexts, IReadOnlyDictionary<NameScript, Calibration> calibrations, string provenance)
    {
        _contexts = contexts;
        _resolved = [];
        foreach (var key in contexts.Keys)
        {
            var place = WithoutPrevious(key);
            for (var previous = 0; previous < 3; previous++)
                _resolved[place + previous] = contexts.GetValueOrDefault(place + previous) ?? contexts.GetValueOrDefault(place + 2)
                    ?? contexts.GetValueOrDefault(place + 1) ?? contexts[place];
        }
        Calibrations = calibrations;
        Provenance = provenance;
    }

    /// <summary>The committed model (<c>data/models/transliteration.model</c>, embedded at build).</summary>
    public static TransliterationModel Default => s_default.Value;

    public IReadOnlyDictionary<NameScript, Calibration> Calibrations { get; }

    /// <summary>What the model was trained on, and when, as the training command wrote it.</summary>
    public string Provenance { get; }

    public int ParameterCount => _contexts.Values.Sum(c => c.Count);

    /// <summary>The script the model reads a word in, or null for Latin and scripts it does not know.</summary>
    public static NameScript? ScriptOf(string word)
    {
        foreach (var c in word)
        {
            if (Scripts.ArabicScript.IsArabicLetter(c)) return NameScript.Arabic;
            if (Scripts.CyrillicScript.IsCyrillicLetter(c)) return NameScript.Cyrillic;
            if (Scripts.HebrewScript.IsHebrewLetter(c)) return NameScript.Hebrew;
        }
        return null;
    }

    /// <summary>The form of a word the model reads: Arabic letters normalised (Persian letters to their Arabic
    /// counterparts), Cyrillic lower-cased, Hebrew without points and with final letters as ordinary ones.</summary>
    public static string SourceForm(NameScript script, string word) => script switch
    {
        NameScript.Arabic => Scripts.ArabicScript.Normalize(word),
        NameScript.Cyrillic => word.ToLowerInvariant().Replace('ё', 'е'),
        NameScript.Hebrew => Scripts.HebrewScript.Normalize(word),
        _ => word,
    };

    /// <summary>log P(latin | source): the probability, summed over all alignments, that the source word (in
    /// <see cref="SourceForm"/>) is written as the folded Latin word.</summary>
    public double LogProbability(string source, string latin) => Forward(source, latin, 0);

    private double Forward(string source, string latin, int offset)
    {
        var n = source.Length;
        var m = latin.Length;
        if (n == 0 || n > 40 || m > 60) return double.NegativeInfinity;
        var width = m + 1;
        Span<double> previous = stackalloc double[width];
        Span<double> current = stackalloc double[width];
        Span<byte> written = stackalloc byte[width];
        for (var j = 0; j <= m; j++) written[j] = (byte)Previous(latin, j);
        previous.Clear();
        previous[0] = 1;
        double logScale = 0;
        for (var i = 0; i < n; i++)
        {
            current.Clear();
            var position = Position(source, i);
            ContextTable? atStart = Context(source[i], position, 0, offset), afterVowel = Context(source[i], position, 1, offset),
                afterConsonant = Context(source[i], position, 2, offset);
            for (var j = 0; j <= m; j++)
            {
                var a = previous[j];
                if (a == 0) continue;
                var context = written[j] switch { 0 => atStart, 1 => afterVowel, _ => afterConsonant };
                if (context is null)
                {
                    current[j] += a * UnknownLetter;
                    if (j < m) current[j + 1] += a * UnknownLetter;
                    continue;
                }
                current[j] += a * (context.Empty + UnseenPiece);
                if (j == m) continue;
                current[j + 1] += a * UnseenPiece;
                var letter = latin[j];
                var bucket = context.ByFirst[Bucket(letter)];
                if (bucket is null) continue;
                foreach (ref readonly var e in bucket.AsSpan())
                    if (e.Latin[0] == letter && j + e.Latin.Length <= m && Follows(latin, j, e.Latin))
                        current[j + e.Latin.Length] += a * e.Probability;
            }
            double max = 0;
            foreach (var v in current) max = Math.Max(max, v);
            if (max == 0) return double.NegativeInfinity;
            for (var j = 0; j <= m; j++) current[j] /= max;
            logScale += Math.Log(max);
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] == 0 ? double.NegativeInfinity : logScale + Math.Log(previous[m]);
    }

    /// <summary>Whether <paramref name="piece"/>, whose first letter is known to be there, is written at
    /// <paramref name="at"/> of <paramref name="word"/> (which is long enough to hold it).</summary>
    private static bool Follows(string word, int at, string piece) =>
        piece.Length == 1 || (word[at + 1] == piece[1] && (piece.Length == 2 || word.AsSpan(at + 2, piece.Length - 2).SequenceEqual(piece.AsSpan(2))));

    /// <summary>The <paramref name="count"/> likeliest Latin renderings of a source word, best first (beam search;
    /// renderings reached by several alignments have their probabilities summed).</summary>
    public IReadOnlyList<Rendering> Renderings(string source, int count, int beam = 24)
    {
        if (source.Length == 0) return [];
        var states = new Dictionary<string, double>(StringComparer.Ordinal) { [""] = 0 };
        for (var i = 0; i < source.Length; i++)
        {
            var position = Position(source, i);
            var next = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (prefix, logP) in states)
            {
                var context = Context(source[i], position, Previous(prefix, prefix.Length), 0);
                if (context is null) { Add(next, prefix, logP + UnknownLetterLogP); continue; }
                if (context.Empty > 0) Add(next, prefix, logP + context.LogEmpty);
                foreach (var e in context.Best.AsSpan(0, Math.Min(context.Best.Length, beam))) Add(next, prefix + e.Latin, logP + e.LogProbability);
            }
            states = next.OrderByDescending(p => p.Value).Take(beam).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
        return states.Where(s => s.Key.Length > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(count).Select(s => new Rendering(s.Key, s.Value)).ToList();
    }

    /// <summary>The verification score of a pair, in both directions: log P(latin | source) less that of the source's
    /// likeliest alignment path, per source letter, averaged with the same for P(source | latin) per Latin letter.
    /// About 0 for a likely pair, lower the less likely; the second direction catches source letters a Latin spelling
    /// leaves unexplained.</summary>
    /// <remarks>An Arabic-script word is also read the Persian way (<see cref="PersianReading"/>), the better score
    /// counting.</remarks>
    public double Score(NameScript script, string source, string latin)
    {
        var score = ScoreAsWritten(script, source, latin);
        if (script == NameScript.Arabic && PersianReading.Of(source, latin) is var (persian, read))
            score = Math.Max(score, ScoreAsWritten(script, persian, read));
        return score;
    }

    private double ScoreAsWritten(NameScript script, string source, string latin)
    {
        var forward = Forward(source, latin, 0);
        var reverse = Forward(latin, source, ReverseOffset(script));
        if (double.IsNegativeInfinity(forward) || double.IsNegativeInfinity(reverse)) return double.NegativeInfinity;
        var f = (forward - Math.Max(BestPath(source, 0), forward)) / source.Length;
        var r = (reverse - Math.Max(BestPath(latin, ReverseOffset(script)), reverse)) / latin.Length;
        return (f + r) / 2;
    }

    /// <summary>How alike a non-Latin word (in <see cref="SourceForm"/>) and a folded Latin word are, in [0, 0.97]:
    /// 0 below the script's 1%-false-match threshold, 0.75 at it, rising to 0.97 at the median score of true pairs.</summary>
    public double Similarity(NameScript script, string source, string latin)
    {
        if (!Calibrations.TryGetValue(script, out var calibration)) return 0;
        var score = Score(script, source, latin);
        if (score < calibration.Threshold) return 0;
        var span = Math.Max(1e-6, calibration.Typical - calibration.Threshold);
        return VerifiedSimilarity + (TypicalSimilarity - VerifiedSimilarity) * Math.Clamp((score - calibration.Threshold) / span, 0, 1);
    }

    /// <summary>How alike a pair is that <see cref="Similarity"/> rejects but that scores at or above the script's
    /// loose threshold (5% of non-pairs pass it): 0.70 at the loose threshold rising to 0.75 at the strict one; 0 below
    /// it, and <see cref="Similarity"/> above the strict one. Only for a word left over where every other word of two
    /// names agreed, never as evidence on its own.</summary>
    public double UnusualSimilarity(NameScript script, string source, string latin)
    {
        if (!Calibrations.TryGetValue(script, out var calibration)) return 0;
        var score = Score(script, source, latin);
        if (score >= calibration.Threshold) return Similarity(script, source, latin);
        if (score < calibration.Loose) return 0;
        return 0.70 + (VerifiedSimilarity - 0.70) * Math.Clamp((score - calibration.Loose) / Math.Max(1e-6, calibration.Threshold - calibration.Loose), 0, 1);
    }

    /// <summary>The log-probability of the likeliest single alignment path (Viterbi over the three kinds of letter
    /// written last: none, vowel, consonant).</summary>
    private double BestPath(string source, int offset)
    {
        Span<double> best = stackalloc double[3];
        Span<double> next = stackalloc double[3];
        best.Fill(double.NegativeInfinity);
        best[0] = 0;
        for (var i = 0; i < source.Length; i++)
        {
            next.Fill(double.NegativeInfinity);
            var position = Position(source, i);
            for (var last = 0; last < 3; last++)
            {
                if (double.IsNegativeInfinity(best[last])) continue;
                var context = Context(source[i], position, last, offset);
                if (context is null)
                {
                    next[last] = Math.Max(next[last], best[last] + UnknownLetterLogP);
                    next[2] = Math.Max(next[2], best[last] + UnknownLetterLogP);
                    continue;
                }
                if (context.Empty > 0) next[last] = Math.Max(next[last], best[last] + context.LogEmpty);
                next[1] = Math.Max(next[1], best[last] + context.BestEndingInVowel);
                next[2] = Math.Max(next[2], best[last] + context.BestEndingInConsonant);
            }
            next.CopyTo(best);
        }
        return Math.Max(best[0], Math.Max(best[1], best[2]));
    }

    private static void Add(Dictionary<string, double> states, string key, double logP)
    {
        states[key] = states.TryGetValue(key, out var existing) ? LogSum(existing, logP) : logP;
    }

    private static double LogSum(double a, double b) => a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));

    /// <summary>The letter's context: first, inside or last in the word, and whether a vowel letter follows it (a
    /// consonant followed by alif, waw or ya carries no unwritten short vowel).</summary>
    internal static int Position(string source, int i)
    {
        var place = i == 0 ? 0 : i == source.Length - 1 ? 2 : 1;
        return place * 2 + (i + 1 < source.Length && IsVowelLetter(source[i + 1]) ? 1 : 0);
    }

    /// <summary>What was written just before position <paramref name="j"/> of a word: 0 nothing (the word's start),
    /// 1 a vowel letter, 2 another letter.</summary>
    internal static int Previous(string written, int j) => j == 0 ? 0 : IsVowelLetter(written[j - 1]) ? 1 : 2;

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ا' or 'و' or 'ي' or 'ى' or 'ة' or 'א' or 'ו' or 'י' or 'ע'
        or 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    private static int Bucket(char c) => c % 28;

    /// <summary>The letter's emissions in its context; where training never saw the letter after that kind of letter,
    /// those after another kind (a consonant first), so that a rare combination is read like its neighbours.</summary>
    private ContextTable? Context(char letter, int position, int previous, int offset) =>
        _resolved.GetValueOrDefault(ContextKey(letter, position, previous, offset));

    /// <summary>A context's key: the letter, its place (<see cref="Position"/>) and what was written before it
    /// (<see cref="Previous"/>), and for the Latin-to-script direction the script, so that Latin letters are read
    /// separately for each script (<see cref="ReverseOffset"/>). Letters past U+3FFF share one key.</summary>
    internal static int ContextKey(char letter, int position, int previous, int offset) => offset + Math.Min((int)letter, 0x3FFF) * 32 + position * 3 + previous;

    /// <summary>A context's key without what was written before the letter: the letter at its place, the context the
    /// trainer mixes sparse contexts with.</summary>
    internal static int WithoutPrevious(int context) => context - context % 32 % 3;

    /// <summary>The key offset of the Latin-to-script direction for a script (0 is the script-to-Latin direction).</summary>
    internal static int ReverseOffset(NameScript script) => (1 + (int)script) * 0x80000;

    // ---- reading and writing ----

    /// <summary>Builds a model from emission probabilities keyed by (letter, position, Latin string).</summary>
    internal static TransliterationModel Create(IEnumerable<(int Context, string Latin, double Probability)> emissions,
        IReadOnlyDictionary<NameScript, Calibration> calibrations, string provenance)
    {
        var contexts = emissions.GroupBy(e => e.Context)
            .ToDictionary(g => g.Key, g => new ContextTable(g.Select(e => (e.Latin, e.Probability))));
        return new TransliterationModel(contexts, calibrations, provenance);
    }

    internal TransliterationModel WithCalibrations(IReadOnlyDictionary<NameScript, Calibration> calibrations) =>
        new(_contexts, calibrations, Provenance);

    /// <summary>Writes the model as text: a provenance line, one calibration line a script, one emission a line
    /// (<c>direction letter position previous emitted probability</c>: direction 0 is script to Latin, 1 + the script's
    /// number Latin to that script; the empty string written as <c>-</c>).</summary>
    public void Save(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("# " + Provenance.ReplaceLineEndings(" ") + "\n");
        foreach (var (script, c) in Calibrations.OrderBy(c => c.Key))
            writer.Write(FormattableString.Invariant($"calibration\t{script}\t{c.Threshold:R}\t{c.Typical:R}\t{c.Loose:R}\n"));
        foreach (var (key, table) in _contexts.OrderBy(c => c.Key))
            foreach (var (latin, p) in table.All().OrderByDescending(e => e.Probability).ThenBy(e => e.Latin, StringComparer.Ordinal))
                writer.Write(FormattableString.Invariant($"{key / 0x80000}\t{(char)(key % 0x80000 / 32)}\t{key % 32 / 3}\t{key % 32 % 3}\t{(latin.Length == 0 ? "-" : latin)}\t{p:G6}\n"));
    }

    public static TransliterationModel Load(TextReader reader)
    {
        var provenance = "";
        var calibrations = new Dictionary<NameScript, Calibration>();
        var emissions = new List<(int, string, double)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith("# ", StringComparison.Ordinal)) { provenance = line[2..]; continue; }
            var f = line.Split('\t');
            if (f.Length is 4 or 5 && f[0] == "calibration" && Enum.TryParse<NameScript>(f[1], out var script))
            {
                var threshold = double.Parse(f[2], CultureInfo.InvariantCulture);
                // A model calibrated before the loose threshold existed has none: it is the strict one.
                calibrations[script] = new Calibration(threshold, double.Parse(f[3], CultureInfo.InvariantCulture),
                    f.Length == 5 ? double.Parse(f[4], CultureInfo.InvariantCulture) : threshold);
            }
            else if (f.Length == 6 && int.TryParse(f[0], out var direction) && f[1].Length == 1 && int.TryParse(f[2], out var position) && position is >= 0 and < 6
                     && int.TryParse(f[3], out var previous) && previous is >= 0 and < 3
                     && double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
                emissions.Add((direction * 0x80000 + ContextKey(f[1][0], position, previous, 0), f[4] == "-" ? "" : f[4], p));
            else throw new FormatException($"transliteration model, line {number}: not a calibration or emission line");
        }
        return Create(emissions, calibrations, provenance);
    }

    private static TransliterationModel LoadDefault()
    {
        using var stream = typeof(TransliterationModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The transliteration model is not embedded ({ResourceName}).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }

    private readonly record struct Emission(string Latin, double Probability, double LogProbability);

    /// <summary>The emissions of one letter at one place in a word, bucketed by their first Latin letter.</summary>
    private sealed class ContextTable
    {
        public ContextTable(IEnumerable<(string Latin, double Probability)> emissions)
        {
            var list = emissions.ToList();
            Count = list.Count;
            Empty = list.Where(e => e.Latin.Length == 0).Sum(e => e.Probability);
            LogEmpty = Math.Log(Empty);
            ByFirst = new Emission[28][];
            foreach (var group in list.Where(e => e.Latin.Length > 0).GroupBy(e => Bucket(e.Latin[0])))
                ByFirst[group.Key] = group.Select(e => new Emission(e.Latin, e.Probability, Math.Log(e.Probability))).ToArray();
            Best = list.Where(e => e.Latin.Length > 0).OrderByDescending(e => e.Probability).Take(12)
                .Select(e => new Emission(e.Latin, e.Probability, Math.Log(e.Probability))).ToArray();
            BestEndingInVowel = LogOfBest(list.Where(e => e.Latin.Length > 0 && IsVowelLetter(e.Latin[^1])));
            BestEndingInConsonant = LogOfBest(list.Where(e => e.Latin.Length > 0 && !IsVowelLetter(e.Latin[^1])));
        }

        private static double LogOfBest(IEnumerable<(string Latin, double Probability)> emissions)
        {
            var best = emissions.Select(e => e.Probability).DefaultIfEmpty(0).Max();
            return best > 0 ? Math.Log(best) : double.NegativeInfinity;
        }

        /// <summary>The log-probability of the likeliest non-empty piece ending in a vowel letter, and in another letter.</summary>
        public double BestEndingInVowel { get; }
        public double BestEndingInConsonant { get; }

        public int Count { get; }
        public double Empty { get; }

        /// <summary>The log of <see cref="Empty"/>, taken once.</summary>
        public double LogEmpty { get; }
        public Emission[]?[] ByFirst { get; }
        public Emission[] Best { get; }

        public IEnumerable<(string Latin, double Probability)> All()
        {
            if (Empty > 0) yield return ("", Empty);
            foreach (var bucket in ByFirst)
                if (bucket is not null)
                    foreach (var e in bucket) yield return (e.Latin, e.Probability);
        }
    }
}
