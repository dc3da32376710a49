using Sightline.Names;

namespace Sightline.Tests.Names;

public sealed class TokenSimilarityTests
{
    private static TokenSimilarity? Compare(string a, string b) =>
        TokenSimilarity.Compare(NameParser.Parse(a).Tokens[0], NameParser.Parse(b).Tokens[0]);

    [Theory]
    [InlineData("Qais", "QAIS", TokenMatchKind.Exact)]
    [InlineData("Khazali", "Khazaali", TokenMatchKind.Phonetic)]
    [InlineData("Khazali", "Khazari", TokenMatchKind.Spelling)]
    [InlineData("قيس", "Qais", TokenMatchKind.Transliteration)]
    public void VariantsMeet(string a, string b, TokenMatchKind how)
    {
        var similarity = Compare(a, b);
        Assert.NotNull(similarity);
        Assert.Equal(how, similarity.Value.How);
        Assert.InRange(similarity.Value.Score, TokenSimilarity.Minimum, 1);
    }

    [Theory]
    [InlineData("Mikhail", "Vladimir")]
    [InlineData("Hadi", "Adnan")]
    [InlineData("Odd", "Dawood")]
    public void DifferentNamesDoNotMeet(string a, string b) => Assert.Null(Compare(a, b));

    [Theory]
    [InlineData("khazali", "khazlai", 1, true)]
    [InlineData("khazali", "kazlai", 1, false)]
    [InlineData("leonor", "leon", 1, false)]
    [InlineData("leonor", "leon", 2, true)]
    public void EditDistanceIsBounded(string a, string b, int max, bool within) => Assert.Equal(within, EditDistance.Within(a, b, max));
}
