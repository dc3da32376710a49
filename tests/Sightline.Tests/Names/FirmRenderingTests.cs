using Sightline.Names;
using Sightline.Names.Transliteration;

namespace Sightline.Tests.Names;

/// <summary>Across scripts a name needs one word the model is sure of: words that are each only a rendering the model
/// allows (below <see cref="TransliterationModel.FirmSimilarity"/>) are another person's name, as two slips are in
/// Latin. Two words of the same non-Latin script meet on their letters' skeleton, not on their renderings'.</summary>
public sealed class FirmRenderingTests
{
    [Fact]
    public void Firm_lies_halfway_between_the_threshold_and_a_typical_pair()
    {
        Assert.InRange(TransliterationModel.FirmSimilarity, TransliterationModel.VerifiedSimilarity + 0.01, TransliterationModel.TypicalSimilarity - 0.01);
        Assert.True(new TokenSimilarity(0.80, TokenMatchKind.Transliteration).IsSlight);
        Assert.True(new TokenSimilarity(0.90, TokenMatchKind.Spelling).IsSlight);
        Assert.False(new TokenSimilarity(0.93, TokenMatchKind.Transliteration).IsSlight);
        Assert.False(new TokenSimilarity(0.80, TokenMatchKind.SameScript).IsSlight);
        Assert.False(new TokenSimilarity(1, TokenMatchKind.Exact).IsSlight);
    }

    [Fact]
    public void A_name_whose_every_word_is_only_an_allowed_rendering_is_another_name()
    {
        var comparison = NamePairComparison.Compare("كريم منصور", "Garim Minsar");
        Assert.Equal(2, comparison.Tokens.Count);
        Assert.All(comparison.Tokens, t =>
        {
            Assert.Equal(TokenMatchKind.Transliteration, t.How);
            Assert.InRange(t.Similarity, TransliterationModel.VerifiedSimilarity, TransliterationModel.FirmSimilarity);
        });
        Assert.Equal("no match", comparison.Decision);
        Assert.Contains("firm rendering", comparison.Conflict);
    }

    [Fact]
    public void One_firm_word_lets_the_other_be_an_allowed_rendering()
    {
        var comparison = NamePairComparison.Compare("كريم منصور", "Karim Minsar");
        Assert.Contains(comparison.Tokens, t => t.B == "Karim" && t.Similarity >= TransliterationModel.FirmSimilarity);
        Assert.Contains(comparison.Tokens, t => t.B == "Minsar" && t.Similarity < TransliterationModel.FirmSimilarity);
        Assert.Null(comparison.Conflict);
        Assert.Equal("match", comparison.Decision);
    }

    [Fact]
    public void Same_script_words_meet_on_their_own_skeleton_not_on_a_shared_rendering()
    {
        var different = NamePairComparison.Compare("قالب كريم", "غالب كريم");
        Assert.Equal("no match", different.Decision);
        Assert.DoesNotContain(different.Tokens, t => t.A == "قالب");

        var sameSkeleton = NamePairComparison.Compare("سلمه كريم", "سلمى كريم");
        Assert.Equal("match", sameSkeleton.Decision);
        Assert.Contains(sameSkeleton.Tokens, t => t.A == "سلمه" && t.How == TokenMatchKind.SameScript);
    }
}
