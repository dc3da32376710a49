using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Events;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// Migration 11: the reports of an older database get the keys of ADR-032. A report keyed by the file it was read from
/// becomes <c>text:</c> and the hash of its kept text (a report stored before texts were kept: of its version); one that
/// could not be read, <c>file:</c> and its file name. Every report's path becomes its file name, its title the headline
/// of its text when it had none, and the file it was read from its <c>location</c>. Reports keyed by an address keep
/// their key. The key is renamed everywhere a report is named: mentions, names, claims, kept texts (with their
/// <c>D-</c> id), analysts' splits and decisions, alerts. Two reports of the same text under two paths are merged into
/// the one ingested first: the other's claims, mentions and names are removed (an analyst's decision on one of its
/// claims goes to the same claim of the one kept), its events counted again, and entities only it named removed.
/// </summary>
internal static class SqliteDocumentRekeying
{
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        var rows = connection.Query<Row>(
            """
            SELECT d.key AS Key, d.version AS Version, d.path AS Path, d.title AS Title, d.status AS Status, t.text AS Text
            FROM kb_documents d LEFT JOIN kb_document_texts t ON t.document_key = d.key ORDER BY d.ingested_at, d.key
            """, transaction: transaction).AsList();
        var taken = rows.Where(r => r.Key != r.Path).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var work = SqliteUnitOfWork.Joining(connection, transaction);
        using var prepared = new SqlitePreparedStatements(connection);
        var ingest = new SqliteIngestStore(connection, prepared);
        var events = new SqliteEventStore(connection, prepared, datedPairs: false); // the schema of migration 11
        foreach (var row in rows)
        {
            var textHash = row.Text is null ? null : TextNormalizer.Version(row.Text);
            var key = row.Key == row.Path ? NewKey(row) : row.Key;
            connection.Execute(
                "UPDATE kb_documents SET path = @shown, location = @location, text_hash = @textHash, title = COALESCE(title, @title) WHERE key = @old",
                new { old = row.Key, shown = FileName(row.Path), location = row.Path, textHash, title = row.Text is null ? null : TitleFinder.Find(row.Text) }, transaction);
            if (key == row.Key) continue;
            if (!taken.Add(key))
            {
                Merge(connection, transaction, work, ingest, events, row.Key, key);
                continue;
            }
            Rename(connection, transaction, row.Key, key);
        }
    }

    private static string NewKey(Row row) =>
        row.Text is not null ? DocumentKeys.Content(row.Text)
        : row.Status == "failed" && row.Version.Length == 0 ? "file:" + FileName(row.Path)
        : DocumentKeys.ContentPrefix + row.Version;

    /// <summary>Names the report <paramref name="key"/> wherever it was named <paramref name="old"/>.</summary>
    private static void Rename(SqliteConnection connection, SqliteTransaction transaction, string old, string key)
    {
        var names = new { old, key, id = StableIds.Document(key) };
        foreach (var sql in new[]
                 {
                     "UPDATE kb_documents SET key = @key WHERE key = @old",
                     "UPDATE kb_document_texts SET document_key = @key, id = @id WHERE document_key = @old",
                     "UPDATE kb_mentions SET document_key = @key WHERE document_key = @old",
                     "UPDATE kb_names SET document_key = @key WHERE document_key = @old",
                     "UPDATE kb_claims SET document_key = @key WHERE document_key = @old",
                     "UPDATE OR IGNORE kb_entity_splits SET document_key = @key WHERE document_key = @old",
                 })
            connection.Execute(sql, names, transaction);
        Mentioned(connection, transaction, old, key);
    }

    /// <summary>Folds the report <paramref name="old"/> into <paramref name="key"/>, which holds the same text.</summary>
    private static void Merge(SqliteConnection connection, SqliteTransaction transaction, Knowledge.Storage.IKnowledgeUnitOfWork work, SqliteIngestStore ingest,
        SqliteEventStore events, string old, string key)
    {
        connection.Execute(
            """
            UPDATE kb_claims SET status = (SELECT d.status FROM kb_claims d
                WHERE d.document_key = @old AND d.status <> 'unreviewed' AND d.kind = kb_claims.kind AND d.evidence = kb_claims.evidence AND d.payload = kb_claims.payload)
            WHERE document_key = @key AND status = 'unreviewed' AND EXISTS (SELECT 1 FROM kb_claims d
                WHERE d.document_key = @old AND d.status <> 'unreviewed' AND d.kind = kb_claims.kind AND d.evidence = kb_claims.evidence AND d.payload = kb_claims.payload)
            """, new { old, key }, transaction);
        var fed = ingest.EventsOfDocument(work, old);
        var named = ingest.EntitiesNamedIn(work, old);
        ingest.RemoveContent(work, old);
        foreach (var eventId in fed) EventGrouper.Refresh(events, work, eventId);
        foreach (var (id, _) in named)
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM kb_names WHERE entity_id = @id", new { id }, transaction) == 0 && !ingest.HasDecidedLinks(work, id))
                ingest.DeleteEntity(work, id);
        connection.Execute("DELETE FROM kb_document_texts WHERE document_key = @old", new { old }, transaction);
        connection.Execute("DELETE FROM kb_documents WHERE key = @old", new { old }, transaction);
        connection.Execute("UPDATE OR IGNORE kb_entity_splits SET document_key = @key WHERE document_key = @old", new { old, key }, transaction);
        connection.Execute("DELETE FROM kb_entity_splits WHERE document_key = @old", new { old }, transaction);
        Mentioned(connection, transaction, old, key);
    }

    /// <summary>Puts the new key in place of the old one in analysts' decisions and alerts (their subject, summary and the
    /// JSON payload, where the old key may be written with escapes).</summary>
    private static void Mentioned(SqliteConnection connection, SqliteTransaction transaction, string old, string key)
    {
        var json = JsonSerializer.Serialize(old)[1..^1];
        var jsonKey = JsonSerializer.Serialize(key)[1..^1];
        var names = new { old, key, json, jsonKey };
        connection.Execute("UPDATE kb_decisions SET detail = replace(detail, @old, @key) WHERE instr(detail, @old) > 0", names, transaction);
        connection.Execute(
            """
            UPDATE OR IGNORE alerts SET subject = replace(subject, @old, @key), summary = replace(summary, @old, @key),
                payload = replace(replace(payload, @json, @jsonKey), @old, @key)
            WHERE instr(subject, @old) > 0 OR instr(summary, @old) > 0 OR instr(payload, @json) > 0 OR instr(payload, @old) > 0
            """, names, transaction);
        // An alert whose renamed subject is already another's (the same mention in the kept copy) is that alert.
        var left = connection.Query<string>("SELECT id FROM alerts WHERE instr(subject, @old) > 0", names, transaction).AsList();
        foreach (var id in left)
        {
            connection.Execute("DELETE FROM alert_deliveries WHERE alert_id = @id", new { id }, transaction);
            connection.Execute("DELETE FROM alerts WHERE id = @id", new { id }, transaction);
        }
    }

    /// <summary>The last part of a local path (either slash).</summary>
    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private sealed record Row
    {
        public required string Key { get; init; }
        public required string Version { get; init; }
        public required string Path { get; init; }
        public string? Title { get; init; }
        public required string Status { get; init; }
        public string? Text { get; init; }
    }
}
