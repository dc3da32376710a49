using Sightline.Claims.Evaluation;

namespace Sightline.Tests.Claims;

/// <summary>The seeds' scoring rules as <see cref="ExtractionScore"/> applies them.</summary>
public sealed class ExtractionScoreTests
{
    [Theory]
    [InlineData("Khazali", "Qais Al-Khaz'ali", true)]
    [InlineData("Asa'ib Ahl Al-Haq", "Asaib Ahl al-Haqq", true)]
    [InlineData("Sheikh Qais al-Khazali", "Qais Khazali", true)]
    [InlineData("Laith al-Khazali", "Qais al-Khazali", false)]
    [InlineData("Hamdan", "Osama Hamdan", true)]
    [InlineData("Hamas", "Hezbollah", false)]
    public void Names_match_leniently(string a, string b, bool expected) => Assert.Equal(expected, LenientName.Matches(a, b));

    [Fact]
    public void A_second_spelling_of_a_matched_person_is_a_false_positive()
    {
        var score = new ExtractionScore();
        score.Add(Document(["Qais Al-Khaz'ali", "Rayan Al-Kildani"]), Document(["Qais Al-Khaz'ali", "Khazali", "Rayan Al-Kildani"]));
        Assert.Equal((2, 1, 0), (score.Persons.TruePositives, score.Persons.FalsePositives, score.Persons.FalseNegatives));
    }

    [Fact]
    public void Meetings_match_on_two_participants_and_dates_at_the_shared_precision()
    {
        var gold = Document([], [new ScoredMeeting(["Antonio Guterres", "Qais Al-Khaz'ali", "Rayan Al-Kildani"], "2023-03-02", false)]);
        Assert.True(ExtractionScore.Match(gold.Meetings[0], new ScoredMeeting(["Guterres", "Khazali"], "2023-03", false)));
        Assert.False(ExtractionScore.Match(gold.Meetings[0], new ScoredMeeting(["Guterres", "Khazali"], "2023-04", false)));
        Assert.False(ExtractionScore.Match(gold.Meetings[0], new ScoredMeeting(["Guterres", "Cui Wei"], "2023-03-02", false)));
    }

    [Fact]
    public void Optional_meetings_neither_reward_nor_penalise_and_a_meeting_found_twice_counts_once()
    {
        var gold = Document([], [
            new ScoredMeeting(["Qais Al-Khazali", "Cui Wei"], "2024-05-13", false),
            new ScoredMeeting(["Qais Al-Khazali", "Chinese ambassador to Iraq"], "2022-06-27", true)]);
        var predicted = Document([], [
            new ScoredMeeting(["Qais Al-Khazali", "Cui Wei"], "2024-05-13", false),
            new ScoredMeeting(["Khazali", "Cui Wei"], "2024-05", false),
            new ScoredMeeting(["Qais Al-Khazali", "Chinese ambassador to Iraq"], "2022-06-27", false)]);
        var score = new ExtractionScore();
        score.Add(gold, predicted);
        Assert.Equal((1, 0, 0), (score.Meetings.TruePositives, score.Meetings.FalsePositives, score.Meetings.FalseNegatives));
    }

    [Fact]
    public void A_bad_annotation_line_names_its_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"doc\": \"a.txt\", \"persons\": []}", "{not json"]);
            var error = Assert.Throws<FormatException>(() => ScoredDocument.ReadGold(path));
            Assert.StartsWith($"{path}:2:", error.Message);
        }
        finally { File.Delete(path); }
    }

    private static ScoredDocument Document(IReadOnlyList<string> persons, IReadOnlyList<ScoredMeeting>? meetings = null) =>
        new("doc.txt", persons, [], meetings ?? [], []);
}
