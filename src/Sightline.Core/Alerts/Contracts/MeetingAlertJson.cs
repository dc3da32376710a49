using Sightline.Knowledge.Queries;

namespace Sightline.Alerts.Contracts;

/// <summary>The payload of a meeting alert (<see cref="AlertRules.SanctionedMeeting"/>, <see cref="AlertRules.WatchedMeeting"/>):
/// the meeting event, its parties — those the rule is about marked <c>focus</c> — with their list links, and the
/// sentences that report it.</summary>
public sealed record MeetingAlertJson(
    string Rule, string Event, string Kind, string? Date, string? DateStart, string? DateEnd, string? Place, int Reports, int IndependentSources,
    IReadOnlyList<MeetingAlertPartyJson> Parties, IReadOnlyList<MeetingAlertEvidenceJson> Evidence)
{
    public static MeetingAlertJson Of(string rule, MeetingEvent meeting, IReadOnlyList<EventParty> focus) => new(
        rule, meeting.Id, meeting.Kind, meeting.Date?.Value, meeting.Date?.StartText, meeting.Date?.EndText, meeting.Place, meeting.Reports, meeting.Sources,
        meeting.Participants.Select(p => MeetingAlertPartyJson.Of(p, focus.Contains(p))).ToList(),
        meeting.Evidence.Select(MeetingAlertEvidenceJson.Of).ToList());
}

/// <summary>A party of the meeting, its status on the meeting's date, its designation date and its list links.</summary>
public sealed record MeetingAlertPartyJson(
    string Name, string? Id, bool Focus, string StatusAtDate, string? Designated, IReadOnlyList<MeetingAlertLinkJson> Lists)
{
    public static MeetingAlertPartyJson Of(EventParty party, bool focus) => new(
        party.Name, party.Id, focus, party.StatusAtDate, party.Designation?.Date.Value, party.Links.Select(MeetingAlertLinkJson.Of).ToList());
}

/// <summary>A party's link to a list entry: the entry, its programmes, the link's state, tier and reason.</summary>
public sealed record MeetingAlertLinkJson(string List, string ListId, string Entry, IReadOnlyList<string> Programs, string State, string? Tier, string Reason)
{
    public static MeetingAlertLinkJson Of(ListLink link) => new(link.List, link.ListId, link.EntryName, link.Programs, link.State, link.Tier, link.Reason);
}

/// <summary>A sentence that reports the meeting, its report (title, outlet, publication date) and who says it.</summary>
public sealed record MeetingAlertEvidenceJson(string Document, string? Title, string? Publisher, string? Published, string Sentence, string SaidBy)
{
    public static MeetingAlertEvidenceJson Of(SourceSentence sentence) =>
        new(sentence.Document, sentence.Title, sentence.Publisher, sentence.Published, sentence.Text, sentence.AttributedTo);
}
