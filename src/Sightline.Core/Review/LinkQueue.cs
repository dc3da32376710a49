using Sightline.Knowledge;
using Sightline.Lists;

namespace Sightline.Review;

/// <summary>A link waiting for an analyst: a probable link (it counts already) or a candidate, with the entity, the
/// entry, why Sightline weighed it so, and how much hangs on it — the entity's meetings, and those of them that raised
/// an alert.</summary>
public sealed record QueuedLink(
    string EntityId, string EntityName, string List, string ListId, string EntryName, string State, double Score, string Reason,
    int AlertedMeetings, int Meetings);

/// <summary>
/// The links an analyst should look at, most consequential first: those of entities whose meetings raised alerts, probable
/// links (which count already) before candidates, then the entities with more alerted meetings and more meetings, the
/// better score first. Each is decided with one review action (<see cref="ReviewDesk.Link"/> to confirm, <see cref="ReviewDesk.Unlink"/>
/// to reject), which the linker never overrides.
/// </summary>
public static class LinkQueue
{
    public static IReadOnlyList<QueuedLink> Read(KnowledgeStore store, IListStore lists, int limit, bool includeCandidates = true) =>
        store.Reviews.QueuedLinks(limit, includeCandidates).Select(r => new QueuedLink(r.EntityId, r.EntityName, r.List, r.ListId,
            lists.Entry(r.List, r.ListId)?.Name ?? "(no longer on the list)", r.State, r.Score, r.Reason, r.AlertedMeetings, r.Meetings)).ToList();
}
