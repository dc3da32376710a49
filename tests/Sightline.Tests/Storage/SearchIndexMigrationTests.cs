using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge.Search;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>Migration 13 on a database as migration 12 left it: the reports and names stored before are found by search.</summary>
public sealed class SearchIndexMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_and_names_stored_before_the_index_are_found()
    {
        var path = _folder.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteMigrations.ApplyUpTo(connection, 12, _clock.GetUtcNow());
            connection.Run(null, """
                INSERT INTO kb_documents (key, version, path, title, published, status, ingested_at) VALUES
                  ('https://wire.example/a', 'v1', 'a.txt', 'Ferry talks resume', '2025-01-02', 'ingested', '2026-01-01T00:00:00Z'),
                  ('https://wire.example/b', 'v2', 'b.txt', NULL, NULL, 'ingested', '2026-01-02T00:00:00Z');
                INSERT INTO kb_document_texts (document_key, id, text) VALUES
                  ('https://wire.example/a', 'D-a', 'Negotiators from Ostrava met at the ferry terminal.'),
                  ('https://wire.example/b', 'D-b', 'The ferry to Ostrava was cancelled again.');
                INSERT INTO kb_entities (id, schema, name) VALUES ('P-old', 'Person', 'Oskar Brenneke');
                INSERT INTO kb_names (entity_id, name, norm, document_key) VALUES ('P-old', 'Oskar Brenneke', 'oskar brenneke', 'https://wire.example/a');
                """);
        }
        using var store = KnowledgeBase.Open(path, _clock);
        Assert.Equal(["D-a", "D-b"], store.Search.Documents(TextSearch.Parse("ferry ostrava")!, 10).Select(d => d.Id));
        Assert.Equal("P-old", Assert.Single(store.Search.Names(NameSearch.Parse("brenn")!, 10)).EntityId);
    }
}
