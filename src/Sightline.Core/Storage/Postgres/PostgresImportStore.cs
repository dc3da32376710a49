using Dapper;
using Npgsql;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary><see cref="IImportStore"/> on the knowledge-base tables of the PostgreSQL database.</summary>
internal sealed class PostgresImportStore(NpgsqlConnection connection) : IImportStore
{
    private NpgsqlTransaction In(IKnowledgeUnitOfWork work) => PostgresUnitOfWork.Of(work, connection);

    public void AddDocument(IKnowledgeUnitOfWork work, string documentKey, string path, string at) => connection.Execute(
        "INSERT INTO kb_documents (key, version, path, status, ingested_at) VALUES (@documentKey, 'imported', @path, 'imported', @at) ON CONFLICT DO NOTHING",
        new { documentKey, path, at }, In(work));

    public void AddEntity(IKnowledgeUnitOfWork work, string entityId, string kind, string name) => connection.Execute(
        "INSERT INTO kb_entities (id, schema, name) VALUES (@entityId, @kind, @name) ON CONFLICT DO NOTHING", new { entityId, kind, name }, In(work));

    public void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey) => connection.Execute(
        "INSERT INTO kb_names (entity_id, name, norm, document_key) VALUES (@entityId, @name, @norm, @documentKey) ON CONFLICT DO NOTHING",
        new { entityId, name, norm, documentKey }, In(work));

    public void AddNameKey(IKnowledgeUnitOfWork work, string key, string entityId) => connection.Execute(
        "INSERT INTO kb_name_keys (key, entity_id) VALUES (@key, @entityId) ON CONFLICT DO NOTHING", new { key, entityId }, In(work));

    public void AddEvent(IKnowledgeUnitOfWork work, ExportEvent meeting) => connection.Execute(
        """
        INSERT INTO kb_events (id, kind, date_value, date_start, date_end, place, reports, sources)
        VALUES (@Id, @Kind, @DateValue, @DateStart, @DateEnd, @Place, @Reports, @Sources) ON CONFLICT DO NOTHING
        """, meeting, In(work));

    public void AddEventParty(IKnowledgeUnitOfWork work, string eventId, string partyKey, string? entityId, string name, string? dateStart) => connection.Execute(
        "INSERT INTO kb_event_parties (event_id, party_key, entity_id, name, date_start) VALUES (@eventId, @partyKey, @entityId, @name, @dateStart) ON CONFLICT DO NOTHING",
        new { eventId, partyKey, entityId, name, dateStart }, In(work));

    public void IndexPairs(IKnowledgeUnitOfWork work, string eventId) => PostgresEventStore.IndexPairs(connection, In(work), eventId);

    public void AddMeetingClaim(IKnowledgeUnitOfWork work, string claimId, string documentKey, ExportEvent meeting, string evidence, string attributedTo, string payload) =>
        connection.Execute(
            """
            INSERT INTO kb_claims (id, document_key, kind, label, date_value, date_start, date_end, sentence, start, "end", evidence, attributed_to, confidence, payload)
            VALUES (@claimId, @documentKey, 'meeting', @kind, @dateValue, @dateStart, @dateEnd, 0, 0, 0, @evidence, @attributedTo, 1.0, @payload) ON CONFLICT DO NOTHING
            """,
            new { claimId, documentKey, kind = meeting.Kind, dateValue = meeting.DateValue, dateStart = meeting.DateStart, dateEnd = meeting.DateEnd, evidence, attributedTo, payload },
            In(work));

    public void AddClaimParty(IKnowledgeUnitOfWork work, string claimId, int position, string partyKey, string? entityId, string name, string kind) => connection.Execute(
        """
        INSERT INTO kb_claim_parties (claim_id, position, party_key, entity_id, name, kind, via)
        VALUES (@claimId, @position, @partyKey, @entityId, @name, @kind, 'import') ON CONFLICT DO NOTHING
        """, new { claimId, position, partyKey, entityId, name, kind }, In(work));

    public void AddEventClaim(IKnowledgeUnitOfWork work, string claimId, string eventId) => connection.Execute(
        "INSERT INTO kb_event_claims (claim_id, event_id) VALUES (@claimId, @eventId) ON CONFLICT DO NOTHING", new { claimId, eventId }, In(work));

    public void AddRelation(IKnowledgeUnitOfWork work, ImportedRelation relation) => connection.Execute(
        """
        INSERT INTO kb_claims (id, document_key, kind, subject_id, object_id, label, label_norm, date_value, date_start, date_end, sentence, start, "end", evidence, attributed_to, confidence, payload)
        VALUES (@Id, @DocumentKey, @Kind, @SubjectId, @ObjectId, @Label, @LabelNorm, @DateValue, @DateStart, @DateEnd, 0, 0, 0, @Evidence, @AttributedTo, 1.0, '{}') ON CONFLICT DO NOTHING
        """, relation, In(work));

    public void AddLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason) =>
        connection.Execute(
            """
            INSERT INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason)
            VALUES (@entityId, @list, @listId, @score, @state, @matchedName, @reason) ON CONFLICT DO NOTHING
            """, new { entityId, list, listId, score, state, matchedName, reason }, In(work));
}
