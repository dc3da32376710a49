using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>Migration 11 on a database as migration 10 left it: reports keyed by their absolute paths get the keys of
/// ADR-032 everywhere they are named, and two paths holding the same text become one report.</summary>
public sealed class DocumentRekeyingMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    private const string Text = "Governor Selim Varga met the envoy Petra Lindqvist in Mosul on May 2, 2024.\n\nThey spoke of the dam.";

    /// <summary>A database at schema 10 with three reports: two copies of one text under two absolute paths (the second
    /// ingested later, its meeting claim in the same event and an analyst's decision on it), and one report with an
    /// address.</summary>
    private string OldDatabase()
    {
        var path = _folder.File("old.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        SqliteMigrations.ApplyUpTo(connection, 10, _clock.GetUtcNow());
        var first = "/home/analyst/reports/varga.txt";
        var copy = "/tmp/build/bin/samples/varga.txt";
        Exec(connection, """
            INSERT INTO kb_documents (key, version, path, title, publisher, published, language, status, ingested_at) VALUES
              ($first, 'v1', $first, NULL, 'Example Wire', '2024-05-03', 'en', 'ingested', '2026-01-01T00:00:00Z'),
              ($copy, 'v1', $copy, NULL, 'Example Wire', '2024-05-03', 'en', 'ingested', '2026-02-01T00:00:00Z'),
              ('https://news.example/varga', 'v2', '/home/analyst/web/varga.html', 'Varga in Mosul', NULL, NULL, 'en', 'ingested', '2026-03-01T00:00:00Z'),
              ('/home/analyst/reports/broken.pdf', '', '/home/analyst/reports/broken.pdf', NULL, NULL, NULL, NULL, 'failed', '2026-03-02T00:00:00Z');
            INSERT INTO kb_document_texts (document_key, id, text) VALUES ($first, 'D-old1', $text), ($copy, 'D-old2', $text);
            INSERT INTO kb_entities (id, schema, name) VALUES ('P-varga', 'Person', 'Selim Varga'), ('P-only-copy', 'Person', 'Petra Lindqvist');
            INSERT INTO kb_names (entity_id, name, norm, document_key) VALUES ('P-varga', 'Selim Varga', 'selim varga', $first),
              ('P-varga', 'Selim Varga', 'selim varga', $copy), ('P-only-copy', 'Petra Lindqvist', 'petra lindqvist', $copy);
            INSERT INTO kb_mentions (document_key, start, end, type, text, sentence, chain, entity_id) VALUES
              ($first, 9, 20, 'Person', 'Selim Varga', 0, 0, 'P-varga'), ($copy, 9, 20, 'Person', 'Selim Varga', 0, 0, 'P-varga');
            INSERT INTO kb_claims (id, document_key, kind, sentence, start, end, evidence, attributed_to, confidence, status, payload) VALUES
              ('C-first', $first, 'meeting', 0, 0, 75, 'Governor Selim Varga met the envoy.', 'report', 0.9, 'unreviewed', '{}'),
              ('C-copy', $copy, 'meeting', 0, 0, 75, 'Governor Selim Varga met the envoy.', 'report', 0.9, 'confirmed', '{}');
            INSERT INTO kb_events (id, kind, reports, sources) VALUES ('M-event', 'met', 2, 2);
            INSERT INTO kb_event_claims (claim_id, event_id) VALUES ('C-first', 'M-event'), ('C-copy', 'M-event');
            INSERT INTO kb_event_parties (event_id, party_key, entity_id, name) VALUES ('M-event', 'P-varga', 'P-varga', 'Selim Varga'), ('M-event', 'office:envoy', NULL, 'the envoy');
            INSERT INTO kb_claim_parties (claim_id, position, party_key, entity_id, name, kind, via) VALUES
              ('C-first', 0, 'P-varga', 'P-varga', 'Selim Varga', 'Named', 'name'), ('C-first', 1, 'office:envoy', NULL, 'the envoy', 'OfficeHolder', 'name'),
              ('C-copy', 0, 'P-varga', 'P-varga', 'Selim Varga', 'Named', 'name'), ('C-copy', 1, 'office:envoy', NULL, 'the envoy', 'OfficeHolder', 'name');
            INSERT INTO alerts (id, rule, subject, summary, payload, revision, raised_at, updated_at) VALUES
              ('A-1', 'sanctioned-meeting', 'M-event', 'Selim Varga met the envoy', '{"evidence":[{"document":"' || $first || '"}]}', 1, 'x', 'x');
            """, ("$first", first), ("$copy", copy), ("$text", Text));
        return path;
    }

    private static void Exec(SqliteConnection connection, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "NULL" : reader.GetValue(0).ToString()!);
        return values;
    }

    [Fact]
    public void Old_reports_get_their_new_keys_and_copies_of_one_text_become_one()
    {
        var path = OldDatabase();
        using var connection = SqliteDatabase.Open(path, _clock);
        var key = DocumentKeys.Content(Text);

        Assert.Equal(["file:broken.pdf", "https://news.example/varga", key], Column(connection, "SELECT key FROM kb_documents ORDER BY key"));
        Assert.Equal(["broken.pdf", "varga.html", "varga.txt"], Column(connection, "SELECT path FROM kb_documents ORDER BY path"));
        Assert.Equal("Governor Selim Varga met the envoy Petra Lindqvist in Mosul on May 2, 2024.", Column(connection, $"SELECT title FROM kb_documents WHERE key = '{key}'").Single());
        Assert.Equal("/home/analyst/reports/varga.txt", Column(connection, $"SELECT location FROM kb_documents WHERE key = '{key}'").Single());
        Assert.Equal([StableIds.Document(key)], Column(connection, "SELECT id FROM kb_document_texts"));
        // Every row that named either copy names the one report; the copy's own rows are gone.
        foreach (var table in new[] { "kb_mentions", "kb_names", "kb_claims" })
            Assert.Equal([key], Column(connection, $"SELECT DISTINCT document_key FROM {table}"));
        Assert.Equal(["C-first"], Column(connection, "SELECT id FROM kb_claims"));
        Assert.Equal(["confirmed"], Column(connection, "SELECT status FROM kb_claims")); // the analyst's decision on the copy's claim
        Assert.Equal(["1"], Column(connection, "SELECT reports FROM kb_events WHERE id = 'M-event'"));
        Assert.Equal(["P-varga"], Column(connection, "SELECT id FROM kb_entities")); // named by the copy alone
        var payload = Column(connection, "SELECT payload FROM alerts").Single();
        Assert.DoesNotContain("/home/analyst", payload);
        Assert.Contains(key, payload);
        Assert.Equal(["1"], Column(connection, "SELECT COUNT(*) FROM schema_migrations WHERE version = 11"));
        Assert.Equal(["ok"], Column(connection, "PRAGMA integrity_check"));
    }

    public void Dispose() => _folder.Dispose();
}
