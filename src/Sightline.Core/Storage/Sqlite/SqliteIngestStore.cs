using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IIngestStore"/> on the knowledge-base tables of the SQLite file.</summary>
/// <remarks>The statements ingestion runs for every report, mention, entity, name, name key, claim and claim party are
/// prepared once per connection (<see cref="SqlitePreparedStatements"/>); the failures listing, run once a command,
/// goes through Dapper.</remarks>
internal sealed class SqliteIngestStore(SqliteConnection connection, SqlitePreparedStatements prepared) : IIngestStore
{
    private SqliteTransaction In(IKnowledgeUnitOfWork work) => SqliteUnitOfWork.Of(work, connection);

    private SqliteTransaction? InAny(IKnowledgeUnitOfWork? work) => work is null ? null : In(work);

    public StoredDocument? Stored(IKnowledgeUnitOfWork? work, string documentKey) => prepared.Row<StoredDocument>(InAny(work),
        "SELECT version AS Version, status AS Status, path AS Path, location AS Location FROM kb_documents WHERE key = @documentKey", new { documentKey });

    public string? KeyOfText(IKnowledgeUnitOfWork? work, string textHash) => prepared.Row<string?>(InAny(work),
        "SELECT key FROM kb_documents WHERE text_hash = @textHash AND status = 'ingested' LIMIT 1", new { textHash });

    public string? ContentKeyReadFrom(IKnowledgeUnitOfWork? work, string location) => prepared.Row<string?>(InAny(work),
        "SELECT key FROM kb_documents WHERE location = @location AND status = 'ingested' AND key LIKE 'text:%' ORDER BY ingested_at DESC LIMIT 1",
        new { location });

    public void ForgetFailures(IKnowledgeUnitOfWork work, string unreadKey, string location) => prepared.Run(In(work),
        "DELETE FROM kb_documents WHERE status = 'failed' AND (key = @unreadKey OR location = @location)", new { unreadKey, location });

    public void ClearDiagnostic(IKnowledgeUnitOfWork work, string documentKey) => prepared.Run(In(work),
        "UPDATE kb_documents SET diagnostic = NULL WHERE key = @documentKey AND diagnostic IS NOT NULL", new { documentKey });

    public bool HasText(IKnowledgeUnitOfWork work, string documentKey) =>
        prepared.Row<long?>(In(work), "SELECT 1 FROM kb_document_texts WHERE document_key = @documentKey", new { documentKey }) is not null;

    public IReadOnlyList<(string Location, string Shown)> FailedFiles() => connection.Query<FileRow>(
            """
            SELECT DISTINCT COALESCE(location, path) AS Location, path AS Shown FROM kb_documents
            WHERE status = 'failed' OR diagnostic IS NOT NULL ORDER BY Location
            """).Select(r => (r.Location, r.Shown)).ToList();

    public void RecordFailure(IKnowledgeUnitOfWork work, FailedDocument failure)
    {
        var updated = prepared.Run(In(work), "UPDATE kb_documents SET diagnostic = @Diagnostic, location = @Location WHERE key = @Key AND status = 'ingested'",
            failure);
        if (updated == 0)
            prepared.Run(In(work),
                """
                INSERT OR REPLACE INTO kb_documents (key, version, path, location, status, diagnostic, ingested_at)
                VALUES (@Key, @Version, @Path, @Location, 'failed', @Diagnostic, @At)
                """, failure);
    }

    public void WriteDocument(IKnowledgeUnitOfWork work, IngestedDocument document) => prepared.Run(In(work),
        """
        INSERT OR REPLACE INTO kb_documents (key, version, path, title, publisher, published, language, status, diagnostic, ingested_at, text_hash, location, source_url)
        VALUES (@Key, @Version, @Path, @Title, @Publisher, @Published, @Language, 'ingested', NULL, @IngestedAt, @TextHash, @Location, @Source)
        """, document);

    public void KeepText(IKnowledgeUnitOfWork work, string documentKey, string documentId, string text)
    {
        prepared.Run(In(work),
            "INSERT OR REPLACE INTO kb_document_texts (document_key, id, text) VALUES (@documentKey, @documentId, @text)", new { documentKey, documentId, text });
        SqliteSearchIndex.Index(prepared, In(work), documentKey);
    }

    public IReadOnlyList<(string ClaimId, string Status)> ClaimDecisions(IKnowledgeUnitOfWork work, string documentKey) => prepared.Rows<ClaimStatusRow>(In(work),
            "SELECT id AS Id, status AS Status FROM kb_claims WHERE document_key = @documentKey AND status <> 'unreviewed'", new { documentKey })
        .Select(r => (r.Id, r.Status)).ToList();

    public IReadOnlyList<string> EventsOfDocument(IKnowledgeUnitOfWork work, string documentKey) => prepared.Rows<string>(In(work),
        "SELECT DISTINCT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = @documentKey",
        new { documentKey });

    public IReadOnlyList<(string EntityId, EntityKind Kind)> EntitiesNamedIn(IKnowledgeUnitOfWork work, string documentKey) => prepared.Rows<EntityKindRow>(In(work),
            "SELECT DISTINCT n.entity_id AS Id, e.schema AS Schema FROM kb_names n JOIN kb_entities e ON e.id = n.entity_id WHERE n.document_key = @documentKey",
            new { documentKey })
        .Select(r => (r.Id, Enum.Parse<EntityKind>(r.Schema))).ToList();

    public void RemoveContent(IKnowledgeUnitOfWork work, string documentKey)
    {
        prepared.Run(In(work), "DELETE FROM kb_claims WHERE document_key = @documentKey", new { documentKey });
        prepared.Run(In(work), "DELETE FROM kb_mentions WHERE document_key = @documentKey", new { documentKey });
        prepared.Run(In(work), "DELETE FROM kb_names WHERE document_key = @documentKey", new { documentKey });
    }

    public bool HasDecidedLinks(IKnowledgeUnitOfWork work, string entityId) => prepared.Row<long>(In(work),
        "SELECT COUNT(*) FROM kb_links WHERE entity_id = @entityId AND state IN ('confirmed', 'rejected')", new { entityId }) > 0;

    public void DeleteEntity(IKnowledgeUnitOfWork work, string entityId)
    {
        prepared.Run(In(work), "DELETE FROM kb_links WHERE entity_id = @entityId", new { entityId });
        prepared.Run(In(work), "DELETE FROM kb_name_keys WHERE entity_id = @entityId", new { entityId });
        prepared.Run(In(work), "DELETE FROM kb_entities WHERE id = @entityId", new { entityId });
    }

    /// <summary>One prepared statement a mention: within a SQLite transaction a statement costs no round trip.</summary>
    public void AddMentions(IKnowledgeUnitOfWork work, IReadOnlyList<IngestedMention> mentions)
    {
        foreach (var mention in mentions)
            prepared.Execute(In(work),
                """
                INSERT OR IGNORE INTO kb_mentions (document_key, start, end, type, text, sentence, chain, entity_id)
                VALUES (@documentKey, @start, @end, @type, @text, @sentence, @chain, @entityId)
                """,
                ("@documentKey", mention.DocumentKey), ("@start", mention.Start), ("@end", mention.End), ("@type", mention.Type), ("@text", mention.Text),
                ("@sentence", mention.Sentence), ("@chain", mention.Chain), ("@entityId", mention.EntityId));
    }

    public void AddEntity(IKnowledgeUnitOfWork work, string entityId, EntityKind kind, string name) => prepared.Execute(In(work),
        "INSERT OR IGNORE INTO kb_entities (id, schema, name) VALUES (@entityId, @kind, @name)", ("@entityId", entityId), ("@kind", kind.ToString()), ("@name", name));

    public void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey) => prepared.Execute(In(work),
        "INSERT OR IGNORE INTO kb_names (entity_id, name, norm, document_key) VALUES (@entityId, @name, @norm, @documentKey)",
        ("@entityId", entityId), ("@name", name), ("@norm", norm), ("@documentKey", documentKey));

    public void AddNameKeys(IKnowledgeUnitOfWork work, string entityId, IEnumerable<string> keys)
    {
        foreach (var key in keys)
            prepared.Execute(In(work), "INSERT OR IGNORE INTO kb_name_keys (key, entity_id) VALUES (@key, @entityId)", ("@key", key), ("@entityId", entityId));
    }

    public void ChooseName(IKnowledgeUnitOfWork work, string entityId) => prepared.Run(In(work),
        """
        UPDATE kb_entities SET name = (SELECT name FROM kb_names WHERE entity_id = @entityId GROUP BY name
                                       ORDER BY instr(name, ' ') > 0 DESC, COUNT(DISTINCT document_key) DESC, length(name) DESC, name LIMIT 1)
        WHERE id = @entityId
        """, new { entityId });

    public bool AddClaim(IKnowledgeUnitOfWork work, IngestedClaim claim) => prepared.Execute(In(work),
        """
        INSERT OR IGNORE INTO kb_claims (id, document_key, kind, subject_id, object_id, label, label_norm, date_value, date_start, date_end, sentence, start, end, evidence, attributed_to, confidence, payload)
        VALUES (@id, @documentKey, @kind, @subjectId, @objectId, @label, @labelNorm, @dateValue, @dateStart, @dateEnd, @sentence, @start, @end, @evidence, @attributedTo, @confidence, @payload)
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

    public void SetClaimStatus(IKnowledgeUnitOfWork work, string claimId, string status) => prepared.Run(In(work),
        "UPDATE kb_claims SET status = @status WHERE id = @claimId", new { claimId, status });

    public IReadOnlyList<string> OfficeHolders(IKnowledgeUnitOfWork work, string office, string start, string end) => prepared.Rows<string>(In(work),
        """
        SELECT DISTINCT subject_id FROM kb_claims
        WHERE kind = 'role' AND label_norm = @office AND subject_id IS NOT NULL AND status <> 'rejected' AND date_start <= @start AND date_end >= @end
        """, new { office, start, end });

    public bool EntityExists(IKnowledgeUnitOfWork work, string entityId) =>
        prepared.Query(In(work), "SELECT 1 FROM kb_entities WHERE id = @entityId", r => r.GetInt64(0), ("@entityId", entityId)).Count > 0;

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
