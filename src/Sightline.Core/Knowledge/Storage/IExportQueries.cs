namespace Sightline.Knowledge.Storage;

/// <summary>
/// The whole knowledge base read for an export, each part in a stable order so that the same knowledge base always
/// gives the same file.
/// </summary>
public interface IExportQueries
{
    /// <summary>Every counting link (automatic, probable or confirmed), by entity, list and entry id.</summary>
    IReadOnlyList<ExportLink> CountingLinks();

    /// <summary>Every entity, by id.</summary>
    IReadOnlyList<StoredEntity> Entities();

    /// <summary>Every name of every entity with a report that gives it, by entity, name and report.</summary>
    IReadOnlyList<ExportName> Names();

    /// <summary>Every party of a meeting that is no entity (an office-holder known by title) with its first name, by key.</summary>
    IReadOnlyList<ExportOffice> Offices();

    /// <summary>Every meeting event, by id.</summary>
    IReadOnlyList<ExportEvent> Events();

    /// <summary>Every party of every meeting event, by event and party key.</summary>
    IReadOnlyList<ExportEventParty> EventParties();

    /// <summary>Every claim of a meeting event that is not rejected, by event and claim id.</summary>
    IReadOnlyList<ExportEventClaim> EventClaims();

    /// <summary>Every role and family claim that is not rejected and has both sides resolved, by id.</summary>
    IReadOnlyList<ExportRelation> Relations();
}

/// <summary>A counting list link as exported.</summary>
public sealed record ExportLink
{
    public required string EntityId { get; init; }
    public required string List { get; init; }
    public required string ListId { get; init; }
    public double Score { get; init; }
    public required string State { get; init; }
    public required string Reason { get; init; }
}

/// <summary>A name of an entity and one report that gives it.</summary>
public sealed record ExportName
{
    public required string EntityId { get; init; }
    public required string Name { get; init; }
    public required string DocumentKey { get; init; }
}

/// <summary>A meeting party known only by its office (<c>office:…</c>) and the name the reports gave it.</summary>
public sealed record ExportOffice
{
    public required string PartyKey { get; init; }
    public required string Name { get; init; }
}

/// <summary>A meeting event as a FollowTheMoney export writes it and an import reads it back.</summary>
public sealed record ExportEvent
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? DateValue { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string? Place { get; init; }
    public int Reports { get; init; }
    public int Sources { get; init; }
}

/// <summary>A party of a meeting event: its key and, when resolved, its entity.</summary>
public sealed record ExportEventParty
{
    public required string EventId { get; init; }
    public required string PartyKey { get; init; }
    public string? EntityId { get; init; }
}

/// <summary>A claim behind a meeting event: its report, sentence and who said it.</summary>
public sealed record ExportEventClaim
{
    public required string EventId { get; init; }
    public required string ClaimId { get; init; }
    public required string DocumentKey { get; init; }
    public required string Evidence { get; init; }
    public required string AttributedTo { get; init; }
}

/// <summary>A role (<c>role</c>) or family (<c>family</c>) claim between two entities.</summary>
public sealed record ExportRelation
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string SubjectId { get; init; }
    public required string ObjectId { get; init; }
    public string? Label { get; init; }
    public string? DateValue { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public required string DocumentKey { get; init; }
    public required string Evidence { get; init; }
    public required string AttributedTo { get; init; }
}
