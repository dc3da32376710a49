namespace Sightline.Knowledge.Storage;

/// <summary>An entity as stored: its id, kind (an <see cref="EntityKind"/> name) and canonical name.</summary>
public sealed record StoredEntity
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Name { get; init; }
}

/// <summary>One report that gives an entity one of its names, with how many reports give that name in all.</summary>
public sealed record NameInDocument
{
    public required string Name { get; init; }
    public required string DocumentKey { get; init; }
    public int Reports { get; init; }
}

/// <summary>A claim about an entity as a profile shows it: label, date, both sides with their names, payload and the
/// sentence that states it.</summary>
public sealed record ProfileClaim
{
    public string? Label { get; init; }
    public string? DateValue { get; init; }
    public string? SubjectId { get; init; }
    public string? SubjectName { get; init; }
    public string? ObjectId { get; init; }
    public string? ObjectName { get; init; }
    public required string Payload { get; init; }
    public required string DocumentKey { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public int Sentence { get; init; }
    public required string Evidence { get; init; }
    public required string AttributedTo { get; init; }
}

/// <summary>An entity's link or candidate link to a list entry, as stored.</summary>
public sealed record StoredLink
{
    public required string EntityId { get; init; }
    public required string List { get; init; }
    public required string ListId { get; init; }
    public double Score { get; init; }
    public required string State { get; init; }
    public required string MatchedName { get; init; }
    public required string Reason { get; init; }
}

/// <summary>A report's dated statement that an authority sanctioned an entity.</summary>
public sealed record SanctionsStatement
{
    public required string EntityId { get; init; }
    public required string Authority { get; init; }
    public required string DateStart { get; init; }
    public string? DateEnd { get; init; }
    public required string DocumentKey { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public required string Evidence { get; init; }
}

/// <summary>A meeting event as stored: kind, date bounds, place and how many reports and independent sources give it.</summary>
public sealed record StoredEvent
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string? Place { get; init; }
    public int Reports { get; init; }
    public int Sources { get; init; }
}

/// <summary>A party of a meeting event: its key, its entity when resolved, the name the reports gave it, and
/// <see cref="Order"/>, which sorts the parties as they were stored.</summary>
public sealed record StoredEventParty
{
    public required string EventId { get; init; }
    public required string PartyKey { get; init; }
    public string? EntityId { get; init; }
    public required string Name { get; init; }
    public long Order { get; init; }
}

/// <summary>The sentence of a claim behind a meeting event, with its report's title and publisher.</summary>
public sealed record EventEvidence
{
    public required string EventId { get; init; }
    public required string DocumentKey { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public int Sentence { get; init; }
    public required string Evidence { get; init; }
    public required string AttributedTo { get; init; }
}
