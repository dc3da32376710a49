using Sightline.Names;
using Sightline.Names.Transliteration;
using Sightline.Tests.Support;

namespace Sightline.Tests.Names;

/// <summary>The committed transliteration model scores renderings of Arabic, Cyrillic and Hebrew names, proposes
/// them, and is trained reproducibly by EM.</summary>
public sealed class TransliterationModelTests
{
    private static readonly TransliterationModel Model = TransliterationModel.Default;

    [Theory]
    [InlineData(NameScript.Arabic, "سمير", "samir", "tariq")]
    [InlineData(NameScript.Arabic, "منصور", "mansour", "mohsen")]
    [InlineData(NameScript.Cyrillic, "дмитрий", "dmitry", "dennis")]
    [InlineData(NameScript.Hebrew, "יוסף", "yosef", "yaakov")]
    [InlineData(NameScript.Hebrew, "אברהם", "avraham", "ariel")]
    public void A_rendering_is_similar_and_another_name_is_not(NameScript script, string native, string rendering, string other)
    {
        var source = TransliterationModel.SourceForm(script, native);
        Assert.InRange(Model.Similarity(script, source, rendering), 0.75, 1);
        Assert.Equal(0, Model.Similarity(script, source, other));
    }

    [Theory]
    [InlineData("كريم", "karim")]
    [InlineData("борис", "boris")]
    public void The_likeliest_renderings_hold_the_usual_spelling(string native, string expected)
    {
        var script = TransliterationModel.ScriptOf(native)!.Value;
        var renderings = Model.Renderings(TransliterationModel.SourceForm(script, native), 10);
        Assert.Contains(expected, renderings.Select(r => r.Latin));
        Assert.True(renderings.Zip(renderings.Skip(1)).All(p => p.First.LogProbability >= p.Second.LogProbability));
    }

    [Fact]
    public void The_committed_model_is_calibrated_for_each_script_and_says_where_it_came_from()
    {
        foreach (var script in new[] { NameScript.Arabic, NameScript.Cyrillic, NameScript.Hebrew })
            Assert.True(Model.Calibrations[script].Threshold < Model.Calibrations[script].Typical);
        Assert.Contains("sightline train names", Model.Provenance);
    }

    [Fact]
    public void Training_learns_letter_correspondences_and_is_deterministic()
    {
        // A made-up script's worth of pairs: Cyrillic syllables with their Latin spellings.
        var words = new[] { ("мама", "mama"), ("папа", "papa"), ("тата", "tata"), ("мата", "mata"), ("пама", "pama"), ("тапа", "tapa"), ("мапа", "mapa"), ("тама", "tama") };
        var pairs = words.Select(w => TransliterationPairs.Make(NameScript.Cyrillic, w.Item1, w.Item2)!.Value).ToList();
        var options = new TransliterationTrainingOptions(Iterations: 6, RefineIterations: 0, NoisyShare: 0);
        var first = TransliterationTrainer.Train(pairs, options, "test");
        var second = TransliterationTrainer.Train(pairs, options, "test");

        Assert.True(first.LogProbability("пата", "pata") > first.LogProbability("пата", "mama") + 5);
        Assert.Equal(first.LogProbability("тама", "tama"), second.LogProbability("тама", "tama"));

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "model.txt");
        first.Save(path);
        using var reader = new StreamReader(path);
        var loaded = TransliterationModel.Load(reader);
        Assert.Equal(first.LogProbability("пата", "pata"), loaded.LogProbability("пата", "pata"), 4);
    }

    [Fact]
    public void Training_reads_a_letter_by_what_was_written_before_it()
    {
        // Made-up words: е is written "ye" after a vowel and "e" after a consonant, in the same place of the word.
        var words = new[] { ("маем", "mayem"), ("тоет", "toyet"), ("паеп", "payep"), ("моем", "moyem"), ("тепа", "tepa"), ("мета", "meta"), ("петам", "petam"), ("темо", "temo") };
        var pairs = words.Select(w => TransliterationPairs.Make(NameScript.Cyrillic, w.Item1, w.Item2)!.Value).ToList();
        var model = TransliterationTrainer.Train(pairs, new TransliterationTrainingOptions(Iterations: 10, RefineIterations: 0, NoisyShare: 0), "test");

        Assert.Equal("payem", model.Renderings("паем", 1)[0].Latin);
        Assert.Equal("pepa", model.Renderings("пепа", 1)[0].Latin);
    }

    [Fact]
    public void A_bad_model_line_is_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => TransliterationModel.Load(new StringReader("# test\nnot a line\n")));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void On_development_pairs_most_true_pairs_pass_at_one_percent_false_matches()
    {
        var folder = Path.Combine(Repository.Root, "..", "shared", "names-data");
        var development = TransliterationPairs.Read(folder, development: true, out _);
        var (_, accuracy) = TransliterationEvaluation.Run(Model, development, maxWordsPerScript: 300);
        Assert.Equal(3, accuracy.Count);
        Assert.All(accuracy, a => Assert.True(a.VerifiedAtOnePercent >= 0.85, $"{a.Script}: {a.VerifiedAtOnePercent:P1}"));
        Assert.All(accuracy, a => Assert.True(a.Top5 >= a.Top1));
    }
}
