namespace Sightline.Analysis.Tagging;

/// <summary>
/// Tags a document left to right, one token at a time: the best-scoring label that may follow the previous one.
/// It reads the document twice. The first pass remembers, per capitalised word, the types it gave that word so
/// far; the second knows the first pass's types for every other occurrence of the word in the whole document, so
/// that "Khazali" in a headline can learn from "Qais Al-Khaz'ali" three paragraphs down.
/// The same loop trains the perceptron: given gold labels and a learner, each wrong label is a mistake to learn from.
/// When only tagging, the scores of the features that do not depend on earlier labels
/// (<see cref="NerFeatures.ExtractFixed"/>) are computed in the first pass and reused in the second.
/// </summary>
internal static class GreedyDecoder
{
    private static readonly int Slots = EntityLabels.Types.Length + 1;

    public static int[][] Decode(SentenceView[] document, ILabelScorer scorer, int labelCount, int[][]? gold = null, PerceptronWeights? learner = null, long step = 0)
    {
        var fixedScores = learner is null ? new float[document.Length][] : null;
        var first = Pass(document, scorer, labelCount, null, null, gold, learner, step, fixedScores);
        var counts = new Dictionary<ulong, int[]>();
        for (var s = 0; s < document.Length; s++)
            for (var i = 0; i < first[s].Length; i++)
            {
                ref readonly var token = ref document[s].Tokens[i];
                if (token.CaseElsewhere == 0) continue;
                if (!counts.TryGetValue(token.Lower, out var seen)) counts[token.Lower] = seen = new int[Slots];
                seen[Slot(first[s][i])]++;
            }
        return Pass(document, scorer, labelCount, counts, first, gold, learner, step, fixedScores);
    }

    private static int[][] Pass(SentenceView[] document, ILabelScorer scorer, int labelCount, Dictionary<ulong, int[]>? global, int[][]? firstPass,
        int[][]? gold, PerceptronWeights? learner, long step, float[][]? fixedScores)
    {
        var history = new Dictionary<ulong, int[]>();
        var result = new int[document.Length][];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        Span<float> scores = stackalloc float[labelCount];
        Span<float> contextual = stackalloc float[labelCount];
        Span<int> others = stackalloc int[Slots];
        for (var s = 0; s < document.Length; s++)
        {
            var sentence = document[s];
            var labels = new int[sentence.Tokens.Length];
            var firstTime = fixedScores is not null && fixedScores[s] is null;
            if (firstTime) fixedScores![s] = new float[labels.Length * labelCount];
            for (var i = 0; i < labels.Length; i++)
            {
                var label1 = i > 0 ? labels[i - 1] : -1;
                var label2 = i > 1 ? labels[i - 2] : -1;
                ref readonly var token = ref sentence.Tokens[i];
                var remembered = -1;
                if (token.CaseElsewhere != 0)
                {
                    if (global is not null && global.TryGetValue(token.Lower, out var all))
                    {
                        all.CopyTo(others);
                        others[Slot(firstPass![s][i])]--;
                        remembered = Majority(others) is var m and >= 0 ? m + Slots : -1;
                    }
                    else if (global is null && history.TryGetValue(token.Lower, out var counts)) remembered = Majority(counts);
                }
                int n;
                if (fixedScores is null)
                {
                    n = NerFeatures.Extract(sentence, i, label1, label2, remembered, features);
                    scorer.Score(features[..n], scores);
                }
                else
                {
                    var cached = fixedScores[s].AsSpan(i * labelCount, labelCount);
                    if (firstTime) scorer.Score(features[..NerFeatures.ExtractFixed(sentence, i, features)], cached);
                    n = NerFeatures.ExtractContextual(sentence, i, label1, label2, remembered, features);
                    scorer.Score(features[..n], contextual);
                    for (var l = 0; l < labelCount; l++) scores[l] = cached[l] + contextual[l];
                }
                var active = features[..n];
                var best = -1;
                for (var l = 0; l < labelCount; l++)
                    if (EntityLabels.IsAllowed(label1, l) && (best < 0 || scores[l] > scores[best])) best = l;
                if (learner is not null && gold is not null && gold[s][i] != best)
                    learner.Update(active, gold[s][i], best, step);
                labels[i] = best;
                if (global is null && token.CaseElsewhere != 0)
                {
                    if (!history.TryGetValue(token.Lower, out var seen)) history[token.Lower] = seen = new int[Slots];
                    seen[Slot(best)]++;
                }
            }
            result[s] = labels;
        }
        return result;
    }

    private static int Slot(int label) => label == EntityLabels.Outside ? EntityLabels.Types.Length : (label - 1) / 4;

    /// <summary>The slot seen most often, or -1 when none was seen.</summary>
    private static int Majority(ReadOnlySpan<int> counts)
    {
        var best = -1;
        for (var k = 0; k < counts.Length; k++) if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
        return best;
    }
}
