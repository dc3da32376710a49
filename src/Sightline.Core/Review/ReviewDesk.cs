using System.Globalization;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Names;
using Sightline.Storage;

namespace Sightline.Review;

/// <summary>
/// Analysts' decisions on what Sightline read: confirm or reject a claim, mark a meeting as not a meeting, link or
/// unlink a list entry, merge two entities or split one. Each decision is applied in one transaction together with its
/// audit record (who, when, why). Decisions live where ingestion respects them, so they survive reading the same
/// reports again and list updates: a claim's status is put back on a re-read claim, confirmed and rejected links are
/// never rewritten by the linker, and merges and splits are applied by resolution (<see cref="EntityDecisions"/>).
/// </summary>
public sealed class ReviewDesk(SqliteConnection connection, IListStore lists, TimeProvider clock)
{
    public ReviewDesk(KnowledgeStore store, IListStore lists, TimeProvider clock) : this(store.Connection, lists, clock) { }


    public void ConfirmClaim(string claimId, string user, string reason) => SetClaim(claimId, "confirmed", "confirm-claim", user, reason);

    public void RejectClaim(string claimId, string user, string reason) => SetClaim(claimId, "rejected", "reject-claim", user, reason);

    /// <summary>Rejects every claim of a meeting event: it was not a meeting. The event disappears with them; a report
    /// read again that makes the same claims finds them rejected.</summary>
    public void NotAMeeting(string eventId, string user, string reason)
    {
        using var transaction = connection.Begin();
        var claims = connection.Query(null, "SELECT claim_id FROM kb_event_claims WHERE event_id = $0 ORDER BY claim_id", r => r.GetString(0), eventId);
        if (claims.Count == 0) throw new ReviewException($"no meeting event {eventId} (ids start with M-; see sightline meetings)");
        foreach (var claim in claims) connection.Run(null, "UPDATE kb_claims SET status = 'rejected' WHERE id = $0", claim);
        EventGrouper.Refresh(connection, transaction, eventId);
        Record("not-a-meeting", eventId, $"rejected {claims.Count} claim(s): {string.Join(", ", claims)}", user, reason);
        transaction.Commit();
    }

    /// <summary>Links an entity to a list entry as confirmed by an analyst (it was a candidate, or not even that).</summary>
    public void Link(string entityId, string list, string listId, string user, string reason) => SetLink(entityId, list, listId, "confirmed", "link", user, reason);

    /// <summary>Rejects a link or candidate: the linker will never link the entity to that entry again.</summary>
    public void Unlink(string entityId, string list, string listId, string user, string reason) => SetLink(entityId, list, listId, "rejected", "unlink", user, reason);

    /// <summary>Makes version <paramref name="number"/> of <paramref name="list"/> its active version again (a rollback
    /// after a bad list, or a return to the newest), audited like every decision.</summary>
    /// <returns>The version that was active and the one that now is.</returns>
    public (Lists.ListVersion Previous, Lists.ListVersion Active) ActivateListVersion(string list, int number, string user, string reason)
    {
        CheckReviewer(user, reason);
        var versions = lists.Versions(list);
        if (versions.Count == 0) throw new ReviewException($"no list {list} (see sightline lists)");
        var target = versions.FirstOrDefault(v => v.Number == number)
            ?? throw new ReviewException($"{list} has no version {number} (it has {string.Join(", ", versions.Select(v => v.Number))})");
        var previous = versions.Single(v => v.Active);
        if (target.Active) throw new ReviewException($"{list} version {number} is already the active version");
        lists.Activate(target.Id);
        Record("activate-list", list, $"version {target.Number} ({target.Label}, {target.Counts.Total:N0} entries) replaces version {previous.Number} ({previous.Counts.Total:N0} entries)", user, reason);
        return (previous, target with { Active = true });
    }

    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>: its names, mentions, claims, links and
    /// watch move over, its events are regrouped, and later ingestion resolves to the merged entity.</summary>
    public void Merge(string fromId, string intoId, string user, string reason)
    {
        if (fromId == intoId) throw new ReviewException("an entity cannot be merged into itself");
        using var transaction = connection.Begin();
        var from = EntityName(fromId);
        var into = EntityName(intoId);
        var kinds = connection.Query(null, "SELECT DISTINCT schema FROM kb_entities WHERE id IN ($0, $1)", r => r.GetString(0), fromId, intoId);
        if (kinds.Count > 1) throw new ReviewException($"{fromId} ({from}) and {intoId} ({into}) are not the same kind of entity (a person and an organisation)");
        var events = EventsOf(fromId);
        connection.Run(null, "INSERT OR IGNORE INTO kb_names (entity_id, name, norm, document_key) SELECT $1, name, norm, document_key FROM kb_names WHERE entity_id = $0", fromId, intoId);
        connection.Run(null, "DELETE FROM kb_names WHERE entity_id = $0", fromId);
        connection.Run(null, "INSERT OR IGNORE INTO kb_name_keys (key, entity_id) SELECT key, $1 FROM kb_name_keys WHERE entity_id = $0", fromId, intoId);
        connection.Run(null, "DELETE FROM kb_name_keys WHERE entity_id = $0", fromId);
        MoveReferences(fromId, intoId, documentKey: null);
        connection.Run(null, "INSERT OR IGNORE INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason) SELECT $1, list, list_id, score, state, matched_name, reason FROM kb_links WHERE entity_id = $0", fromId, intoId);
        connection.Run(null, "DELETE FROM kb_links WHERE entity_id = $0", fromId);
        connection.Run(null, "INSERT OR IGNORE INTO kb_watches (entity_id, name, user, added_at) SELECT $1, $2, user, added_at FROM kb_watches WHERE entity_id = $0", fromId, intoId, into);
        connection.Run(null, "DELETE FROM kb_watches WHERE entity_id = $0", fromId);
        connection.Run(null, "UPDATE kb_entity_merges SET into_id = $1 WHERE into_id = $0", fromId, intoId);
        connection.Run(null, "INSERT OR REPLACE INTO kb_entity_merges (from_id, into_id) VALUES ($0, $1)", fromId, intoId);
        connection.Run(null, "DELETE FROM kb_entities WHERE id = $0", fromId);
        foreach (var eventId in events) EventGrouper.Refresh(connection, transaction, eventId);
        Record("merge", intoId, $"merged {fromId} ({from}) into {intoId} ({into})", user, reason);
        transaction.Commit();
    }

    /// <summary>Splits what <paramref name="documentKey"/> says about an entity off into a new entity (the document
    /// meant someone else); answers the new entity's id. Later versions of that document resolve to the new entity.</summary>
    public string Split(string entityId, string documentKey, string user, string reason)
    {
        using var transaction = connection.Begin();
        var name = EntityName(entityId);
        var names = connection.Query(null, "SELECT name FROM kb_names WHERE entity_id = $0 AND document_key = $1 ORDER BY length(name) DESC, name", r => r.GetString(0), entityId, documentKey);
        if (names.Count == 0) throw new ReviewException($"{documentKey} does not name {entityId} ({name})");
        if (Convert.ToInt64(connection.Scalar(null, "SELECT COUNT(DISTINCT document_key) FROM kb_names WHERE entity_id = $0", entityId), CultureInfo.InvariantCulture) < 2)
            throw new ReviewException($"{entityId} ({name}) is named by {documentKey} alone: there is nothing to split it from");
        var kind = Enum.Parse<EntityKind>((string)connection.Scalar(null, "SELECT schema FROM kb_entities WHERE id = $0", entityId)!);
        var newId = StableIds.Entity(kind, documentKey, $"{names[0]} split from {entityId}");
        var events = EventsOf(entityId);
        connection.Run(null, "INSERT INTO kb_entities (id, schema, name) VALUES ($0, $1, $2)", newId, kind.ToString(), names[0]);
        connection.Run(null, "UPDATE kb_names SET entity_id = $1 WHERE entity_id = $0 AND document_key = $2", entityId, newId, documentKey);
        MoveReferences(entityId, newId, documentKey);
        RebuildNameKeys(entityId);
        RebuildNameKeys(newId);
        connection.Run(null, "INSERT OR REPLACE INTO kb_entity_splits (entity_id, document_key, new_id) VALUES ($0, $1, $2)", entityId, documentKey, newId);
        foreach (var eventId in events) EventGrouper.Refresh(connection, transaction, eventId);
        Record("split", entityId, $"split {documentKey}'s {string.Join(" / ", names)} off {entityId} ({name}) into {newId}", user, reason);
        transaction.Commit();
        return newId;
    }

    /// <summary>The audit trail, newest first.</summary>
    public List<Decision> Audit(int limit = 0) =>
        connection.Query(null, "SELECT id, action, target, detail, user, reason, decided_at FROM kb_decisions ORDER BY id DESC" + (limit > 0 ? $" LIMIT {limit}" : ""),
            r => new Decision(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture)));

    private void SetClaim(string claimId, string status, string action, string user, string reason)
    {
        using var transaction = connection.Begin();
        var claim = connection.Query(null, "SELECT kind, evidence FROM kb_claims WHERE id = $0", r => (Kind: r.GetString(0), Evidence: r.GetString(1)), claimId).FirstOrDefault();
        if (claim.Kind is null) throw new ReviewException($"no claim {claimId} (ids start with C-; see sightline entity NAME --json)");
        connection.Run(null, "UPDATE kb_claims SET status = $1 WHERE id = $0", claimId, status);
        foreach (var eventId in connection.Query(null, "SELECT event_id FROM kb_event_claims WHERE claim_id = $0", r => r.GetString(0), claimId))
            EventGrouper.Refresh(connection, transaction, eventId);
        Record(action, claimId, $"{claim.Kind} claim: {claim.Evidence}", user, reason);
        transaction.Commit();
    }

    private void SetLink(string entityId, string list, string listId, string state, string action, string user, string reason)
    {
        using var transaction = connection.Begin();
        var name = EntityName(entityId);
        var entry = lists.Entry(list, listId) ?? throw new ReviewException($"no entry {listId} in the active version of {list} (see sightline lists show {listId})");
        var held = connection.Query(null, "SELECT score, matched_name FROM kb_links WHERE entity_id = $0 AND list = $1 AND list_id = $2",
            r => (Score: r.GetDouble(0), Name: r.GetString(1)), entityId, list, listId).FirstOrDefault();
        connection.Run(null, "INSERT OR REPLACE INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason) VALUES ($0, $1, $2, $3, $4, $5, $6)",
            entityId, list, listId, held.Name is null ? 0.0 : held.Score, state, held.Name ?? name, $"{state} by {user}: {reason}");
        Record(action, entityId, $"{name} {(state == "confirmed" ? "is" : "is not")} {list} {listId} ({entry.Name})", user, reason);
        transaction.Commit();
    }

    /// <summary>Points mentions, claims and claim parties at <paramref name="toId"/>: all of them, or one document's.</summary>
    private void MoveReferences(string fromId, string toId, string? documentKey)
    {
        var inDocument = documentKey is null ? "" : " AND document_key = $2";
        connection.Run(null, "UPDATE kb_mentions SET entity_id = $1 WHERE entity_id = $0" + inDocument, fromId, toId, documentKey);
        connection.Run(null, "UPDATE kb_claims SET subject_id = $1 WHERE subject_id = $0" + inDocument, fromId, toId, documentKey);
        connection.Run(null, "UPDATE kb_claims SET object_id = $1 WHERE object_id = $0" + inDocument, fromId, toId, documentKey);
        connection.Run(null,
            "UPDATE kb_claim_parties SET entity_id = $1, party_key = $1 WHERE entity_id = $0" +
            (documentKey is null ? "" : " AND claim_id IN (SELECT id FROM kb_claims WHERE document_key = $2)"), fromId, toId, documentKey);
    }

    private void RebuildNameKeys(string entityId)
    {
        connection.Run(null, "DELETE FROM kb_name_keys WHERE entity_id = $0", entityId);
        foreach (var name in connection.Query(null, "SELECT DISTINCT name FROM kb_names WHERE entity_id = $0", r => r.GetString(0), entityId))
            EntityLookup.IndexKeys(connection, null, entityId, NameParser.Parse(name));
    }

    private List<string> EventsOf(string entityId) =>
        connection.Query(null, "SELECT DISTINCT event_id FROM kb_event_parties WHERE party_key = $0", r => r.GetString(0), entityId);

    private string EntityName(string entityId) =>
        connection.Scalar(null, "SELECT name FROM kb_entities WHERE id = $0", entityId) as string
        ?? throw new ReviewException($"no entity {entityId} (ids start with P- or O-; see sightline entity NAME)");

    private static void CheckReviewer(string user, string reason)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new ReviewException("a decision needs a reviewer: give --user or set SIGHTLINE_USER");
        if (string.IsNullOrWhiteSpace(reason)) throw new ReviewException("a decision needs a reason: give --why");
    }

    private void Record(string action, string target, string detail, string user, string reason)
    {
        CheckReviewer(user, reason);
        connection.Run(null, "INSERT INTO kb_decisions (action, target, detail, user, reason, decided_at) VALUES ($0, $1, $2, $3, $4, $5)",
            action, target, detail, user, reason, clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }
}
