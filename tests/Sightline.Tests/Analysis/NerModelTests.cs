using Sightline.Analysis.Tagging;
using Sightline.Tests.Support;

namespace Sightline.Tests.Analysis;

/// <summary>The committed tagger model: its quality on CoNLL-2003 dev, labels, the file format and bad training data.</summary>
public sealed class NerModelTests
{
    [Fact]
    public void The_committed_model_reaches_f1_0_90_on_conll_dev()
    {
        var dev = ConllCorpus.Read(Path.Combine(Repository.Root, "..", "shared", "nlp-data", "conllpp", "conllpp_dev.txt"));
        var score = NerTrainer.Evaluate(BundledAnalysis.Model, dev);
        Assert.True(score.Overall.F1 >= 0.90, score.Report());
        Assert.True(score.For("PER").F1 >= 0.90, score.Report());
    }

    [Fact]
    public void Iob1_and_bilou_round_trip()
    {
        // IOB1: I-PER starts an entity; B-PER splits two adjacent persons.
        var spans = EntityLabels.SpansFromIob(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]);
        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "PER"), new EntitySpan(4, 5, "LOC"), new EntitySpan(5, 6, "ORG")], spans);
        Assert.Equal(spans, EntityLabels.SpansFromLabels(EntityLabels.LabelsFromSpans(spans, 6)));
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_survives_saving()
    {
        var documents = ConllCorpus.Read(Path.Combine(Repository.Root, "data", "ner", "genre", "train.conll"));
        var options = new NerTrainingOptions(Epochs: 3);
        var first = NerTrainer.Train(documents, documents, Gazetteer.Empty, options);
        var second = NerTrainer.Train(documents, documents, Gazetteer.Empty, options);
        Assert.Equal(first.Description, second.Description);
        using var folder = new TempFolder();
        first.Save(folder.File("m.model"));
        var loaded = NerModel.Load(folder.File("m.model"));
        var sentence = new List<IReadOnlyList<string>> { new[] { "Hadi", "Al-Amiri", "met", "Cui", "Wei", "in", "Baghdad", "." } };
        Assert.Equal(second.Tag(sentence)[0], loaded.Tag(sentence)[0]);
    }

    [Fact]
    public void A_bad_tag_in_training_data_names_the_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(new StringReader("Qais B-PER\nsaid X-Y\n"), "bad.conll"));
        Assert.Equal("bad.conll:2: 'X-Y' is not an entity tag (O, I-PER, B-ORG, ... with PER, ORG, LOC, MISC)", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("x.model", "not a model");
        Assert.ThrowsAny<Exception>(() => NerModel.Load(path));
    }
}
