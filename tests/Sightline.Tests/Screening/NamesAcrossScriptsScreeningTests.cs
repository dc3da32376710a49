using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Tests.Support;

namespace Sightline.Tests.Screening;

/// <summary>Screening against the bundled lists with the transliteration model, titles set aside, conflicting given
/// names and organisations' full names (issue 19).</summary>
public sealed class NamesAcrossScriptsScreeningTests
{
    private static IReadOnlyList<ScreeningResult> Screen(string name, EntrySchema? type = null) =>
        BundledScreening.Screener.Screen(new ScreeningQuery(name, type));

    [Theory]
    [InlineData("Bashar al-Assad", "Bushra")]
    [InlineData("Nicolás Maduro", "MADURO GUERRA")]
    [InlineData("Maria Garcia", "ZAMBADA GARCIA")]
    [InlineData("Mohammed Abdulsalam", "QADHAFI, Aisha")]
    [InlineData("Ibrahim Al-Jaafari", "AL-MUHANDIS")]
    [InlineData("Kataib Sayyid al-Shuhada", "KHALID BIN AL-WALID")]
    public void Near_namesakes_are_not_matches(string query, string wrongEntry) =>
        Assert.DoesNotContain(Screen(query), r => r.Match && r.Entry.Name.Contains(wrongEntry, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void An_arabic_name_never_matches_a_weak_alias_through_a_title() =>
        Assert.DoesNotContain(Screen("هادي العامري"), r => r.Match && r.Explanation.MatchedName.Contains("MR.", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_name_split_before_allah_finds_the_joined_entry()
    {
        var top = Screen("حسن نصر الله")[0];
        Assert.Contains("NASRALLAH", top.Entry.Name, StringComparison.OrdinalIgnoreCase);
        Assert.True(top.Match);
    }

    [Theory]
    [InlineData("Hamas")]
    [InlineData("HAMAS")]
    public void An_organisations_exact_one_word_name_is_a_match(string name)
    {
        var top = Screen(name, EntrySchema.Organization)[0];
        Assert.Equal("HAMAS", top.Entry.Name);
        Assert.True(top.Match);
        Assert.False(top.Ambiguous);
    }

    [Fact]
    public void An_organisations_initials_find_it()
    {
        var results = Screen("AAH", EntrySchema.Organization);
        Assert.Contains(results, r => r.Match && r.Entry.List == "us_ofac_sdn" && r.Entry.Id == "28283");
    }

    [Fact]
    public void A_fathers_entry_ranks_above_his_sons()
    {
        var results = Screen("Nicolás Maduro");
        var father = results.First(r => r.Entry.Name.StartsWith("MADURO MOROS", StringComparison.Ordinal));
        Assert.True(father.Match);
        Assert.DoesNotContain(results, r => r.Entry.Name.StartsWith("MADURO GUERRA", StringComparison.Ordinal) && r.Score >= father.Score);
    }
}
