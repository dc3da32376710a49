using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Claims.Evaluation;

namespace Sightline.Claims.Meetings;

/// <summary>An annotated report for training or scoring the meeting model: its analysis, its annotation, and the corpus it belongs to.</summary>
public sealed record AnnotatedDocument(string Corpus, AnalyzedDocument Analyzed, ScoredDocument Gold);

/// <summary>How to train the meeting model: passes over the data, and the seed that fixes the order of the examples.</summary>
public sealed record MeetingTrainingOptions(int Epochs = 10, int Seed = 20261130);

/// <summary>
/// Trains <see cref="MeetingModel"/>: reads every annotated document with <see cref="MeetingLabels"/> as the judge, so
/// each candidate party of each trigger becomes an example labelled from the annotation, then runs an averaged
/// perceptron over the examples, shuffled with a fixed seed each pass. The same data and options give the same model.
/// </summary>
public static class MeetingTrainer
{
    public static MeetingModel Train(IReadOnlyList<AnnotatedDocument> documents, MeetingTrainingOptions options, Action<string>? log = null)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        var unplaced = 0;
        foreach (var document in documents)
        {
            var labels = new MeetingLabels(document.Analyzed, document.Gold);
            ClaimExtractor.Extract(document.Analyzed, labels);
            unplaced += labels.Unplaced;
            examples.AddRange(labels.Examples.Select(e => (e.Features.ToArray(), e.Label ? 1 : 0)));
        }
        var positives = examples.Count(e => e.Label == 1);
        log?.Invoke($"{documents.Count} documents, {examples.Count} candidate parties ({positives} took part); {unplaced} annotated meetings whose evidence is not in the text");

        var weights = new PerceptronWeights(2);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<float> scores = stackalloc float[2];
        long step = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var k in order)
            {
                var (features, label) = examples[k];
                weights.Score(features, scores);
                var predicted = scores[1] > scores[0] ? 1 : 0;
                if (predicted != label)
                {
                    weights.Update(features, label, predicted, step);
                    mistakes++;
                }
                step++;
            }
            log?.Invoke($"epoch {epoch}: {mistakes} mistakes on {examples.Count} examples");
        }
        var corpora = string.Join(", ", documents.GroupBy(d => d.Corpus).Select(g => $"{g.Key} {g.Count()}"));
        var description = $"averaged perceptron over candidate meeting parties, {options.Epochs} epochs, seed {options.Seed}; "
            + $"{documents.Count} documents ({corpora}); {examples.Count} candidates, {positives} parties";
        return new MeetingModel(new FrozenWeights(2, weights.Averaged(step)), description);
    }
}
