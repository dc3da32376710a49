using Dapper;
using Npgsql;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary><see cref="IIngestStore"/> on the knowledge-base tables of the PostgreSQL database.</summary>
/// <remarks>The statements run for every mention, entity, name, name key, claim and claim party are prepared once per
/// connection (<see cref="PostgresPreparedStatements"/>); the others go through Dapper.</remarks>
internal sealed class PostgresIngestStore(NpgsqlConnection connection, PostgresPreparedStatements prepared) : IIngestStore
{
    private NpgsqlTransaction In(IKnowledgeUnitOfWork work) => PostgresUnitOfWork.Of(work, connection);

    private NpgsqlTransaction? InAny(IKnowledgeUnitOfWork? work) => work is null ? null : In(work);

    public StoredDocument? Stored(IKnowledgeUnitOfWork? work, string documentKey) => connection.QueryFirstOrDefault<StoredDocument>(
        "SELECT version AS Version, status AS Status, path AS Path, location AS Location FROM kb_documents WHERE key = @documentKey", new { documentKey }, InAny(work));

    public string? KeyOfText(IKnowledgeUnitOfWork? work, string textHash) => connection.ExecuteScalar<string?>(
        "SELECT key FROM kb_documents WHERE text_hash = @textHash AND status = 'ingested' LIMIT 1", new { textHash }, InAny(work));

    public string? ContentKeyReadFrom(IKnowledgeUnitOfWork? work, string location) => connection.ExecuteScalar<string?>(
        "SELECT key FROM kb_documents WHERE location = @location AND status = 'ingested' AND key LIKE 'text:%' ORDER BY ingested_at DESC LIMIT 1",
        new { location }, InAny(work));

    public void ForgetFailures(IKnowledgeUnitOfWork work, string unreadKey, string location) => connection.Execute(
        "DELETE FROM kb_documents WHERE status = 'failed' AND (key = @unreadKey OR location = @location)", new { unreadKey, location }, In(work));

    public void ClearDiagnostic(IKnowledgeUnitOfWork work, string documentKey) => connection.Execute(
        "UPDATE kb_documents SET diagnostic = NULL WHERE key = @documentKey AND diagnostic IS NOT NULL", new { documentKey }, In(work));

    public bool HasText(IKnowledgeUnitOfWork work, string documentKey) =>
        connection.ExecuteScalar<long?>("SELECT 1 FROM kb_document_texts WHERE document_key = @documentKey", new { documentKey }, In(work)) is not null;

    public IReadOnlyList<(string Location, string Shown)> FailedFiles() => connection.Query<FileRow>(
            """
            SELECT DISTINCT COALESCE(location, path) AS Location, path AS Shown FROM kb_documents
            WHERE status = 'failed' OR diagnostic IS NOT NULL ORDER BY Location
            """).Select(r => (r.Location, r.Shown)).ToList();

    public void RecordFailure(IKnowledgeUnitOfWork work, FailedDocument failure)
    {
        var updated = connection.Execute("UPDATE kb_documents SET diagnostic = @Diagnostic, location = @Location WHERE key = @Key AND status = 'ingested'",
            failure, In(work));
        if (updated == 0)
            connection.Execute(
                """
                INSERT INTO kb_documents (key, version, path, location, status, diagnostic, ingested_at)
                VALUES (@Key, @Version, @Path, @Location, 'failed', @Diagnostic, @At)
                ON CONFLICT (key) DO UPDATE SET version = excluded.version, path = excluded.path, location = excluded.location, status = 'failed',
                    diagnostic = excluded.diagnostic, ingested_at = excluded.ingested_at, title = NULL, publisher = NULL, published = NULL,
                    language = NULL, text_hash = NULL, source_url = NULL
                """, failure, In(work));
    }

    public void WriteDocument(IKnowledgeUnitOfWork work, IngestedDocument document) => connection.Execute(
        """
        INSERT INTO kb_documents (key, version, path, title, publisher, published, language, status, diagnostic, ingested_at, text_hash, location, source_url)
        VALUES (@Key, @Version, @Path, @Title, @Publisher, @Published, @Language, 'ingested', NULL, @IngestedAt, @TextHash, @Location, @Source)
        ON CONFLICT (key) DO UPDATE SET version = excluded.version, path = excluded.path, title = excluded.title, publisher = excluded.publisher,
            published = excluded.published, language = excluded.language, status = excluded.status, diagnostic = NULL, ingested_at = excluded.ingested_at,
            text_hash = excluded.text_hash, location = excluded.location, source_url = excluded.source_url
        """, document, In(work));

    public void KeepText(IKnowledgeUnitOfWork work, string documentKey, string documentId, string text)
    {
        connection.Execute(
            """
            INSERT INTO kb_document_texts (document_key, id, text) VALUES (@documentKey, @documentId, @text)
            ON CONFLICT (document_key) DO UPDATE SET id = excluded.id, text = excluded.text
            """, new { documentKey, documentId, text }, In(work));
        PostgresSearchIndex.Index(connection, In(work), documentKey);
    }

    public IReadOnlyList<(string ClaimId, string Status)> ClaimDecisions(IKnowledgeUnitOfWork work, string documentKey) => connection.Query<ClaimStatusRow>(
            "SELECT id AS Id, status AS Status FROM kb_claims WHERE document_key = @documentKey AND status <> 'unreviewed'", new { documentKey }, In(work))
        .Select(r => (r.Id, r.Status)).ToList();

    public IReadOnlyList<string> EventsOfDocument(IKnowledgeUnitOfWork work, string documentKey) => connection.Query<string>(
        "SELECT DISTINCT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = @documentKey",
        new { documentKey }, In(work)).AsList();

    public IReadOnlyList<(string EntityId, EntityKind Kind)> EntitiesNamedIn(IKnowledgeUnitOfWork work, string documentKey) => connection.Query<EntityKindRow>(
            "SELECT DISTINCT n.entity_id AS Id, e.schema AS Schema FROM kb_names n JOIN kb_entities e ON e.id = n.entity_id WHERE n.document_key = @documentKey",
            new { documentKey }, In(work))
        .Select(r => (r.Id, Enum.Parse<EntityKind>(r.Schema))).ToList();

    public void RemoveContent(IKnowledgeUnitOfWork work, string documentKey)
    {
        connection.Execute("DELETE FROM kb_claims WHERE document_key = @documentKey", new { documentKey }, In(work));
        connection.Execute("DELETE FROM kb_mentions WHERE document_key = @documentKey", new { documentKey }, In(work));
        connection.Execute("DELETE FROM kb_names WHERE document_key = @documentKey", new { documentKey }, In(work));
    }

    public bool HasDecidedLinks(IKnowledgeUnitOfWork work, string entityId) => connection.ExecuteScalar<long>(
        "SELECT COUNT(*) FROM kb_links WHERE entity_id = @entityId AND state IN ('confirmed', 'rejected')", new { entityId }, In(work)) > 0;

    public void DeleteEntity(IKnowledgeUnitOfWork work, string entityId)
    {
        connection.Execute("DELETE FROM kb_links WHERE entity_id = @entityId", new { entityId }, In(work));
        connection.Execute("DELETE FROM kb_name_keys WHERE entity_id = @entityId", new { entityId }, In(work));
        connection.Execute("DELETE FROM kb_entities WHERE id = @entityId", new { entityId }, In(work));
    }

    /// <summary>All the mentions in one statement, a column an array: one round trip a report instead of one a mention.</summary>
    public void AddMentions(IKnowledgeUnitOfWork work, IReadOnlyList<IngestedMention> mentions)
    {
        if (mentions.Count == 0) return;
        prepared.Execute(In(work),
            """
            INSERT INTO kb_mentions (document_key, start, "end", type, text, sentence, chain, entity_id)
            SELECT * FROM unnest(@documentKeys, @starts, @ends, @types, @texts, @sentences, @chains, @entityIds) ON CONFLICT DO NOTHING
            """,
            ("@documentKeys", mentions.Select(m => m.DocumentKey).ToArray()), ("@starts", mentions.Select(m => (long)m.Start).ToArray()),
            ("@ends", mentions.Select(m => (long)m.End).ToArray()), ("@types", mentions.Select(m => m.Type).ToArray()), ("@texts", mentions.Select(m => m.Text).ToArray()),
            ("@sentences", mentions.Select(m => (long)m.Sentence).ToArray()), ("@chains", mentions.Select(m => (long)m.Chain).ToArray()),
            ("@entityIds", mentions.Select(m => m.EntityId).ToArray()));
    }

    public void AddEntity(IKnowledgeUnitOfWork work, string entityId, EntityKind kind, string name) => prepared.Execute(In(work),
        "INSERT INTO kb_entities (id, schema, name) VALUES (@entityId, @kind, @name) ON CONFLICT DO NOTHING", ("@entityId", entityId), ("@kind", kind.ToString()), ("@name", name));

    public void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey) => prepared.Execute(In(work),
        "INSERT INTO kb_names (entity_id, name, norm, document_key) VALUES (@entityId, @name, @norm, @documentKey) ON CONFLICT DO NOTHING",
        ("@entityId", entityId), ("@name", name), ("@norm", norm), ("@documentKey", documentKey));

    /// <summary>All the keys in one statement, as an array.</summary>
    public void AddNameKeys(IKnowledgeUnitOfWork work, string entityId, IEnumerable<string> keys) => prepared.Execute(In(work),
        "INSERT INTO kb_name_keys (key, entity_id) SELECT DISTINCT unnest(@keys), @entityId ON CONFLICT DO NOTHING", ("@keys", keys.ToArray()), ("@entityId", entityId));

    public void ChooseName(IKnowledgeUnitOfWork work, string entityId) => connection.Execute(
        """
        UPDATE kb_entities SET name = (SELECT name FROM kb_names WHERE entity_id = @entityId GROUP BY name
                                       ORDER BY strpos(name, ' ') > 0 DESC, COUNT(DISTINCT document_key) DESC, length(name) DESC, name LIMIT 1)
        WHERE id = @entityId
        """, new { entityId }, In(work));

    public bool AddClaim(IKnowledgeUnitOfWork work, IngestedClaim claim) => prepared.Execute(In(work),
        """
        INSERT INTO kb_claims (id, document_key, kind, subject_id, object_id, label, label_norm, date_value, date_start, date_end, sentence, start, "end", evidence, attributed_to, confidence, payload)
        VALUES (@id, @documentKey, @kind, @subjectId, @objectId, @label, @labelNorm, @dateValue, @dateStart, @dateEnd, @sentence, @start, @end, @evidence, @attributedTo, @confidence, @payload)
        ON CONFLICT DO NOTHING
        """,
        ("@id", claim.Id), ("@documentKey", claim.DocumentKey), ("@kind", claim.Kind), ("@subjectId", claim.SubjectId), ("@objectId", claim.ObjectId),
        ("@label", claim.Label), ("@labelNorm", claim.LabelNorm), ("@dateValue", claim.DateValue), ("@dateStart", claim.DateStart), ("@dateEnd", claim.DateEnd),
        ("@sentence", claim.Sentence), ("@start", claim.Start), ("@end", claim.End), ("@evidence", claim.Evidence), ("@attributedTo", claim.AttributedTo),
        ("@confidence", claim.Confidence), ("@payload", claim.Payload)) == 1;

    public void AddClaimParty(IKnowledgeUnitOfWork work, string claimId, int position, string partyKey, string? entityId, string name, string kind, string via) =>
        prepared.Execute(In(work),
            """
            INSERT INTO kb_claim_parties (claim_id, position, party_key, entity_id, name, kind, via)
            VALUES (@claimId, @position, @partyKey, @entityId, @name, @kind, @via)
            """,
            ("@claimId", claimId), ("@position", position), ("@partyKey", partyKey), ("@entityId", entityId), ("@name", name), ("@kind", kind), ("@via", via));

    public void SetClaimStatus(IKnowledgeUnitOfWork work, string claimId, string status) => connection.Execute(
        "UPDATE kb_claims SET status = @status WHERE id = @claimId", new { claimId, status }, In(work));

    public IReadOnlyList<string> OfficeHolders(IKnowledgeUnitOfWork work, string office, string start, string end) => connection.Query<string>(
        """
        SELECT DISTINCT subject_id FROM kb_claims
        WHERE kind = 'role' AND label_norm = @office AND subject_id IS NOT NULL AND status <> 'rejected' AND date_start <= @start AND date_end >= @end
        """, new { office, start, end }, In(work)).AsList();

    public bool EntityExists(IKnowledgeUnitOfWork work, string entityId) =>
        prepared.Query(In(work), "SELECT 1 FROM kb_entities WHERE id = @entityId", _ => true, ("@entityId", entityId)).Count > 0;

    private sealed record ClaimStatusRow
    {
        public required string Id { get; init; }
        public required string Status { get; init; }
    }

    private sealed record EntityKindRow
    {
        public required string Id { get; init; }
        public required string Schema { get; init; }
    }

    private sealed record FileRow
    {
        public required string Location { get; init; }
        public required string Shown { get; init; }
    }
}
