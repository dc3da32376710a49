using Sightline.Knowledge.Resolution;

namespace Sightline.Tests.Knowledge;

public sealed class TitleWordsTests
{
    [Theory]
    [InlineData("Hezbollah Secretary-General", "Secretary General of Hizballah")]
    [InlineData("leader of Kataib Hezbollah", "Commander of Kata'ib Hizballah")]
    [InlineData("Belarusian President", "President of the Republic of Belarus")]
    public void A_report_title_agrees_with_the_entry_title_across_spellings(string title, string entryTitle) =>
        Assert.Equal(entryTitle, TitleWords.Agree(title, [entryTitle]));

    [Theory]
    [InlineData("Foreign Minister", "Secretary General of Hizballah")]
    [InlineData("Iraqi Prime Minister", "Secretary General of Hizballah")]
    [InlineData("Hamas official", "Secretary General of Hizballah")]
    public void Unrelated_titles_do_not_agree(string title, string entryTitle) => Assert.Null(TitleWords.Agree(title, [entryTitle]));

    [Fact]
    public void A_titles_subject_is_what_is_left_of_role_and_country_words()
    {
        Assert.Equal("Quds Force", TitleWords.Subject("Iranian Quds Force commander"));
        Assert.Null(TitleWords.Subject("Iraqi Prime Minister"));
        Assert.Equal(["KP"], TitleWords.Countries("North Korean leader"));
    }

    [Fact]
    public void A_bare_role_word_agrees_with_an_entry_title_of_a_country_the_report_names()
    {
        Assert.Equal("President of the Republic of Belarus", TitleWords.Agree("President", ["President of the Republic of Belarus"], new HashSet<string> { "BY" }));
        Assert.Null(TitleWords.Agree("President", ["President of the Republic of Belarus"], new HashSet<string> { "IQ" }));
        Assert.Null(TitleWords.Agree("President", ["President of the Republic of Belarus"]));
    }
}
