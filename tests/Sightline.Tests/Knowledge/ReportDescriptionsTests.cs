using Sightline.Knowledge.Resolution;

namespace Sightline.Tests.Knowledge;

/// <summary>What <see cref="ReportDescriptions"/> reads around a name (invented sentences).</summary>
public sealed class ReportDescriptionsTests
{
    private static ReportDescriptions.Described Read(string before, string after, int otherPeople = 0, int? published = 2024) =>
        ReportDescriptions.Read([new ReportDescriptions.Window(before, after, otherPeople, published)]);

    [Theory]
    [InlineData("On Monday Elbonia's Supreme Leader Ayatollah ", "Elbonia Supreme Leader Ayatollah")]
    [InlineData("The minister met with acting Tarnak leader ", "acting Tarnak leader")]
    [InlineData("Elections are due. President ", "President")]
    [InlineData("The delegation, led by deputy commander of the Tarnak Brigades ", "deputy commander of the Tarnak Brigades")]
    public void The_title_written_before_a_name_is_read_up_to_the_first_ordinary_word(string before, string title) =>
        Assert.Equal(title, ReportDescriptions.TitleBefore(before));

    [Fact]
    public void Words_before_a_name_without_a_role_word_are_no_title() => Assert.Null(ReportDescriptions.TitleBefore("On Monday in Geneva "));

    [Fact]
    public void A_title_set_off_after_the_name_is_read_and_a_sponsors_compound_left_out()
    {
        var described = Read("The envoy met ", ", head of the Elbonia-backed Tarnak Brigades, in the capital.");
        Assert.Equal(["head of the Tarnak Brigades"], described.Titles);
        Assert.Empty(described.OwnTitles);
    }

    [Theory]
    [InlineData(", born in 1958 in Tarnak, said", 1958, 0)]
    [InlineData(" (born 1958) said", 1958, 0)]
    [InlineData(", 62, said", 1962, 1)]
    [InlineData(", aged 62, said", 1962, 1)]
    public void A_birth_year_or_an_age_after_the_name_gives_a_birth_year(string after, int year, int tolerance)
    {
        var born = Assert.Single(Read("The court heard ", after).BirthYears);
        Assert.Equal((year, tolerance), (born.Year, born.Tolerance));
    }

    [Fact]
    public void An_age_needs_the_reports_date_and_reads_before_the_name_too()
    {
        Assert.Empty(Read("The court heard ", ", 62, said", published: null).BirthYears);
        Assert.Equal(1962, Assert.Single(Read("Police said a 62-year-old ", " was held.").BirthYears).Year);
        Assert.Empty(Read("Resolution ", " 2140 passed").BirthYears);
    }

    [Fact]
    public void Gender_comes_from_a_title_or_a_pronoun_in_a_sentence_naming_no_one_else()
    {
        Assert.Equal("Female", Read("The talks were led by Mrs ", " of the council.").Gender);
        Assert.Equal("Female", Read("", " told reporters she would return.").Gender);
        Assert.Null(Read("", " told reporters she would return.", otherPeople: 1).Gender);
        Assert.Null(ReportDescriptions.Read([new("", " said she would return.", 0, 2024), new("", " said he would return.", 0, 2024)]).Gender);
        Assert.Null(Read("", " received the envoy and her delegation.").Gender);
        Assert.Null(Read("The court heard from Mrs Halvorsen and the wife of ", " on Monday.").Gender);
    }

    [Fact]
    public void A_report_saying_the_person_is_another_is_read_right_after_the_name_only()
    {
        Assert.NotNull(Read("", " (not to be confused with the sanctioned commander of the name) spoke.").Denial);
        Assert.NotNull(Read("", ", who is not the sanctioned commander of the name, spoke.").Denial);
        Assert.Null(Read("", " said the plan was not related to the sanctions.").Denial);
    }
}
