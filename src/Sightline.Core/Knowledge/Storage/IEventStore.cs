namespace Sightline.Knowledge.Storage;

/// <summary>The meeting events as other areas change them. It grows as the events area moves behind the boundary (ADR-026).</summary>
public interface IEventStore
{
    /// <summary>Recomputes an event from its claims that are not rejected (date, kind, place, parties, counts), or
    /// deletes it when none is left.</summary>
    void Refresh(IKnowledgeUnitOfWork work, string eventId);
}
