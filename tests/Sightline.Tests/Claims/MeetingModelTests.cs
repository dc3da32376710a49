using Sightline.Claims;
using Sightline.Claims.Evaluation;
using Sightline.Claims.Meetings;
using Sightline.Documents;
using Sightline.Tests.Support;

namespace Sightline.Tests.Claims;

/// <summary>The learned meeting judge: deterministic training, a model file that reads back to the same decisions,
/// the bundled model, and evidence found in the text it annotates.</summary>
public sealed class MeetingModelTests
{
    private static readonly MeetingTrainingOptions Quick = new(Epochs: 3, Rounds: 2);

    [Fact]
    public void The_same_data_trains_the_same_model_and_the_file_reads_back_to_the_same_decisions()
    {
        var documents = Annotated();
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            var model = MeetingTrainer.Train(documents, Quick);
            model.Save(first);
            MeetingTrainer.Train(documents, Quick).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

            var loaded = MeetingModel.Load(first);
            Assert.Equal(model.RulePrior, loaded.RulePrior);
            foreach (var document in documents)
                Assert.Equal(Describe(ClaimExtractor.Extract(document.Analyzed, model)), Describe(ClaimExtractor.Extract(document.Analyzed, loaded)));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void The_bundled_model_is_a_trained_perceptron()
    {
        var model = MeetingModel.Bundled;
        Assert.Contains("perceptron", model.Description);
        Assert.True(model.FeatureCount > 100, $"{model.FeatureCount} features");
    }

    [Fact]
    public void A_file_that_is_not_a_meeting_model_is_refused_clearly()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            Assert.ThrowsAny<InvalidDataException>(() => MeetingModel.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Tarik Omari met Lena Voss.", 13)]
    [InlineData("Lena  Voss\nreplied.", 40)]
    [InlineData("Nobody met anyone.", -1)]
    public void Evidence_is_found_exactly_or_with_white_space_folded(string evidence, int start)
    {
        const string text = "Before that, Tarik Omari met Lena Voss. Lena Voss replied.";
        Assert.Equal(start, EvidenceSpan.Find(text, evidence).Start);
    }

    private static List<AnnotatedDocument> Annotated()
    {
        var folder = Path.Combine(Repository.Root, "data", "eval", "claims");
        return ScoredDocument.ReadGold(Path.Combine(folder, "gold.jsonl"))
            .Select(gold => new AnnotatedDocument("claims", BundledAnalysis.Analyzer.Analyze(Assert.Single(DocumentReader.Read(Path.Combine(folder, gold.Doc)).Documents)), gold))
            .ToList();
    }

    private static List<string> Describe(ExtractedDocument extracted) =>
        extracted.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Select(p => p.Name))} | {m.Date?.Shared} | {m.Kind}").ToList();
}
