using Dapper;
using Npgsql;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Postgres;

/// <summary><see cref="ISearchQueries"/> on the PostgreSQL database (migration 2, ADR-040): the reports' words in the
/// tsvectors of <c>kb_search_documents</c> (GIN), the names in the pg_trgm index on <c>kb_names.norm</c>; the same hits
/// in the same order as <see cref="Sqlite.SqliteSearchQueries"/>.</summary>
internal sealed class PostgresSearchQueries(NpgsqlConnection connection) : ISearchQueries
{
    public IReadOnlyList<DocumentListing> Documents(TextSearch search, int limit)
    {
        var parameters = new DynamicParameters(new { limit, all = string.Join(" & ", search.Words.Select(Lexeme)) });
        var inTitle = new List<string>();
        for (var i = 0; i < search.Words.Count; i++)
        {
            parameters.Add($"title{i}", Lexeme(search.Words[i]));
            inTitle.Add($"(s.title @@ CAST(@title{i} AS tsquery))::int");
        }
        return connection.Query<DocumentListing>(
            $"""
             {RelationalDocumentQueries.ListingSelect(PostgresDialect.Instance)}, {string.Join(" + ", inTitle)} AS title_words
             FROM kb_search_documents s JOIN kb_documents d ON d.key = s.document_key JOIN kb_document_texts t ON t.document_key = d.key
             WHERE s.words @@ CAST(@all AS tsquery)
             ORDER BY title_words DESC, d.published IS NULL, d.published COLLATE "C" DESC, t.id COLLATE "C" LIMIT @limit
             """, parameters).AsList();
    }

    public IReadOnlyList<NameHit> Names(NameSearch search, int limit)
    {
        var parameters = new DynamicParameters(new { limit, whole = search.Whole });
        var holds = new List<string>();
        var whole = new List<string>();
        for (var i = 0; i < search.Words.Count; i++)
        {
            parameters.Add($"part{i}", $"%{search.Words[i]}%");
            parameters.Add($"word{i}", $"% {search.Words[i]} %");
            holds.Add($"norm LIKE @part{i}");
            whole.Add($"(' ' || n.norm || ' ') LIKE @word{i}");
        }
        // One row an entity, its best-fitting name; the order below is ADR-040's and SqliteSearchQueries' too.
        var exact = "CASE WHEN n.norm = @whole THEN 0 ELSE 1 END";
        var allWhole = $"CASE WHEN {string.Join(" AND ", whole)} THEN 0 ELSE 1 END";
        return connection.Query<NameHit>(
            $"""
             SELECT entity_id AS EntityId, name AS Name, kind AS Kind, matched AS Matched FROM (
                 SELECT n.entity_id, e.name, e.schema AS kind, n.norm AS matched, {exact} AS exact, {allWhole} AS whole, length(n.norm) AS length,
                        ROW_NUMBER() OVER (PARTITION BY n.entity_id ORDER BY {exact}, {allWhole}, length(n.norm), n.norm COLLATE "C") AS best
                 FROM (SELECT DISTINCT entity_id, norm FROM kb_names WHERE {string.Join(" AND ", holds)}) n JOIN kb_entities e ON e.id = n.entity_id) hits
             WHERE best = 1 ORDER BY exact, whole, length, name COLLATE "C", entity_id COLLATE "C" LIMIT @limit
             """, parameters).AsList();
    }

    public void Reindex(IKnowledgeUnitOfWork work) => PostgresSearchIndex.Rebuild(connection, PostgresUnitOfWork.Of(work, connection));

    /// <summary>A word as a tsquery lexeme, taken as it is: the words hold letters and digits only, so quoting is all it needs.</summary>
    private static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
