namespace Sightline.Knowledge.Storage;

/// <summary>The meeting events as <see cref="Events.EventGrouper"/> builds and recomputes them: the events a new meeting
/// claim may join, an event's claims, and its row, parties and party pairs. Every call is part of a unit of work (the
/// document being stored, or an analyst's decision).</summary>
public interface IEventStore
{
    /// <summary>The events one of these parties took part in, with their date bounds.</summary>
    IReadOnlyList<EventOfParty> EventsOfParties(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> partyKeys);

    /// <summary>The events holding one of these party pairs (<c>a␟b</c>, the two keys joined by U+001F), each with the
    /// pair it holds and its date bounds. With <paramref name="near"/>, only those that may overlap it: the undated and
    /// the long ones, and those starting in its <see cref="Events.DatedPairs.Window"/>.</summary>
    IReadOnlyList<EventOfParty> EventsOfPairs(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> pairs, DayRange? near = null);

    /// <summary>Creates an empty meeting event with this id unless it exists.</summary>
    void Create(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>Makes the claim one of the event's.</summary>
    void AddClaim(IKnowledgeUnitOfWork work, string claimId, string eventId);

    /// <summary>The event's claims that are not rejected, most confident first, then by id.</summary>
    IReadOnlyList<EventClaim> Claims(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>Forgets the event's parties and party pairs, to be stored again.</summary>
    void ClearParties(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>Deletes the event and its claim memberships.</summary>
    void Delete(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>Stores what the event's claims agree on.</summary>
    void Update(IKnowledgeUnitOfWork work, EventSummary summary);

    /// <summary>Stores the parties of the event's claims that are not rejected (each once, the most confident claim's
    /// first, an entity under its current name), dated <paramref name="dateStart"/>, and every pair of them.</summary>
    void StoreParties(IKnowledgeUnitOfWork work, string eventId, string? dateStart);
}

/// <summary>An event found through one of its parties or party pairs (<see cref="Key"/>), with its date bounds.</summary>
public sealed record EventOfParty
{
    public required string Key { get; init; }
    public required string EventId { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
}

/// <summary>A claim of a meeting event as its recomputation reads it.</summary>
public sealed record EventClaim
{
    public required string Id { get; init; }
    public required string DocumentKey { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public required string AttributedTo { get; init; }
    public double Confidence { get; init; }
    public required string Payload { get; init; }
    public string? Publisher { get; init; }
}

/// <summary>What an event's claims agree on: kind, date (as reported and as bounds), place, and how many reports and
/// independent sources give it.</summary>
public sealed record EventSummary(string EventId, string Kind, string? DateValue, string? DateStart, string? DateEnd, string? Place, int Reports, int Sources);
