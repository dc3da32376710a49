namespace Sightline.Knowledge.Queries;

/// <summary>
/// Everything the knowledge base holds about one entity: the names seen for it and where, its list links and the
/// candidates waiting for review, what reports say about its sanctions, its roles and family, and its meetings (the
/// newest ones when there are more than were asked for; <see cref="EntityProfile.MeetingsTotal"/> says how many there are).
/// </summary>
public sealed record EntityProfile(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<NameSeen> Names,
    IReadOnlyList<ListLink> Links,
    IReadOnlyList<ListLink> Candidates,
    Designation? Designation,
    IReadOnlyList<StatementSeen> Statements,
    IReadOnlyList<RoleSeen> Roles,
    IReadOnlyList<FamilySeen> Family,
    IReadOnlyList<MeetingEvent> Meetings,
    int MeetingsTotal);

/// <summary>A name, how many documents use it, and (up to <see cref="ProfileReader.DocumentsPerName"/> of) those documents.</summary>
public sealed record NameSeen(string Name, int Reports, IReadOnlyList<string> Documents);

/// <summary>A link (or candidate link) to a list entry: the entry as the list has it, the score, and whether an analyst
/// made it (<c>confirmed</c>), Sightline did on agreeing reports (<c>automatic</c>) or on a distinctive name alone
/// (<c>probable</c>, to be confirmed), or it waits (<c>candidate</c>). The first three are its <see cref="Tier"/>.</summary>
public sealed record ListLink(
    string List, string ListId, string EntryName, IReadOnlyList<string> Programs, double Score, string State, string MatchedName, string Reason,
    string? ListAsOf, IReadOnlyList<string> ListingDates)
{
    public bool Automatic => State == "automatic";

    /// <summary>The link's tier (<c>confirmed</c>, <c>automatic</c>, <c>probable</c>); null for a candidate: only a
    /// link with a tier counts as a link.</summary>
    public string? Tier => State is "confirmed" or "automatic" or "probable" ? State : null;
}

/// <summary>When the entity was designated, and where that is known from: the list's own listing date, or — when the
/// list gives none — the earliest dated sanctions statement of a report that agrees with a linked list.</summary>
public sealed record Designation(DayRange Date, string Source);

/// <summary>A report's sanctions statement about the entity, checked against its list links: <c>consistent</c> (a linked
/// entry of that authority's list, with the stated programmes), <c>contradicted</c> (linked there, other programmes) or
/// <c>unconfirmed</c> (no linked entry of that authority's list).</summary>
public sealed record StatementSeen(string? Authority, IReadOnlyList<string> Bases, IReadOnlyList<string> Programs, string? Date, string Check, SourceSentence Source);

/// <summary>A role the entity holds, with the organisation's entity and its list links when the organisation is resolved.</summary>
public sealed record RoleSeen(string Title, string? Organization, string? OrganizationId, IReadOnlyList<ListLink> OrganizationLinks, string? Date, SourceSentence Source);

public sealed record FamilySeen(string Relation, string Relative, string? RelativeId, bool RelativeIsSubject, SourceSentence Source);

/// <summary>A sentence of a report that says something, with who says it; the report is <see cref="Document"/> (its key)
/// and is shown by <see cref="Label"/> (its title, outlet and publication date).</summary>
public sealed record SourceSentence(string Document, string? Title, string? Publisher, int Sentence, string Text, string AttributedTo)
{
    /// <summary>The report's publication date as stored (a day, month or year), when known.</summary>
    public string? Published { get; init; }

    /// <summary>How the report is named (<see cref="ReportLabel"/>).</summary>
    public string Label => ReportLabel.Of(Document, Title, Publisher, Published);
}

/// <summary>A meeting event: claims from one or more reports about the same meeting, with the date they agree on.</summary>
public sealed record MeetingEvent(
    string Id, DayRange? Date, string? Place, string Kind, int Reports, int Sources,
    IReadOnlyList<EventParty> Participants, IReadOnlyList<SourceSentence> Evidence);

/// <summary>One party of a meeting event and its status on the meeting's date: <c>listed</c>, <c>designated_later</c>,
/// <c>unknown</c> (linked, but the designation date or the meeting date is unknown) or <c>not_listed</c>.</summary>
public sealed record EventParty(string Name, string? Id, IReadOnlyList<ListLink> Links, string StatusAtDate, Designation? Designation);
