using Sightline.Names;
using Sightline.Names.Transliteration;

namespace Sightline.Tests.Names;

/// <summary>A word written in another script whose Latin spelling the transliteration model finds unusual but possible
/// is no different name where two other words agree, and is still one where only one other word agrees.</summary>
public sealed class UnusualRenderingTests
{
    [Fact]
    public void An_unusual_spelling_is_between_the_loose_and_the_strict_threshold()
    {
        var source = TransliterationModel.SourceForm(NameScript.Arabic, "خالد");
        var model = TransliterationModel.Default;
        Assert.Equal(0, model.Similarity(NameScript.Arabic, source, "halit"));
        Assert.InRange(model.UnusualSimilarity(NameScript.Arabic, source, "halit"), 0.70, TransliterationModel.VerifiedSimilarity);
        Assert.Equal(0, model.UnusualSimilarity(NameScript.Arabic, source, "ruslan"));
        Assert.True(model.Calibrations[NameScript.Arabic].Loose < model.Calibrations[NameScript.Arabic].Threshold);
    }

    [Fact]
    public void Where_two_other_words_agree_an_unusual_spelling_is_no_different_name()
    {
        var comparison = NamePairComparison.Compare("خالد كريم منصور", "MANSOUR, Halit Karim");
        Assert.Equal("match", comparison.Decision);
        Assert.Null(comparison.Conflict);
        Assert.Contains(comparison.Tokens, t => t.B == "Halit" && t.How == TokenMatchKind.Transliteration && t.Similarity < TransliterationModel.VerifiedSimilarity);
    }

    [Fact]
    public void Where_one_other_word_agrees_an_unusual_spelling_is_still_another_name()
    {
        var comparison = NamePairComparison.Compare("خالد منصور", "MANSOUR, Halit");
        Assert.Equal("no match", comparison.Decision);
        Assert.NotNull(comparison.Conflict);
    }
}
