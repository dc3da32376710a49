using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IResolutionStore"/> on the knowledge-base tables of the SQLite file.</summary>
/// <remarks>The statements linking runs for every entity a report touches are prepared once per connection
/// (<see cref="SqlitePreparedStatements"/>); the others go through Dapper.</remarks>
internal sealed class SqliteResolutionStore(SqliteConnection connection, SqlitePreparedStatements prepared) : IResolutionStore
{
    private static string? Text(SqliteDataReader reader, int column) => SqlitePreparedStatements.Text(reader, column);

    private SqliteTransaction In(IKnowledgeUnitOfWork work) => SqliteUnitOfWork.Of(work, connection);

    private SqliteTransaction? InAny(IKnowledgeUnitOfWork? work) => work is null ? null : In(work);

    public IReadOnlyList<(string EntityId, EntityKind Kind, string Name)> AllNames(IKnowledgeUnitOfWork? work = null) => connection.Query<StoredEntity>(
            "SELECT e.id AS Id, e.schema AS Kind, n.name AS Name FROM kb_entities e JOIN kb_names n ON n.entity_id = e.id", transaction: InAny(work))
        .Select(r => (r.Id, Enum.Parse<EntityKind>(r.Kind), r.Name)).ToList();

    public long DataVersion(IKnowledgeUnitOfWork? work = null) => prepared.Row<long>(InAny(work), "PRAGMA data_version");

    public IReadOnlyList<(string FromId, string IntoId)> Merges(IKnowledgeUnitOfWork work) => prepared.Rows<PairRow>(In(work),
            "SELECT from_id AS A, into_id AS B FROM kb_entity_merges")
        .Select(r => (r.A, r.B)).ToList();

    public IReadOnlyList<(string EntityId, string DocumentKey, string NewId)> Splits(IKnowledgeUnitOfWork work) => prepared.Rows<TripleRow>(In(work),
            "SELECT entity_id AS A, document_key AS B, new_id AS C FROM kb_entity_splits")
        .Select(r => (r.A, r.B, r.C!)).ToList();

    public IReadOnlyList<string> Names(IKnowledgeUnitOfWork work, string entityId) => prepared.Query(In(work),
        "SELECT DISTINCT name FROM kb_names WHERE entity_id = @entityId", r => r.GetString(0), ("@entityId", entityId));

    public IReadOnlyList<(string List, string ListId)> DecidedLinks(IKnowledgeUnitOfWork work, string entityId) => prepared.Query(In(work),
        "SELECT list, list_id FROM kb_links WHERE entity_id = @entityId AND state IN ('confirmed', 'rejected')", r => (r.GetString(0), r.GetString(1)),
        ("@entityId", entityId));

    public IReadOnlyList<string> ConfirmedLists(IKnowledgeUnitOfWork work, string entityId) => prepared.Query(In(work),
        "SELECT list FROM kb_links WHERE entity_id = @entityId AND state = 'confirmed'", r => r.GetString(0), ("@entityId", entityId));

    public void ClearMachineLinks(IKnowledgeUnitOfWork work, string entityId) => prepared.Execute(In(work),
        "DELETE FROM kb_links WHERE entity_id = @entityId AND state IN ('automatic', 'probable', 'candidate')", ("@entityId", entityId));

    public void AddLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason) =>
        prepared.Execute(In(work),
            "INSERT INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason) VALUES (@entityId, @list, @listId, @score, @state, @matchedName, @reason)",
            ("@entityId", entityId), ("@list", list), ("@listId", listId), ("@score", score), ("@state", state), ("@matchedName", matchedName), ("@reason", reason));

    public IReadOnlyList<(string Entry, string Tier)> Tiers(IKnowledgeUnitOfWork? work, string entityId, string? list = null) => connection.Query<PairRow>(
            list is null
                ? "SELECT list || ':' || list_id AS A, tier AS B FROM kb_links WHERE entity_id = @entityId AND tier IS NOT NULL"
                : "SELECT list || ':' || list_id AS A, tier AS B FROM kb_links WHERE entity_id = @entityId AND tier IS NOT NULL AND list = @list",
            new { entityId, list }, InAny(work))
        .Select(r => (r.A, r.B)).ToList();

    public IReadOnlyList<(string Authority, string Payload, string? DateStart)> SanctionsStatements(IKnowledgeUnitOfWork? work, string entityId) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT label, payload, date_start FROM kb_claims
        WHERE subject_id = @entityId AND kind = 'sanctions' AND status <> 'rejected' AND label IS NOT NULL
        ORDER BY label, payload, date_start LIMIT 200
        """, r => (r.GetString(0), r.GetString(1), Text(r, 2)), ("@entityId", entityId));

    public IReadOnlyList<(string Title, string? Organization)> Roles(IKnowledgeUnitOfWork? work, string entityId) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT c.label, o.name FROM kb_claims c LEFT JOIN kb_entities o ON o.id = c.object_id
        WHERE c.subject_id = @entityId AND c.kind = 'role' AND c.status <> 'rejected' LIMIT 200
        """, r => (r.GetString(0), Text(r, 1)), ("@entityId", entityId));

    public IReadOnlyList<string> PlacesNamedWith(IKnowledgeUnitOfWork? work, string entityId, int sample) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT l.text FROM (SELECT document_key, sentence FROM kb_mentions WHERE entity_id = @entityId LIMIT @sample) m
        JOIN kb_mentions l ON l.document_key = m.document_key AND l.sentence = m.sentence AND l.type = 'Location'
        """, r => r.GetString(0), ("@entityId", entityId), ("@sample", sample));

    public IReadOnlyList<string> OrganizationsNamedWith(IKnowledgeUnitOfWork? work, string entityId, int sample) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT o.text FROM (SELECT document_key, sentence FROM kb_mentions WHERE entity_id = @entityId LIMIT @sample) m
        JOIN kb_mentions o ON o.document_key = m.document_key AND o.sentence = m.sentence AND o.type = 'Organization' LIMIT 100
        """, r => r.GetString(0), ("@entityId", entityId), ("@sample", sample));

    public IReadOnlyList<string> PlacesInReportsOf(IKnowledgeUnitOfWork? work, string entityId) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT l.text FROM kb_mentions l
        WHERE l.type = 'Location' AND l.document_key IN (SELECT DISTINCT document_key FROM kb_mentions WHERE entity_id = @entityId LIMIT 20) LIMIT 200
        """, r => r.GetString(0), ("@entityId", entityId));

    public IReadOnlyList<(string Relation, string List, string ListId)> RelativesLinks(IKnowledgeUnitOfWork? work, string entityId) => prepared.Query(InAny(work),
        """
        SELECT DISTINCT c.label, l.list, l.list_id FROM kb_claims c
        JOIN kb_links l ON l.entity_id = CASE WHEN c.subject_id = @entityId THEN c.object_id ELSE c.subject_id END AND l.tier IS NOT NULL
        WHERE (c.subject_id = @entityId OR c.object_id = @entityId) AND c.kind = 'family' AND c.status <> 'rejected' LIMIT 200
        """, r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("@entityId", entityId));

    public IReadOnlyList<MentionWindow> MentionWindows(IKnowledgeUnitOfWork? work, string entityId, int sample, int window) => prepared.Query(InAny(work),
        """
        SELECT substr(t.text, max(1, m.start - (@window - 1)), min(m.start, @window)), substr(t.text, m.end + 1, @window), d.published,
               (SELECT COUNT(*) FROM kb_mentions o WHERE o.document_key = m.document_key AND o.sentence = m.sentence AND o.type = 'Person' AND o.entity_id IS NOT @entityId)
        FROM (SELECT document_key, start, end, sentence FROM kb_mentions WHERE entity_id = @entityId AND type = 'Person' LIMIT @sample) m
        JOIN kb_document_texts t ON t.document_key = m.document_key JOIN kb_documents d ON d.key = m.document_key
        """, r => new MentionWindow { Before = r.GetString(0), After = r.GetString(1), Published = Text(r, 2), OtherPeople = r.GetInt32(3) },
        ("@entityId", entityId), ("@sample", sample), ("@window", window));

    public int MentionCount(IKnowledgeUnitOfWork work, string entityId, int atMost) => prepared.Query(In(work),
        "SELECT COUNT(*) FROM (SELECT 1 FROM kb_mentions WHERE entity_id = @entityId LIMIT @atMost) m",
        r => (int)r.GetInt64(0), ("@entityId", entityId), ("@atMost", atMost))[0];

    public bool AddsLinkEvidence(IKnowledgeUnitOfWork work, string entityId, string documentKey) => prepared.Query(In(work),
        """
        SELECT 1 FROM kb_names n WHERE n.entity_id = @entityId AND n.document_key = @documentKey
            AND NOT EXISTS (SELECT 1 FROM kb_names o WHERE o.entity_id = @entityId AND o.name = n.name AND o.document_key <> @documentKey)
        UNION ALL
        SELECT 1 FROM kb_claims c WHERE c.document_key = @documentKey AND c.kind IN ('sanctions', 'role', 'family')
            AND (c.subject_id = @entityId OR c.object_id = @entityId)
            AND (c.kind = 'family' OR NOT EXISTS (
                SELECT 1 FROM kb_claims o WHERE o.subject_id = c.subject_id AND o.kind = c.kind AND o.document_key <> @documentKey AND o.status <> 'rejected'
                    AND COALESCE(o.label, '') = COALESCE(c.label, '') AND COALESCE(o.object_id, '') = COALESCE(c.object_id, '')
                    AND (c.kind = 'role' OR o.payload = c.payload AND COALESCE(o.date_start, '') = COALESCE(c.date_start, ''))))
        LIMIT 1
        """, r => true, ("@entityId", entityId), ("@documentKey", documentKey)).Count > 0;

    public string? EntityWithNorm(string norm) =>
        connection.ExecuteScalar<string?>("SELECT entity_id FROM kb_names WHERE norm = @norm LIMIT 1", new { norm });

    /// <summary>Rows of two or three text columns, aliased <c>A</c>, <c>B</c>, <c>C</c> in select order.</summary>
    private sealed record PairRow
    {
        public required string A { get; init; }
        public required string B { get; init; }
    }

    private sealed record TripleRow
    {
        public required string A { get; init; }
        public required string B { get; init; }
        public string? C { get; init; }
    }
}
