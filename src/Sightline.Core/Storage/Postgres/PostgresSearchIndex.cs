using Dapper;
using Npgsql;
using Sightline.Knowledge.Search;

namespace Sightline.Storage.Postgres;

/// <summary>
/// Writes a report's words into the full-text index of the PostgreSQL database (<c>kb_search_documents</c>, migration 2,
/// ADR-040): the words of its title, and of its title and kept text together, as <see cref="SearchTerms"/> cuts them,
/// made lexemes as they are (<c>array_to_tsvector</c>: PostgreSQL's parser never cuts them again). The names need
/// nothing from here: their trigram index is on <c>kb_names.norm</c> itself.
/// </summary>
internal static class PostgresSearchIndex
{
    /// <summary>Indexes the report stored under <paramref name="documentKey"/> again, from its title and kept text as
    /// stored now; a report without a kept text leaves the index.</summary>
    public static void Index(NpgsqlConnection connection, NpgsqlTransaction transaction, string documentKey)
    {
        var stored = connection.QueryFirstOrDefault<StoredText>(
            "SELECT d.title AS Title, t.text AS Text FROM kb_document_texts t JOIN kb_documents d ON d.key = t.document_key WHERE t.document_key = @documentKey",
            new { documentKey }, transaction);
        if (stored is null)
        {
            connection.Execute("DELETE FROM kb_search_documents WHERE document_key = @documentKey", new { documentKey }, transaction);
            return;
        }
        var title = SearchTerms.Distinct(stored.Title);
        var words = title.Union(SearchTerms.Distinct(stored.Text), StringComparer.Ordinal).ToArray();
        connection.Execute(
            """
            INSERT INTO kb_search_documents (document_key, title, words) VALUES (@documentKey, array_to_tsvector(@title), array_to_tsvector(@words))
            ON CONFLICT (document_key) DO UPDATE SET title = excluded.title, words = excluded.words
            """, new { documentKey, title = title.ToArray(), words }, transaction);
    }

    /// <summary>Migration 2's step: indexes every report stored with a kept text.</summary>
    public static void Backfill(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        foreach (var key in connection.Query<string>("SELECT document_key FROM kb_document_texts ORDER BY document_key", transaction: transaction).AsList())
            Index(connection, transaction, key);
    }

    /// <summary>Empties the reports' index and fills it again from <c>kb_document_texts</c>; the names' index is
    /// PostgreSQL's own, on <c>kb_names</c>.</summary>
    public static void Rebuild(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        connection.Execute("DELETE FROM kb_search_documents", transaction: transaction);
        Backfill(connection, transaction);
    }

    private sealed record StoredText
    {
        public string? Title { get; init; }
        public required string Text { get; init; }
    }
}
