using Sightline.Knowledge;
using Sightline.Knowledge.Queries;

namespace Sightline.Export.Contracts;

/// <summary>An entity's profile as <c>entity --json</c> and <c>GET /entities/{id}</c> give it: names seen and where,
/// list links and candidates, designation, what reports say about its sanctions, roles, family and meetings.</summary>
public sealed record ProfileJson(
    string Id, string Schema, string Name, IReadOnlyList<NameSeenJson> Names, IReadOnlyList<ListLinkJson> ListLinks,
    IReadOnlyList<ListLinkJson> LinkCandidates, DesignationJson? Designated, IReadOnlyList<StatementJson> SanctionsStatements,
    IReadOnlyList<RoleJson> Roles, IReadOnlyList<FamilyTieJson> Family, int MeetingsTotal, IReadOnlyList<MeetingJson> Meetings)
{
    public static ProfileJson Of(EntityProfile profile) =>
        new(profile.Id, profile.Kind.ToString(), profile.Name,
            [.. profile.Names.Select(n => new NameSeenJson(n.Name, n.Reports, n.Documents, [.. n.Documents.Select(StableIds.Document)]))],
            ListLinkJson.All(profile.Links), ListLinkJson.All(profile.Candidates), DesignationJson.Of(profile.Designation),
            [.. profile.Statements.Select(s => new StatementJson(s.Authority, s.Bases, s.Programs, s.Date, s.Check, SourceJson.Of(s.Source)))],
            [.. profile.Roles.Select(r => new RoleJson(r.Title, r.Organization, r.OrganizationId, ListLinkJson.All(r.OrganizationLinks), r.Date, SourceJson.Of(r.Source)))],
            [.. profile.Family.Select(f => new FamilyTieJson(f.Relation, f.Relative, f.RelativeId, f.RelativeIsSubject, SourceJson.Of(f.Source)))],
            profile.MeetingsTotal, [.. profile.Meetings.Select(MeetingJson.Of)]);
}

/// <summary>A name the reports use for the entity, how many reports use it, and which (keys and <c>D-</c> ids).</summary>
public sealed record NameSeenJson(string Name, int Reports, IReadOnlyList<string> Documents, IReadOnlyList<string> DocumentIds);

/// <summary>A link or candidate link to a list entry; <c>tier</c> is null for a candidate.</summary>
public sealed record ListLinkJson(
    string List, string ListId, string EntryName, IReadOnlyList<string> Programs, double Score, bool Automatic, string State, string? Tier,
    string Reason, string? ListAsOf, IReadOnlyList<string> ListingDates)
{
    public static IReadOnlyList<ListLinkJson> All(IReadOnlyList<ListLink> links) =>
        [.. links.Select(l => new ListLinkJson(l.List, l.ListId, l.EntryName, l.Programs, Math.Round(l.Score, 4), l.Automatic, l.State, l.Tier,
            l.Reason, l.ListAsOf, l.ListingDates))];
}

/// <summary>When the entity was designated (a day, month, year or <c>start/end</c>) and where that is known from.</summary>
public sealed record DesignationJson(string Date, string Source)
{
    public static DesignationJson? Of(Designation? designation) => designation is null ? null : new(designation.Date.Value, designation.Source);
}

/// <summary>A report's sanctions statement and how it checks against the list links.</summary>
public sealed record StatementJson(string? Authority, IReadOnlyList<string> Bases, IReadOnlyList<string> Programs, string? Date, string Check, SourceJson Source);

/// <summary>A role, with the organisation's entity and list links when it is resolved.</summary>
public sealed record RoleJson(string Title, string? Organization, string? OrganizationId, IReadOnlyList<ListLinkJson> OrganizationListLinks, string? Date, SourceJson Source);

/// <summary>A family tie; <c>relation_is_theirs</c> when the relation is the relative's (their brother) rather than the entity's.</summary>
public sealed record FamilyTieJson(string Relation, string Relative, string? RelativeId, bool RelationIsTheirs, SourceJson Source);

/// <summary>The sentence of a report that says something, with the report's key and id, its title, outlet (also under
/// its former name <c>publisher</c>) and publication date, and who says it.</summary>
public sealed record SourceJson(string Document, string DocumentId, string? Title, string? Outlet, string? Published, string? Publisher, int Sentence, string Text,
    string AttributedTo)
{
    public static SourceJson Of(SourceSentence source) =>
        new(source.Document, StableIds.Document(source.Document), source.Title, source.Publisher, source.Published, source.Publisher, source.Sentence, source.Text,
            source.AttributedTo);
}

/// <summary>A meeting event as <c>meetings --json</c>, a profile and <c>GET /meetings</c> give it: the date at its precision
/// with its first and last day, the parties with their status on that date, and the evidence.</summary>
public sealed record MeetingJson(
    string Id, string? Date, string? DateStart, string? DateEnd, string? Place, string Kind, int Reports, int IndependentSources,
    IReadOnlyList<ParticipantJson> Participants, IReadOnlyList<SourceJson> Evidence, IReadOnlyList<string> Sources)
{
    public static MeetingJson Of(MeetingEvent meeting) =>
        new(meeting.Id, meeting.Date?.Shared, meeting.Date?.StartText, meeting.Date?.EndText, meeting.Place, meeting.Kind, meeting.Reports, meeting.Sources,
            [.. meeting.Participants.Select(p => new ParticipantJson(p.Name, p.Id, ListLinkJson.All(p.Links), p.StatusAtDate, DesignationJson.Of(p.Designation)))],
            [.. meeting.Evidence.Select(SourceJson.Of)], [.. meeting.Evidence.Select(e => e.Document).Distinct()]);
}

/// <summary>A party of a meeting: its list links and its status on the meeting's date.</summary>
public sealed record ParticipantJson(string Name, string? Id, IReadOnlyList<ListLinkJson> ListLinks, string StatusAtDate, DesignationJson? Designated);
