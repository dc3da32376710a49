using System.Data.Common;
using Dapper;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IReviewStore"/> on the knowledge-base tables, in SQL both databases read alike (ADR-045).</summary>
internal sealed class RelationalReviewStore(RelationalConnection db) : IReviewStore
{
    private readonly DbConnection connection = db.Connection;

    private DbTransaction In(IKnowledgeUnitOfWork work) => db.In(work)!;

    public (string Kind, string Evidence)? Claim(IKnowledgeUnitOfWork work, string claimId) =>
        connection.QueryFirstOrDefault<ClaimRow>("SELECT kind AS Kind, evidence AS Evidence FROM kb_claims WHERE id = @claimId", new { claimId }, In(work))
            is { } claim ? (claim.Kind, claim.Evidence) : null;

    public void SetClaimStatus(IKnowledgeUnitOfWork work, string claimId, string status) =>
        connection.Execute("UPDATE kb_claims SET status = @status WHERE id = @claimId", new { claimId, status }, In(work));

    public IReadOnlyList<string> EventsOfClaim(IKnowledgeUnitOfWork work, string claimId) =>
        connection.Query<string>("SELECT event_id FROM kb_event_claims WHERE claim_id = @claimId", new { claimId }, In(work)).AsList();

    public IReadOnlyList<string> ClaimsOfEvent(IKnowledgeUnitOfWork work, string eventId) =>
        connection.Query<string>("SELECT claim_id FROM kb_event_claims WHERE event_id = @eventId ORDER BY claim_id", new { eventId }, In(work)).AsList();

    public IReadOnlyList<string> EventsOfEntity(IKnowledgeUnitOfWork work, string entityId) =>
        connection.Query<string>("SELECT DISTINCT event_id FROM kb_event_parties WHERE party_key = @entityId", new { entityId }, In(work)).AsList();

    public (string Name, EntityKind Kind)? Entity(IKnowledgeUnitOfWork work, string entityId) =>
        connection.QueryFirstOrDefault<EntityRow>("SELECT name AS Name, schema AS Schema FROM kb_entities WHERE id = @entityId", new { entityId }, In(work))
            is { } entity ? (entity.Name, Enum.Parse<EntityKind>(entity.Schema)) : null;

    public (double Score, string MatchedName)? Link(IKnowledgeUnitOfWork work, string entityId, string list, string listId) =>
        connection.QueryFirstOrDefault<LinkRow>(
                "SELECT score AS Score, matched_name AS MatchedName FROM kb_links WHERE entity_id = @entityId AND list = @list AND list_id = @listId",
                new { entityId, list, listId }, In(work))
            is { } link ? (link.Score, link.MatchedName) : null;

    public void SaveLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason) =>
        connection.Execute(
            """
            INSERT INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason)
            VALUES (@entityId, @list, @listId, @score, @state, @matchedName, @reason)
            ON CONFLICT (entity_id, list, list_id) DO UPDATE SET score = excluded.score, state = excluded.state, matched_name = excluded.matched_name, reason = excluded.reason
            """, new { entityId, list, listId, score, state, matchedName, reason }, In(work));

    public void Merge(IKnowledgeUnitOfWork work, string fromId, string intoId, string intoName)
    {
        var transaction = In(work);
        var ids = new { fromId, intoId, intoName };
        connection.Execute(
            """
            INSERT INTO kb_names (entity_id, name, norm, document_key) SELECT @intoId, name, norm, document_key FROM kb_names WHERE entity_id = @fromId ON CONFLICT DO NOTHING;
            DELETE FROM kb_names WHERE entity_id = @fromId;
            INSERT INTO kb_name_keys (key, entity_id) SELECT key, @intoId FROM kb_name_keys WHERE entity_id = @fromId ON CONFLICT DO NOTHING;
            DELETE FROM kb_name_keys WHERE entity_id = @fromId;
            """, ids, transaction);
        MoveReferences(transaction, fromId, intoId, documentKey: null);
        connection.Execute(
            """
            INSERT INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason)
                SELECT @intoId, list, list_id, score, state, matched_name, reason FROM kb_links WHERE entity_id = @fromId ON CONFLICT DO NOTHING;
            DELETE FROM kb_links WHERE entity_id = @fromId;
            INSERT INTO kb_watches (entity_id, name, "user", added_at) SELECT @intoId, @intoName, "user", added_at FROM kb_watches WHERE entity_id = @fromId ON CONFLICT DO NOTHING;
            DELETE FROM kb_watches WHERE entity_id = @fromId;
            UPDATE kb_notes SET target = @intoId WHERE target = @fromId;
            INSERT INTO kb_case_members (case_id, member, kind, added_by, added_at)
                SELECT case_id, @intoId, kind, added_by, added_at FROM kb_case_members WHERE member = @fromId ON CONFLICT DO NOTHING;
            DELETE FROM kb_case_members WHERE member = @fromId;
            UPDATE kb_entity_merges SET into_id = @intoId WHERE into_id = @fromId;
            INSERT INTO kb_entity_merges (from_id, into_id) VALUES (@fromId, @intoId) ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id;
            DELETE FROM kb_entities WHERE id = @fromId;
            """, ids, transaction);
    }

    public IReadOnlyList<string> NamesIn(IKnowledgeUnitOfWork work, string entityId, string documentKey) => connection.Query<string>(
        "SELECT name FROM kb_names WHERE entity_id = @entityId AND document_key = @documentKey ORDER BY length(name) DESC, name",
        new { entityId, documentKey }, In(work)).AsList();

    public int DocumentsNaming(IKnowledgeUnitOfWork work, string entityId) =>
        connection.ExecuteScalar<int>("SELECT COUNT(DISTINCT document_key) FROM kb_names WHERE entity_id = @entityId", new { entityId }, In(work));

    public void Split(IKnowledgeUnitOfWork work, string entityId, string documentKey, string newId, EntityKind kind, string name)
    {
        var transaction = In(work);
        connection.Execute(
            """
            INSERT INTO kb_entities (id, schema, name) VALUES (@newId, @kind, @name);
            UPDATE kb_names SET entity_id = @newId WHERE entity_id = @entityId AND document_key = @documentKey;
            """, new { entityId, documentKey, newId, kind = kind.ToString(), name }, transaction);
        MoveReferences(transaction, entityId, newId, documentKey);
        connection.Execute("""
            INSERT INTO kb_entity_splits (entity_id, document_key, new_id) VALUES (@entityId, @documentKey, @newId)
            ON CONFLICT (entity_id, document_key) DO UPDATE SET new_id = excluded.new_id
            """,
            new { entityId, documentKey, newId }, transaction);
    }

    public IReadOnlyList<string> Names(IKnowledgeUnitOfWork work, string entityId) =>
        connection.Query<string>("SELECT DISTINCT name FROM kb_names WHERE entity_id = @entityId", new { entityId }, In(work)).AsList();

    public void ReplaceNameKeys(IKnowledgeUnitOfWork work, string entityId, IEnumerable<string> keys)
    {
        var transaction = In(work);
        connection.Execute("DELETE FROM kb_name_keys WHERE entity_id = @entityId", new { entityId }, transaction);
        connection.Execute("INSERT INTO kb_name_keys (key, entity_id) VALUES (@key, @entityId) ON CONFLICT DO NOTHING", keys.Select(key => new { key, entityId }), transaction);
    }

    public void Record(IKnowledgeUnitOfWork work, AuditEntry entry) => connection.Execute(
        "INSERT INTO kb_decisions (action, target, detail, \"user\", reason, decided_at) VALUES (@Action, @Target, @Detail, @User, @Reason, @DecidedAt)",
        entry, In(work));

    public IReadOnlyList<AuditEntry> Audit(int limit) => connection.Query<AuditEntry>(
        "SELECT id AS Id, action AS Action, target AS Target, detail AS Detail, \"user\" AS User, reason AS Reason, decided_at AS DecidedAt FROM kb_decisions ORDER BY id DESC LIMIT @limit",
        new { limit = RelationalConnection.Limit(limit) }).AsList();

    public IReadOnlyList<QueuedLinkRow> QueuedLinks(int limit, bool includeCandidates) => connection.Query<QueuedLinkRow>(
        $"""
        SELECT l.entity_id AS EntityId, e.name AS EntityName, l.list AS List, l.list_id AS ListId, l.state AS State, l.score AS Score, l.reason AS Reason,
               (SELECT COUNT(*) FROM kb_event_parties p JOIN alerts a ON a.subject = p.event_id AND a.rule = 'sanctioned-meeting' WHERE p.party_key = l.entity_id) AS AlertedMeetings,
               (SELECT COUNT(*) FROM kb_event_parties p WHERE p.party_key = l.entity_id) AS Meetings
        FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id
        WHERE l.state {(includeCandidates ? "IN ('probable', 'candidate')" : "= 'probable'")}
        ORDER BY CASE l.state WHEN 'probable' THEN 0 ELSE 1 END, AlertedMeetings DESC, Meetings DESC, l.score DESC, e.name, l.list, l.list_id
        LIMIT @limit
        """, new { limit = RelationalConnection.Limit(limit) }).AsList();

    /// <summary>Points mentions, claims and claim parties at <paramref name="toId"/>: all of them, or one document's.</summary>
    private void MoveReferences(DbTransaction transaction, string fromId, string toId, string? documentKey)
    {
        var inDocument = documentKey is null ? "" : " AND document_key = @documentKey";
        var claimInDocument = documentKey is null ? "" : " AND claim_id IN (SELECT id FROM kb_claims WHERE document_key = @documentKey)";
        connection.Execute(
            $"""
            UPDATE kb_mentions SET entity_id = @toId WHERE entity_id = @fromId{inDocument};
            UPDATE kb_claims SET subject_id = @toId WHERE subject_id = @fromId{inDocument};
            UPDATE kb_claims SET object_id = @toId WHERE object_id = @fromId{inDocument};
            UPDATE kb_claim_parties SET entity_id = @toId, party_key = @toId WHERE entity_id = @fromId{claimInDocument};
            """, new { fromId, toId, documentKey }, transaction);
    }

    private sealed record ClaimRow
    {
        public required string Kind { get; init; }
        public required string Evidence { get; init; }
    }

    private sealed record EntityRow
    {
        public required string Name { get; init; }
        public required string Schema { get; init; }
    }

    private sealed record LinkRow
    {
        public double Score { get; init; }
        public required string MatchedName { get; init; }
    }
}
