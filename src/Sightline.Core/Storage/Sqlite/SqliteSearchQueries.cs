using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="ISearchQueries"/> on the FTS5 tables of the SQLite file (migration 13, ADR-040): the reports'
/// words in <c>kb_search_documents</c>, the names' trigrams in <c>kb_search_names</c>.</summary>
internal sealed class SqliteSearchQueries(SqliteConnection connection) : ISearchQueries
{
    public IReadOnlyList<DocumentListing> Documents(TextSearch search, int limit)
    {
        var parameters = new DynamicParameters(new { limit, all = string.Join(' ', search.Words.Select(Quoted)) });
        var inTitle = new List<string>();
        for (var i = 0; i < search.Words.Count; i++)
        {
            parameters.Add($"title{i}", "title : " + Quoted(search.Words[i]));
            inTitle.Add($"(CASE WHEN r.id IN (SELECT rowid FROM kb_search_documents WHERE kb_search_documents MATCH @title{i}) THEN 1 ELSE 0 END)");
        }
        return connection.Query<DocumentListing>(
            $"""
             {RelationalDocumentQueries.ListingSelect(SqliteDialect.Instance)}, {string.Join(" + ", inTitle)} AS TitleWords
             FROM kb_search_documents s JOIN kb_search_document_rows r ON r.id = s.rowid
             JOIN kb_documents d ON d.key = r.document_key JOIN kb_document_texts t ON t.document_key = d.key
             WHERE kb_search_documents MATCH @all
             ORDER BY TitleWords DESC, d.published IS NULL, d.published DESC, t.id LIMIT @limit
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
            holds.Add($"s.norm LIKE @part{i}");
            whole.Add($"(' ' || r.norm || ' ') LIKE @word{i}");
        }
        // One row an entity, its best-fitting name; the order below is ADR-040's and PostgresSearchQueries' too.
        return connection.Query<NameHit>(
            $"""
             SELECT EntityId, Name, Kind, Matched FROM (
                 SELECT r.entity_id AS EntityId, e.name AS Name, e.schema AS Kind, r.norm AS Matched,
                        CASE WHEN r.norm = @whole THEN 0 ELSE 1 END AS Exact,
                        CASE WHEN {string.Join(" AND ", whole)} THEN 0 ELSE 1 END AS Whole,
                        length(r.norm) AS Length,
                        ROW_NUMBER() OVER (PARTITION BY r.entity_id ORDER BY CASE WHEN r.norm = @whole THEN 0 ELSE 1 END,
                            CASE WHEN {string.Join(" AND ", whole)} THEN 0 ELSE 1 END, length(r.norm), r.norm) AS n
                 FROM kb_search_names s JOIN kb_search_name_rows r ON r.id = s.rowid JOIN kb_entities e ON e.id = r.entity_id
                 WHERE {string.Join(" AND ", holds)})
             WHERE n = 1 ORDER BY Exact, Whole, Length, Name, EntityId LIMIT @limit
             """, parameters).AsList();
    }

    public void Reindex(IKnowledgeUnitOfWork work) => SqliteSearchIndex.Rebuild(connection, SqliteUnitOfWork.Of(work, connection));

    /// <summary>A word as an FTS5 string: the words hold letters and digits only, so quoting is all it needs.</summary>
    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
