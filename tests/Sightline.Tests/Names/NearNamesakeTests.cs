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
    [InlineData("نور الدين سالم", "Nooruddin Salem")]
    [InlineData("نورالدين سالم", "Noor al-Din Salem")]
    [InlineData("Kamaleddine Haddad", "Kamal ad-Din Haddad")]
    [InlineData("Nooruddin Salem", "Noor al-Din Salem")]
    public void Al_din_compounds_written_joined_or_split_are_one_name(string a, string b)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("match", comparison.Decision);
        Assert.Empty(comparison.UnmatchedA);
        Assert.Empty(comparison.UnmatchedB);
    }

    [Theory]
    [InlineData("Geraldine Moreau")]
    [InlineData("Claudine Roussel")]
    public void Words_that_only_end_like_al_din_stay_whole(string name) =>
        Assert.Equal(2, NameParser.Parse(name).Tokens.Count);

    [Theory]
    [InlineData("محمد ولد سالم", "Mohamed Ould Salem", "ولد (son/daughter of)")]
    [InlineData("خالد آل ناصر", "Khalid Al Nasser", "آل (article)")]
    [InlineData("יוסף בן דוד", "Yosef Ben David", "בן (son/daughter of)")]
    [InlineData("مطيع الرحمن كريمي", "Muti ur-Rahman Karimi", null)]
    public void Connectors_and_articles_in_any_script_are_set_aside(string a, string b, string? setAsideA)
    {
        var comparison = NamePairComparison.Compare(a, b);
        Assert.Equal("match", comparison.Decision);
        Assert.Empty(comparison.UnmatchedA);
        Assert.Empty(comparison.UnmatchedB);
        if (setAsideA is not null) Assert.Contains(setAsideA, comparison.SetAsideA);
    }

    [Fact]
    public void A_word_one_slip_from_a_likely_rendering_is_a_misspelling_not_another_name()
    {
        // The model never saw صلاح written with "sh", nor طه with a final vowel: each is one letter from a rendering it proposes.
        var shalah = NamePairComparison.Compare("حامد صلاح الكبيسي", "HAMID SHALAH AL-KUBAISI");
        Assert.Equal("match", shalah.Decision);
        Assert.Null(shalah.Conflict);
        Assert.Contains(shalah.Tokens, t => t.How == TokenMatchKind.Spelling);

        var taha = NamePairComparison.Compare("طه كريم", "Taha Karim");
        Assert.Equal("match", taha.Decision);

        // A nisba is another name, not a slip: Hamidi is not Hamid.
        Assert.DoesNotContain(NamePairComparison.Compare("عمر حمیدی", "Omar Hamed").Tokens, t => t.How == TokenMatchKind.Spelling);
    }

    [Fact]
    public void Words_of_one_script_sharing_only_a_skeleton_are_other_names()
    {
        // پرهام (Parham) and ابراهيم (Ibrahim) share the skeleton BRHM; their letters are three edits apart.
        Assert.Empty(NamePairComparison.Compare("پرهام", "ابراهيم").Tokens);
        Assert.Equal("match", NamePairComparison.Compare("علي نوروزی", "علي نورزی").Decision);
    }

    [Fact]
    public void Middle_names_a_short_list_form_leaves_out_count_half()
    {
        var chain = NamePairComparison.Compare("Nabil Hamid Saleh al-Ruwaili", "AL-RUWAILI, Nabil");
        Assert.Equal("match", chain.Decision);
        // Without the first or the last word of the query, the words left are not middle names.
        var lastMissing = NamePairComparison.Compare("Nabil Hamid Saleh al-Ruwaili", "SALEH, Nabil");
        Assert.True(chain.Score > lastMissing.Score);
        Assert.Equal("no match", lastMissing.Decision);
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
