using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Claims.Evaluation;

namespace Sightline.Claims.Meetings;

/// <summary>An annotated report for training or scoring the meeting model: its analysis, its annotation, and the corpus it belongs to.</summary>
public sealed record AnnotatedDocument(string Corpus, AnalyzedDocument Analyzed, ScoredDocument Gold);

/// <summary>How to train the meeting model: passes over the data, how many perceptrons (each with its own seeded order
/// of the examples) are averaged into the model, the first seed, and the margins that decide a party the rules read
/// (<see cref="MeetingModel.RulePrior"/>) and one they did not (<see cref="MeetingModel.AddMargin"/>).</summary>
public sealed record MeetingTrainingOptions(int Epochs = 10, int Rounds = 8, int Seed = 20261130, float RulePrior = 25f, float AddMargin = 0f);

/// <summary>
/// Trains <see cref="MeetingModel"/>: reads every annotated document with <see cref="MeetingLabels"/> as the judge, so
/// each candidate party of each trigger becomes an example labelled from the annotation, then averages several averaged
/// perceptrons over the examples, each shuffled with its own fixed seed each pass (a small training set makes one
/// perceptron depend on the order it saw; the average does not). The same data and options give the same model.
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

        var summed = new Dictionary<(ulong, int), float>();
        for (var round = 0; round < options.Rounds; round++)
            foreach (var (feature, label, weight) in Perceptron(examples, options.Epochs, options.Seed + round, log))
                summed[(feature, label)] = summed.GetValueOrDefault((feature, label)) + weight / options.Rounds;
        var corpora = string.Join(", ", documents.GroupBy(d => d.Corpus).Select(g => $"{g.Key} {g.Count()}"));
        var description = $"averaged perceptron over candidate meeting parties, {options.Rounds} perceptrons of {options.Epochs} passes, seeds from {options.Seed}, rule prior {options.RulePrior}, add margin {options.AddMargin}; "
            + $"{documents.Count} documents ({corpora}); {examples.Count} candidates, {positives} parties";
        var entries = summed.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2).Select(e => (e.Key.Item1, e.Key.Item2, e.Value));
        return new MeetingModel(new FrozenWeights(2, entries), options.RulePrior, options.AddMargin, description);
    }

    /// <summary>One averaged perceptron over the examples, shuffled with <paramref name="seed"/> each pass.</summary>
    private static IEnumerable<(ulong Feature, int Label, float Weight)> Perceptron(List<(ulong[] Features, int Label)> examples, int epochs, int seed, Action<string>? log)
    {
        var weights = new PerceptronWeights(2);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var scores = new float[2];
        long step = 1;
        for (var epoch = 1; epoch <= epochs; epoch++)
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
            if (epoch == epochs) log?.Invoke($"seed {seed}: {mistakes} mistakes on {examples.Count} examples in the last of {epochs} passes");
        }
        return weights.Averaged(step).ToList();
    }
}
