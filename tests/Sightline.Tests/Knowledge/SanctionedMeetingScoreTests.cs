using Sightline.Claims.Evaluation;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;

namespace Sightline.Tests.Knowledge;

/// <summary>How <see cref="SanctionedMeetingScore"/> counts listed events against annotated meetings (invented people).</summary>
public sealed class SanctionedMeetingScoreTests
{
    private static readonly IReadOnlyList<LinkLabel> Labels =
    [
        new("test", "Omar Zubeidat", new HashSet<string> { "us_ofac_sdn:90001" }, "listed"),
        new("test", "Pieter Halvorsen", new HashSet<string>(), "unlisted"),
        new("test", "Anna Berg", new HashSet<string>(), "unlisted"),
    ];

    private static readonly ScoredDocument Gold = new("doc.txt", [], [],
    [
        new ScoredMeeting(["Omar Zubeidat", "Pieter Halvorsen"], "2024-05-03", false),
        new ScoredMeeting(["Pieter Halvorsen", "Anna Berg"], "2024-05-04", false),
        new ScoredMeeting(["Pieter Halvorsen", "Lukas Unknown"], "2024-05-05", false),
        new ScoredMeeting(["Omar Zubeidat", "Anna Berg"], "2024-06", false),
    ], []);

    private static EventParty Party(string name, bool linked) =>
        new(name, "P-" + name, linked ? [new ListLink("us_ofac_sdn", "90001", "ZUBEIDAT, Omar", [], 1, "probable", name, "", null, [])] : [], linked ? "unknown" : "not_listed", null);

    private static MeetingEvent Meeting(string date, params EventParty[] parties) =>
        new("M-" + date, Sightline.Lists.Model.PartialDate.TryParse(date, out var parsed) ? DayRange.Of(parsed) : null, null, "met", 1, 1, parties, []);

    [Fact]
    public void A_listed_event_counts_right_only_on_a_meeting_with_a_listed_party_and_misses_say_who_missed()
    {
        var score = new SanctionedMeetingScore();
        score.Add(Gold, [
            Meeting("2024-05-03", Party("Omar Zubeidat", true), Party("Pieter Halvorsen", false)),
            Meeting("2024-05-04", Party("Pieter Halvorsen", true), Party("Anna Berg", false)),
            Meeting("2024-05-05", Party("Pieter Halvorsen", true), Party("Lukas Unknown", false)),
            Meeting("2024-06-10", Party("Omar Zubeidat", false), Party("Anna Berg", false)),
        ], Labels);

        Assert.Equal((2, 1), (score.Expected, score.Found));
        Assert.Equal((1, 1), (score.Right, score.Wrong));
        Assert.Contains("a wrong link", Assert.Single(score.Spurious), StringComparison.Ordinal);
        Assert.Contains("no party is linked", Assert.Single(score.Missed), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_not_read_at_all_is_the_readings_miss()
    {
        var score = new SanctionedMeetingScore();
        score.Add(Gold, [], Labels);
        Assert.Equal((2, 0), (score.Expected, score.Found));
        Assert.All(score.Missed, m => Assert.Contains("not read as a meeting", m, StringComparison.Ordinal));
    }
}
