using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Storage;

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
        Read(store.Connection, lists, limit, includeCandidates);

    public static IReadOnlyList<QueuedLink> Read(SqliteConnection connection, IListStore lists, int limit, bool includeCandidates = true)
    {
        var rows = connection.Query(null,
            $"""
            SELECT l.entity_id, e.name, l.list, l.list_id, l.state, l.score, l.reason,
                   (SELECT COUNT(*) FROM kb_event_parties p JOIN alerts a ON a.subject = p.event_id AND a.rule = 'sanctioned-meeting' WHERE p.party_key = l.entity_id),
                   (SELECT COUNT(*) FROM kb_event_parties p WHERE p.party_key = l.entity_id)
            FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id
            WHERE l.state {(includeCandidates ? "IN ('probable', 'candidate')" : "= 'probable'")}
            ORDER BY 8 > 0 DESC, CASE l.state WHEN 'probable' THEN 0 ELSE 1 END, 8 DESC, 9 DESC, l.score DESC, e.name, l.list, l.list_id
            LIMIT $0
            """,
            r => (Entity: r.GetString(0), Name: r.GetString(1), List: r.GetString(2), Id: r.GetString(3), State: r.GetString(4), Score: r.GetDouble(5),
                  Reason: r.GetString(6), Alerted: r.GetInt32(7), Meetings: r.GetInt32(8)),
            limit <= 0 ? -1 : limit);
        return rows.Select(r => new QueuedLink(r.Entity, r.Name, r.List, r.Id, lists.Entry(r.List, r.Id)?.Name ?? "(no longer on the list)",
            r.State, r.Score, r.Reason, r.Alerted, r.Meetings)).ToList();
    }
}
