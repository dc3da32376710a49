using Sightline.Names;
using Sightline.Names.Scripts;
using Sightline.Screening;
using Sightline.Tests.Support;
using static Sightline.Tests.Support.InventedEntries;

namespace Sightline.Tests.Names;

/// <summary>Two names written in Arabic script without the space between them, where leaving it out changes no letter's
/// shape (after ر, د, ز …), are the two names a Latin list writes apart (ADR-015, decision 32).</summary>
public sealed class RunTogetherWordsTests
{
    [Fact]
    public void A_word_run_together_after_a_letter_that_joins_nothing_meets_two_latin_words_in_either_order()
    {
        var comparison = NamePairComparison.Compare("خالد منصورحداد", "HADDAD, Khalid Mansour");
        Assert.Equal("match", comparison.Decision);
        Assert.Contains(comparison.Tokens, t => t.A == "منصورحداد" && t.B == "Mansour" && t.How == TokenMatchKind.Transliteration);
        Assert.Contains(comparison.Tokens, t => t.A == "منصورحداد" && t.B == "HADDAD");
        Assert.Empty(comparison.UnmatchedB);
    }

    [Fact]
    public void Each_part_must_be_a_rendering_of_its_own_latin_word()
    {
        Assert.Equal("no match", NamePairComparison.Compare("خالد منصورحداد", "HADDAD, Khalid Nasser").Decision);
        Assert.Equal("no match", NamePairComparison.Compare("خالد منصورحداد", "SALIH, Khalid Mansour").Decision);
    }

    [Fact]
    public void Cut_only_where_a_missing_space_would_not_show()
    {
        // منصور ends in ر, which never joins the next letter; سليم ends in م, which does: سليمكامل is no Salim Kamil.
        Assert.Equal([5], ArabicScript.RunTogetherCuts("منصورحداد", 3));
        Assert.Empty(ArabicScript.RunTogetherCuts("سليمكامل", 3));
        // A long vowel joins nothing either, but ends a word far more rarely than it stands inside one.
        Assert.Empty(ArabicScript.RunTogetherCuts("ماسايو", 3));
        var latin = NameParser.Parse("Salim Kamil").Tokens;
        Assert.Null(TokenSimilarity.RunTogether(NameParser.Parse("سليمكامل").Tokens[0], latin[0], latin[1]));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void The_run_together_name_is_found_by_screening()
    {
        var screener = BundledScreening.With(Person("1", "HADDAD, Khalid Mansour"));
        Assert.Contains(screener.Screen(new ScreeningQuery("خالد منصورحداد")), r => r.Entry.Id == "1" && r.Match);
    }
}
