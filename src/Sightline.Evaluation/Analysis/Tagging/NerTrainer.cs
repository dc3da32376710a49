using System.Globalization;

namespace Sightline.Analysis.Tagging;

/// <summary>How to train: epochs, the seed that fixes the document order, and what to record in the model.</summary>
public sealed record NerTrainingOptions(int Epochs = 12, int Seed = 20261123, string Provenance = "");

/// <summary>
/// Trains <see cref="NerModel"/>: averaged-perceptron epochs over the training documents in a seeded shuffled order,
/// scoring the averaged weights on the development documents after each epoch and keeping the best epoch.
/// The same seed and data give the same model.
/// </summary>
public static class NerTrainer
{
    private const int MemoryFolds = 10;

    public static NerModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, Gazetteer gazetteer,
        NerTrainingOptions options, Action<string>? log = null)
    {
        // Jackknifing: a training document sees the memory of the other folds only.
        var folds = Enumerable.Range(0, MemoryFolds)
            .Select(k => MemoryOf(train.Where((_, index) => index % MemoryFolds != k))).ToArray();
        var trainViews = train.Select((d, index) => Prepare(d, gazetteer, folds[index % MemoryFolds])).ToArray();
        var memory = MemoryOf(train);
        var devViews = dev.Select(d => (d, View: Prepare(d, gazetteer, memory).View)).ToArray();
        var learner = new PerceptronWeights(EntityLabels.Count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, trainViews.Length).ToArray();
        long step = 1;
        (double F1, int Epoch, FrozenWeights? Weights) best = (-1, 0, null);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                GreedyDecoder.Decode(trainViews[k].View, learner, EntityLabels.Count, trainViews[k].Gold, learner, step);
                step += trainViews[k].View.Sum(s => s.Tokens.Length);
            }
            var weights = new FrozenWeights(EntityLabels.Count, learner.Averaged(step));
            var score = Score(devViews, weights);
            var f1 = score.Overall.F1;
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: dev f1={f1:0.0000} ({weights.FeatureCount:N0} features)"));
            if (f1 > best.F1) best = (f1, epoch, weights);
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"averaged perceptron, BILOU, greedy; best of {options.Epochs} epochs: {best.Epoch}; seed {options.Seed}; dev f1 {best.F1:0.0000}; {options.Provenance}");
        return new NerModel(best.Weights!, gazetteer, memory, description);
    }

    /// <summary>Tags every document with <paramref name="model"/> and scores it against the gold entities.</summary>
    public static EntityScore Evaluate(NerModel model, IEnumerable<ConllDocument> documents)
    {
        var score = new EntityScore();
        foreach (var document in documents)
        {
            var predicted = model.Tag(document.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            for (var s = 0; s < predicted.Count; s++)
                score.Add(document.Sentences[s].Entities.ToList(), predicted[s], document.Sentences[s].Words.Length);
        }
        return score;
    }

    private static EntityScore Score((ConllDocument Document, SentenceView[] View)[] documents, FrozenWeights weights)
    {
        var score = new EntityScore();
        foreach (var (document, view) in documents)
        {
            var labels = GreedyDecoder.Decode(view, weights, EntityLabels.Count);
            for (var s = 0; s < labels.Length; s++)
                score.Add(document.Sentences[s].Entities.ToList(), EntityLabels.SpansFromLabels(labels[s]), labels[s].Length);
        }
        return score;
    }

    private static (SentenceView[] View, int[][] Gold) Prepare(ConllDocument document, Gazetteer gazetteer, EntityMemory memory)
    {
        var view = DocumentView.Build(document.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList(), gazetteer, memory);
        var gold = document.Sentences.Select(s => EntityLabels.LabelsFromSpans(s.Entities, s.Words.Length)).ToArray();
        return (view, gold);
    }

    /// <summary>The memory of <paramref name="documents"/>.</summary>
    private static EntityMemory MemoryOf(IEnumerable<ConllDocument> documents)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
            foreach (var sentence in document.Sentences)
            {
                var labels = new int[sentence.Words.Length];
                foreach (var span in sentence.Entities)
                    for (var i = span.Start; i < span.End; i++) labels[i] = 1 << EntityLabels.TypeIndex(span.Type);
                for (var i = 0; i < labels.Length; i++)
                {
                    var word = sentence.Words[i];
                    if (word.Length == 0 || !char.IsUpper(word[0])) continue;
                    var flag = labels[i] != 0 ? labels[i] : i > 0 ? EntityMemory.Outside : 0;
                    if (flag != 0) words[word] = words.GetValueOrDefault(word) | flag;
                }
            }
        return new EntityMemory(words);
    }
}
