using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IProfileQueries"/> on the knowledge-base tables, in SQL both databases read alike (ADR-045).
/// The queries the alert rules run after every stored report (an event's row, parties and evidence, an entity's links
/// and sanctions statements) go through <see cref="RelationalConnection.Statements"/>.</summary>
internal sealed class RelationalProfileQueries(RelationalConnection db) : IProfileQueries
{
    private readonly DbConnection connection = db.Connection;

    private static long Limit(int limit) => RelationalConnection.Limit(limit);

    private DbTransaction? In(IKnowledgeUnitOfWork? work) => db.In(work);

    public StoredEntity? Entity(string entityId) => connection.QueryFirstOrDefault<StoredEntity>(
        "SELECT id AS Id, schema AS Kind, name AS Name FROM kb_entities WHERE id = @entityId", new { entityId });

    public IReadOnlyList<NameInDocument> Names(string entityId, int documentsPerName) => connection.Query<NameInDocument>(
        """
        SELECT name AS Name, document_key AS DocumentKey, reports AS Reports FROM (
            SELECT name, document_key, COUNT(*) OVER (PARTITION BY name) AS reports, ROW_NUMBER() OVER (PARTITION BY name ORDER BY document_key) AS n
            FROM kb_names WHERE entity_id = @entityId) named
        WHERE n <= @documentsPerName ORDER BY name, document_key
        """, new { entityId, documentsPerName }).AsList();

    public IReadOnlyList<ProfileClaim> Claims(string entityId, string kind, bool asObject, int limit) => connection.Query<ProfileClaim>(
        asObject ? ClaimsAsObject : ClaimsAsSubject, new { entityId, kind, limit = Limit(limit) }).AsList();

    private const string ClaimColumns =
        """
        SELECT c.label AS Label, c.date_value AS DateValue, c.subject_id AS SubjectId, s.name AS SubjectName, c.object_id AS ObjectId, o.name AS ObjectName,
               c.payload AS Payload, c.document_key AS DocumentKey, d.title AS Title, d.publisher AS Publisher, d.published AS Published, c.sentence AS Sentence, c.evidence AS Evidence,
               c.attributed_to AS AttributedTo
        FROM kb_claims c JOIN kb_documents d ON d.key = c.document_key LEFT JOIN kb_entities s ON s.id = c.subject_id LEFT JOIN kb_entities o ON o.id = c.object_id
        """;

    private const string ClaimOrder =
        " AND c.kind = @kind AND c.status <> 'rejected' ORDER BY c.date_start IS NULL, c.date_start, c.document_key, c.sentence LIMIT @limit";

    private const string ClaimsAsSubject = ClaimColumns + " WHERE c.subject_id = @entityId" + ClaimOrder;
    private const string ClaimsAsObject = ClaimColumns + " WHERE c.object_id = @entityId" + ClaimOrder;

    public IReadOnlyList<StoredLink> Links(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> entityIds) => entityIds.Count == 0 ? [] : db.Statements.Rows<StoredLink>(In(work),
        $"""
        SELECT entity_id AS EntityId, list AS List, list_id AS ListId, score AS Score, state AS State, matched_name AS MatchedName, reason AS Reason
        FROM kb_links WHERE state <> 'rejected' AND {db.Dialect.InList("entity_id", "@entityIds")} ORDER BY score DESC, list, list_id
        """, new { entityIds = db.Dialect.List(entityIds) });

    public IReadOnlyList<SanctionsStatement> SanctionsStatements(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> entityIds) => entityIds.Count == 0 ? [] :
        db.Statements.Rows<SanctionsStatement>(In(work),
            $"""
            SELECT c.subject_id AS EntityId, c.label AS Authority, c.date_start AS DateStart, c.date_end AS DateEnd, c.document_key AS DocumentKey,
                   d.title AS Title, d.publisher AS Publisher, d.published AS Published, c.evidence AS Evidence
            FROM kb_claims c JOIN kb_documents d ON d.key = c.document_key
            WHERE c.kind = 'sanctions' AND c.status <> 'rejected' AND c.date_start IS NOT NULL AND {db.Dialect.InList("c.subject_id", "@entityIds")}
            """, new { entityIds = db.Dialect.List(entityIds) });

    public IReadOnlyList<string> NewestEventIds(bool sanctionedOnly, int limit) => connection.Query<string>(
        // The date index is walked newest first and each event's parties checked, so the query stops after `limit` hits
        // instead of sorting every sanctioned event. Undated events come last; events of one day by id.
        sanctionedOnly
            ? """
              SELECT id FROM kb_events e
              WHERE EXISTS (SELECT 1 FROM kb_event_parties p JOIN kb_links l ON l.entity_id = p.party_key WHERE p.event_id = e.id AND l.tier IS NOT NULL)
              ORDER BY date_start DESC NULLS LAST, id DESC LIMIT @limit
              """
            : "SELECT id FROM kb_events ORDER BY date_start DESC NULLS LAST, id DESC LIMIT @limit",
        new { limit = Limit(limit) }).AsList();

    public IReadOnlyList<string> EventIdsOfParty(string partyKey, int limit) => connection.Query<string>(
        "SELECT event_id FROM kb_event_parties WHERE party_key = @partyKey ORDER BY date_start DESC NULLS LAST, event_id DESC LIMIT @limit", new { partyKey, limit = Limit(limit) }).AsList();

    public int MeetingCount(string partyKey) =>
        connection.ExecuteScalar<int>("SELECT COUNT(*) FROM kb_event_parties WHERE party_key = @partyKey", new { partyKey });

    public IReadOnlyList<StoredEvent> Events(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds) => db.Statements.Rows<StoredEvent>(In(work),
        $"""
        SELECT id AS Id, kind AS Kind, date_start AS DateStart, date_end AS DateEnd, place AS Place, reports AS Reports, sources AS Sources
        FROM kb_events WHERE {db.Dialect.InList("id", "@eventIds")}
        """, new { eventIds = db.Dialect.List(eventIds) });

    public IReadOnlyList<StoredEventParty> Parties(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds) => db.Statements.Rows<StoredEventParty>(In(work),
        $"""
        SELECT event_id AS EventId, party_key AS PartyKey, entity_id AS EntityId, name AS Name, rowid AS "Order"
        FROM kb_event_parties WHERE {db.Dialect.InList("event_id", "@eventIds")}
        """, new { eventIds = db.Dialect.List(eventIds) });

    public IReadOnlyList<EventEvidence> Evidence(IKnowledgeUnitOfWork? work, IReadOnlyCollection<string> eventIds) => db.Statements.Rows<EventEvidence>(In(work),
        $"""
        SELECT ec.event_id AS EventId, c.document_key AS DocumentKey, d.title AS Title, d.publisher AS Publisher, d.published AS Published, c.sentence AS Sentence,
               c.evidence AS Evidence, c.attributed_to AS AttributedTo
        FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_documents d ON d.key = c.document_key
        WHERE {db.Dialect.InList("ec.event_id", "@eventIds")} AND c.status <> 'rejected'
        """, new { eventIds = db.Dialect.List(eventIds) });
}
