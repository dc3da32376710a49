namespace Sightline.Knowledge.Storage;

/// <summary>What the contact graph reads: the parties of meetings and, for one party, its meetings with each other
/// party. Read a party at a time, so a neighbourhood or a path costs what it touches.</summary>
public interface IGraphQueries
{
    /// <summary>Every party key of every meeting event.</summary>
    IReadOnlyList<string> PartyKeys();

    /// <summary>What is known of these parties (any number of keys), in key order.</summary>
    IReadOnlyList<GraphParty> Parties(IReadOnlyCollection<string> keys);

    /// <summary>The party's meetings, one row per other party of each, by date, event and other party.</summary>
    IReadOnlyList<GraphMeeting> Meetings(string partyKey);
}

/// <summary>A party of the contact graph as stored: the name a meeting gave it, and when it is an entity, the entity's
/// name, kind and counting list links (<c>list list_id</c>).</summary>
public sealed record GraphParty(string Key, string? PartyName, string? EntityName, string? EntityKind, IReadOnlyList<string> Lists);

/// <summary>One party's meeting with another: the event, its date bounds and kind, and its most confident source
/// sentence with its document (empty when every claim was rejected).</summary>
public sealed record GraphMeeting(string OtherParty, string EventId, string? DateStart, string? DateEnd, string Kind, string Evidence, string DocumentKey);
