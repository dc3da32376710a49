using Sightline.Names;

namespace Sightline.Tests.Names;

/// <summary>Names compared on their own: titles are never evidence, a different given name where the family names
/// agree is evidence against, a son's entry does not take the father's name, and joined and split forms are one name.</summary>
public sealed class NearNamesakeTests
{
    [Theory]
    [InlineData("Bashar al-Assad", "AL-ASSAD, Bushra")]
    [InlineData("Maria Garcia", "ZAMBADA GARCIA, Ismael")]
    [InlineData("Laith al-Khazali", "AL-KHAZALI, Qais")]
    [InlineData("Karima Haddad", "HADDAD, Kamal")]
    public void A_different_given_name_where_the_family_names_agree_is_no_match(string a, string b) =>
        Assert.Equal("no match", NamePairComparison.Compare(a, b).Decision);

    [Fact]
    public void A_conflict_is_explained()
    {
        var comparison = NamePairComparison.Compare("Laith al-Khazali", "AL-KHAZALI, Qais");
        Assert.Contains("'Laith' and 'Qais' differ", comparison.Conflict);
        Assert.True(comparison.Score < 0.5);
    }

    [Fact]
    public void A_sons_entry_with_another_family_name_does_not_take_the_fathers_name()
    {
        var son = NamePairComparison.Compare("Nicolás Maduro", "MADURO GUERRA, Nicolas Ernesto");
        var father = NamePairComparison.Compare("Nicolás Maduro", "MADURO MOROS, Nicolas");
        Assert.Equal("no match", son.Decision);
        Assert.Equal("match", father.Decision);
        Assert.True(father.Score > son.Score);

        Assert.Equal("no match", NamePairComparison.Compare("Tomas Ferreira", "FERREIRA LIMA, Tomas Andre").Decision);
        Assert.Equal("match", NamePairComparison.Compare("Tomas Ferreira", "FERREIRA COSTA, Tomas").Decision);
    }

    [Fact]
    public void A_mistyped_word_is_not_a_different_name()
    {
        var comparison = NamePairComparison.Compare("Nazim Abdcl Karim Yusuf", "NAZIM ABDUL KARIM YUSUF");
        Assert.Null(comparison.Conflict);
    }

    [Theory]
    [InlineData("ABDUKHAR SALEM", "ABDULHAR SALEM")]
    [InlineData("PAK SONG-UHI", "PAK SONG-HUI")]
    public void A_typo_that_splits_a_compound_another_way_still_matches(string a, string b)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("match", comparison.Decision);
        Assert.Contains(comparison.Tokens, t => t.How == TokenMatchKind.Spelling);
    }

    [Theory]
    [InlineData("هادي العامري", "MR. HYDE")]
    [InlineData("General Tarek Salim", "GENERAL TRADING COMPANY")]
    public void Titles_are_never_name_evidence(string a, string b)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("no match", comparison.Decision);
        Assert.DoesNotContain(comparison.Tokens, t => t.B.Equals("MR", StringComparison.OrdinalIgnoreCase) || t.A.Equals("General", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Honorifics_on_both_sides_pair_with_nothing()
    {
        var comparison = NamePairComparison.Compare("Sheikh Walid Haddad", "Sheikh Walid Haddad");
        Assert.Equal(2, comparison.Tokens.Count);
        Assert.Contains("Sheikh (title)", comparison.SetAsideA);
        Assert.Equal(1, comparison.Score);
    }

    [Theory]
    [InlineData("حسن نصر الله", "حسن نصرالله")]
    [InlineData("حسن نصر الله", "Hasan Nasrallah")]
    [InlineData("Abdulsalam Hamid", "Abd al-Salam Hamid")]
    [InlineData("Fathullah Karimi", "Fath Ullah Karimi")]
    public void Names_written_joined_or_split_are_one_name(string a, string b)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("match", comparison.Decision);
        Assert.Empty(comparison.UnmatchedA);
        Assert.Empty(comparison.UnmatchedB);
    }

    [Theory]
    [InlineData("Анна Петрова", "Anna Petrova")]
    [InlineData("Джон Смит", "John Smith")]
    [InlineData("יעקב כהן", "Yaakov Cohen")]
    [InlineData("سعيد المنصوري", "Saeed Al Mansouri")]
    public void Names_across_scripts_match_through_the_model(string a, string b)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("match", comparison.Decision);
        Assert.Contains(comparison.Tokens, t => t.How is TokenMatchKind.Transliteration or TokenMatchKind.Phonetic);
    }

    [Fact]
    public void Latin_spellings_with_vowels_in_other_places_are_other_names()
    {
        Assert.False(TokenSimilarity.SameVowelPlaces("bashar", "bushra"));
        Assert.True(TokenSimilarity.SameVowelPlaces("muhammad", "mohammed"));
        Assert.True(TokenSimilarity.SameVowelPlaces("hussein", "husayn"));
    }
}
