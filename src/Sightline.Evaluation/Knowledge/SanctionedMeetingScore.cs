using Sightline.Claims.Evaluation;
using Sightline.Knowledge.Queries;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// How well the meetings <c>meetings --sanctioned</c> lists (events with a party linked at any tier) find the annotated
/// meetings that involve a listed party. A gold meeting involves one when a participant is a listed person of the link
/// labels (<see cref="LinkLabel"/>, matched by the annotation's lenient name rules); it involves none when every
/// participant is labelled unlisted; otherwise (a participant nobody labelled) its status is unknown and, like an
/// optional meeting, it neither rewards nor penalises. Events and gold meetings match by the annotation's rules
/// (<see cref="ExtractionScore.Match"/>), within the documents the event's evidence comes from.
/// </summary>
public sealed class SanctionedMeetingScore
{
    /// <summary>Gold meetings with a listed party, and how many of them a listed event matched.</summary>
    public int Expected { get; private set; }
    public int Found { get; private set; }

    /// <summary>Listed events that matched a gold meeting with a listed party (right), or only meetings without one or
    /// none at all (wrong).</summary>
    public int Right { get; private set; }
    public int Wrong { get; private set; }

    public double Recall => Expected == 0 ? 0 : Found / (double)Expected;
    public double Precision => Right + Wrong == 0 ? 0 : Right / (double)(Right + Wrong);

    /// <summary>Every gold meeting with a listed party that no listed event matched, with why: read as a meeting but no
    /// party linked (the linking's miss), or not read as a meeting at all (the reading's).</summary>
    public List<string> Missed { get; } = [];

    /// <summary>Every listed event that matched no gold meeting with a listed party, with what it did match.</summary>
    public List<string> Spurious { get; } = [];

    /// <summary>Scores one annotated document: <paramref name="events"/> are the meeting events whose evidence comes from
    /// it, <paramref name="labels"/> the link labels of its corpus.</summary>
    public void Add(ScoredDocument gold, IReadOnlyList<MeetingEvent> events, IReadOnlyList<LinkLabel> labels)
    {
        var status = gold.Meetings.Select(m => Status(m, labels)).ToList();
        var predicted = events.Select(e => (Event: e, Listed: e.Participants.Any(p => p.Links.Any(l => l.Tier is not null)),
            Scored: new ScoredMeeting(e.Participants.Select(p => p.Name).ToList(), e.Date?.Shared, false))).ToList();

        for (var i = 0; i < gold.Meetings.Count; i++)
        {
            if (gold.Meetings[i].Optional || status[i] != GoldStatus.Listed) continue;
            Expected++;
            var matching = predicted.Where(p => ExtractionScore.Match(gold.Meetings[i], p.Scored)).ToList();
            if (matching.Any(p => p.Listed)) { Found++; continue; }
            Missed.Add($"{gold.Doc}: {Describe(gold.Meetings[i])} — " + (matching.Count > 0
                ? $"read as {string.Join("; ", matching.Select(m => Describe(m.Event)))}, but no party is linked"
                : "not read as a meeting"));
        }

        foreach (var (meeting, _, scored) in predicted.Where(p => p.Listed))
        {
            var matched = Enumerable.Range(0, gold.Meetings.Count).Where(i => ExtractionScore.Match(gold.Meetings[i], scored)).ToList();
            if (matched.Any(i => !gold.Meetings[i].Optional && status[i] == GoldStatus.Listed)) { Right++; continue; }
            if (matched.Any(i => gold.Meetings[i].Optional || status[i] == GoldStatus.Unknown)) continue;
            Wrong++;
            Spurious.Add($"{gold.Doc}: {Describe(meeting)} — " + (matched.Count > 0 ? "the annotated meeting has no listed party (a wrong link)" : "no such meeting in the annotation"));
        }
    }

    private enum GoldStatus { Listed, Unlisted, Unknown }

    private static GoldStatus Status(ScoredMeeting meeting, IReadOnlyList<LinkLabel> labels)
    {
        var found = meeting.Participants.Select(p => labels.Where(l => LenientName.Matches(l.Name, p)).ToList()).ToList();
        if (found.Any(f => f.Any(l => l.Listed))) return GoldStatus.Listed;
        return found.All(f => f.Count > 0) ? GoldStatus.Unlisted : GoldStatus.Unknown;
    }

    private static string Describe(ScoredMeeting meeting) => $"{string.Join(" + ", meeting.Participants)} ({meeting.Date ?? "no date"})";

    private static string Describe(MeetingEvent meeting) =>
        $"{string.Join(" + ", meeting.Participants.Select(p => p.Links.FirstOrDefault(l => l.Tier is not null) is { } l ? $"{p.Name} [{l.List} {l.ListId} {l.Tier}]" : p.Name))} ({meeting.Date?.Shared ?? "no date"})";
}
