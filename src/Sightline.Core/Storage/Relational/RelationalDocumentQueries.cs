using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IDocumentQueries"/> on the knowledge-base tables, in SQL both databases read alike (ADR-045).</summary>
internal sealed class RelationalDocumentQueries(RelationalConnection db) : IDocumentQueries
{
    private readonly DbConnection connection = db.Connection;
    private readonly string _listingColumns = ListingSelect(db.Dialect) + " FROM kb_documents d LEFT JOIN kb_document_texts t ON t.document_key = d.key";

    /// <summary>The columns of a <see cref="DocumentListing"/>, of the report <c>d</c> (<c>kb_documents</c>) and its kept
    /// text <c>t</c> (<c>kb_document_texts</c>); each store's search lists its hits with them.</summary>
    internal static string ListingSelect(SqlDialect dialect) => $"""
        SELECT d.key AS Key, t.id AS Id, d.title AS Title, d.publisher AS Publisher, d.published AS Published, d.source_url AS SourceUrl, d.path AS Path,
               d.status AS Status, d.diagnostic AS Diagnostic, (SELECT COUNT(*) FROM kb_claims c WHERE c.document_key = d.key) AS Claims,
               (SELECT COUNT(*) FROM alerts a WHERE {AlertsOfDocument.Condition(dialect, "a", "d.key")}) AS Alerts
        """;

    public IReadOnlyList<DocumentListing> List(int limit) => connection.Query<DocumentListing>(
        _listingColumns + " ORDER BY d.ingested_at DESC, d.key LIMIT @limit", new { limit }).AsList();

    public DocumentListing? Listing(string documentKey) => connection.QueryFirstOrDefault<DocumentListing>(
        _listingColumns + " WHERE d.key = @documentKey", new { documentKey });

    public DocumentText? Text(string documentId) => connection.QueryFirstOrDefault<DocumentText>(
        """
        SELECT d.key AS Key, d.version AS Version, d.path AS Path, d.title AS Title, d.publisher AS Publisher, d.published AS Published,
               d.source_url AS SourceUrl, d.language AS Language, d.status AS Status, d.diagnostic AS Diagnostic, d.ingested_at AS IngestedAt, t.text AS Text
        FROM kb_document_texts t JOIN kb_documents d ON d.key = t.document_key WHERE t.id = @documentId
        """, new { documentId });

    public IReadOnlyList<DocumentMention> Mentions(string documentKey) => connection.Query<DocumentMention>(
        "SELECT start AS Start, \"end\" AS End, type AS Type, text AS Text, sentence AS Sentence, entity_id AS EntityId FROM kb_mentions WHERE document_key = @documentKey ORDER BY start",
        new { documentKey }).AsList();

    public IReadOnlyList<DocumentClaim> Claims(string documentKey) => connection.Query<DocumentClaim>(
        """
        SELECT c.id AS Id, c.kind AS Kind, c.label AS Label, c.subject_id AS SubjectId, c.object_id AS ObjectId,
               (SELECT ec.event_id FROM kb_event_claims ec WHERE ec.claim_id = c.id) AS EventId, c.date_value AS Date,
               c.sentence AS Sentence, c.start AS Start, c."end" AS End, c.evidence AS Evidence, c.attributed_to AS AttributedTo,
               c.confidence AS Confidence, c.status AS Status, c.payload AS Payload
        FROM kb_claims c WHERE c.document_key = @documentKey ORDER BY c.start, c.id
        """, new { documentKey }).AsList();

    public DocumentExtraction Extraction(string documentKey)
    {
        var claims = connection.Query<KindCount>(
            "SELECT kind AS Kind, COUNT(*) AS Count FROM kb_claims WHERE document_key = @documentKey GROUP BY kind ORDER BY kind", new { documentKey });
        var entities = connection.Query<IdName>(
            "SELECT DISTINCT m.entity_id AS Id, e.name AS Name FROM kb_mentions m JOIN kb_entities e ON e.id = m.entity_id WHERE m.document_key = @documentKey ORDER BY e.name, m.entity_id",
            new { documentKey });
        var mentions = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM kb_mentions WHERE document_key = @documentKey", new { documentKey });
        return new DocumentExtraction(mentions, claims.Select(c => (c.Kind, (int)c.Count)).ToList(), entities.Select(e => (e.Id, e.Name)).ToList());
    }

    public string? KeyOf(string documentId) =>
        connection.ExecuteScalar<string?>("SELECT document_key FROM kb_document_texts WHERE id = @documentId", new { documentId });

    public IReadOnlyList<DocumentPath> Paths() =>
        connection.Query<DocumentPathRow>("SELECT key AS Key, path AS Path FROM kb_documents ORDER BY key").Select(r => new DocumentPath(r.Key, r.Path)).ToList();

    private sealed record KindCount
    {
        public required string Kind { get; init; }
        public long Count { get; init; }
    }

    private sealed record IdName
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
    }

    private sealed record DocumentPathRow
    {
        public required string Key { get; init; }
        public required string Path { get; init; }
    }
}
