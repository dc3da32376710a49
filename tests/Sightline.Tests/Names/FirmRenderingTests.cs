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

    /// <summary>Two names of two words, one pair a firm rendering and the other given <paramref name="second"/>.</summary>
    private static NameComparison TwoWords(TokenSimilarity second)
    {
        var query = NameParser.Parse("كريم منصور").Tokens;
        var listed = NameParser.Parse("Karim Mansour").Tokens;
        double[] weights = [5, 5];
        var firm = new TokenSimilarity(0.95, TokenMatchKind.Transliteration);
        return NameComparison.Compare(query, weights, listed, weights, new TokenSimilarity?[] { firm, null, null, second });
    }

    [Fact]
    public void A_rendering_the_model_only_just_verifies_confirms_a_name_but_does_not_make_one()
    {
        var justVerified = TwoWords(new TokenSimilarity(TransliterationModel.VerifiedSimilarity + 0.01, TokenMatchKind.Transliteration));
        var firm = TwoWords(new TokenSimilarity(TransliterationModel.FirmSimilarity, TokenMatchKind.Transliteration));
        var typo = TwoWords(new TokenSimilarity(TransliterationModel.VerifiedSimilarity + 0.01, TokenMatchKind.Spelling));

        Assert.InRange(justVerified.Score, 0.5, 0.7); // below the match threshold: half the pair's similarity counts
        Assert.InRange(firm.Score, TransliterationModel.FirmSimilarity, 1); // a firm rendering counts whole
        Assert.True(typo.Score > justVerified.Score + 0.1); // a Latin misspelling is not a rendering: it keeps its similarity
    }
}
