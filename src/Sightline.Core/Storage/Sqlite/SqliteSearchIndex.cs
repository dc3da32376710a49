using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Search;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// Writes a report's words into the full-text index of the SQLite file (<c>kb_search_documents</c>, migration 13,
/// ADR-040): the words of its title and kept text as <see cref="SearchTerms"/> cuts them, under the report's row number
/// in <c>kb_search_document_rows</c>. The names' index is kept by triggers and needs nothing from here.
/// </summary>
internal static class SqliteSearchIndex
{
    /// <summary>Indexes the report stored under <paramref name="documentKey"/> again, from its title and kept text as
    /// stored now; a report without a kept text leaves the index.</summary>
    public static void Index(SqlitePreparedStatements prepared, SqliteTransaction transaction, string documentKey)
    {
        var row = prepared.Row<long?>(transaction, "SELECT id FROM kb_search_document_rows WHERE document_key = @documentKey", new { documentKey });
        if (row is { } old) prepared.Run(transaction, "DELETE FROM kb_search_documents WHERE rowid = @old", new { old });
        var stored = prepared.Row<StoredText>(transaction,
            "SELECT d.title AS Title, t.text AS Text FROM kb_document_texts t JOIN kb_documents d ON d.key = t.document_key WHERE t.document_key = @documentKey",
            new { documentKey });
        if (stored is null)
        {
            if (row is not null) prepared.Run(transaction, "DELETE FROM kb_search_document_rows WHERE document_key = @documentKey", new { documentKey });
            return;
        }
        var id = row ?? prepared.Row<long>(transaction, "INSERT INTO kb_search_document_rows (document_key) VALUES (@documentKey) RETURNING id", new { documentKey });
        prepared.Run(transaction, "INSERT INTO kb_search_documents (rowid, title, body) VALUES (@id, @title, @body)",
            new { id, title = Words(stored.Title), body = Words(stored.Text) });
    }

    /// <summary>Migration 13's step: indexes every report stored with a kept text.</summary>
    public static void Backfill(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var prepared = new SqlitePreparedStatements(connection);
        foreach (var key in connection.Query<string>("SELECT document_key FROM kb_document_texts ORDER BY document_key", transaction: transaction).AsList())
            Index(prepared, transaction, key);
    }

    /// <summary>Empties both indexes and fills them again from <c>kb_document_texts</c> and <c>kb_names</c>.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute(
            """
            DELETE FROM kb_search_documents;
            DELETE FROM kb_search_document_rows;
            DELETE FROM kb_search_name_rows;
            INSERT INTO kb_search_name_rows (entity_id, norm) SELECT DISTINCT entity_id, norm FROM kb_names;
            INSERT INTO kb_search_names (kb_search_names) VALUES ('rebuild');
            """, transaction: transaction);
        Backfill(connection, transaction);
    }

    /// <summary>The distinct words of a text, joined by spaces: FTS5's <c>ascii</c> tokenizer cuts them back into exactly
    /// these words, as they hold no ASCII character but letters and digits.</summary>
    private static string Words(string? text) => string.Join(' ', SearchTerms.Distinct(text));

    private sealed record StoredText
    {
        public string? Title { get; init; }
        public required string Text { get; init; }
    }
}
