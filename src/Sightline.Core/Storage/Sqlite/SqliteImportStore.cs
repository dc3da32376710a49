using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IImportStore"/> on the knowledge-base tables of the SQLite file.</summary>
internal sealed class SqliteImportStore(SqliteConnection connection) : IImportStore
{
    private SqliteTransaction In(IKnowledgeUnitOfWork work) => SqliteUnitOfWork.Of(work, connection);

    public void AddDocument(IKnowledgeUnitOfWork work, string documentKey, string path, string at) => connection.Execute(
        "INSERT OR IGNORE INTO kb_documents (key, version, path, status, ingested_at) VALUES (@documentKey, 'imported', @path, 'imported', @at)",
        new { documentKey, path, at }, In(work));

    public void AddEntity(IKnowledgeUnitOfWork work, string entityId, string kind, string name) => connection.Execute(
        "INSERT OR IGNORE INTO kb_entities (id, schema, name) VALUES (@entityId, @kind, @name)", new { entityId, kind, name }, In(work));

    public void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey) => connection.Execute(
        "INSERT OR IGNORE INTO kb_names (entity_id, name, norm, document_key) VALUES (@entityId, @name, @norm, @documentKey)",
        new { entityId, name, norm, documentKey }, In(work));

    public void AddNameKey(IKnowledgeUnitOfWork work, string key, string entityId) => connection.Execute(
        "INSERT OR IGNORE INTO kb_name_keys (key, entity_id) VALUES (@key, @entityId)", new { key, entityId }, In(work));

    public void AddEvent(IKnowledgeUnitOfWork work, ExportEvent meeting) => connection.Execute(
        """
        INSERT OR IGNORE INTO kb_events (id, kind, date_value, date_start, date_end, place, reports, sources)
        VALUES (@Id, @Kind, @DateValue, @DateStart, @DateEnd, @Place, @Reports, @Sources)
        """, meeting, In(work));

    public void AddEventParty(IKnowledgeUnitOfWork work, string eventId, string partyKey, string? entityId, string name, string? dateStart) => connection.Execute(
        "INSERT OR IGNORE INTO kb_event_parties (event_id, party_key, entity_id, name, date_start) VALUES (@eventId, @partyKey, @entityId, @name, @dateStart)",
        new { eventId, partyKey, entityId, name, dateStart }, In(work));

    public void IndexPairs(IKnowledgeUnitOfWork work, string eventId) => SqliteEventStore.IndexPairs(connection, In(work), eventId);

    public void AddMeetingClaim(IKnowledgeUnitOfWork work, string claimId, string documentKey, ExportEvent meeting, string evidence, string attributedTo, string payload) =>
        connection.Execute(
            """
            INSERT OR IGNORE INTO kb_claims (id, document_key, kind, label, date_value, date_start, date_end, sentence, start, end, evidence, attributed_to, confidence, payload)
            VALUES (@claimId, @documentKey, 'meeting', @kind, @dateValue, @dateStart, @dateEnd, 0, 0, 0, @evidence, @attributedTo, 1.0, @payload)
            """,
            new { claimId, documentKey, kind = meeting.Kind, dateValue = meeting.DateValue, dateStart = meeting.DateStart, dateEnd = meeting.DateEnd, evidence, attributedTo, payload },
            In(work));

    public void AddClaimParty(IKnowledgeUnitOfWork work, string claimId, int position, string partyKey, string? entityId, string name, string kind) => connection.Execute(
        """
        INSERT OR IGNORE INTO kb_claim_parties (claim_id, position, party_key, entity_id, name, kind, via)
        VALUES (@claimId, @position, @partyKey, @entityId, @name, @kind, 'import')
        """, new { claimId, position, partyKey, entityId, name, kind }, In(work));

    public void AddEventClaim(IKnowledgeUnitOfWork work, string claimId, string eventId) => connection.Execute(
        "INSERT OR IGNORE INTO kb_event_claims (claim_id, event_id) VALUES (@claimId, @eventId)", new { claimId, eventId }, In(work));

    public void AddRelation(IKnowledgeUnitOfWork work, ImportedRelation relation) => connection.Execute(
        """
        INSERT OR IGNORE INTO kb_claims (id, document_key, kind, subject_id, object_id, label, label_norm, date_value, date_start, date_end, sentence, start, end, evidence, attributed_to, confidence, payload)
        VALUES (@Id, @DocumentKey, @Kind, @SubjectId, @ObjectId, @Label, @LabelNorm, @DateValue, @DateStart, @DateEnd, 0, 0, 0, @Evidence, @AttributedTo, 1.0, '{}')
        """, relation, In(work));

    public void AddLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason) =>
        connection.Execute(
            """
            INSERT OR IGNORE INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason)
            VALUES (@entityId, @list, @listId, @score, @state, @matchedName, @reason)
            """, new { entityId, list, listId, score, state, matchedName, reason }, In(work));
}
