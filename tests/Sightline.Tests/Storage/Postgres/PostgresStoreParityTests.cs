using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Import;
using Sightline.Lists;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>
/// The same work gives the same results on both stores (ADR-039): the bundled lists imported through the pipeline read
/// back entry for entry, and the seed reports ingested after them give the same entities, claims, meeting events, links
/// and alerts, the alert rules included.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class PostgresStoreParityTests : IDisposable
{
    private static readonly string Seeds = Path.Combine(Repository.Root, "..", "shared", "corpus", "seeds", "docs");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_bundled_lists_read_back_the_same_from_both_stores()
    {
        using var postgres = PostgresTestDatabase.CreateEmpty();
        var sqlite = _folder.File("lists.db");
        var onSqlite = ImportBundled(sqlite);
        var onPostgres = ImportBundled(postgres.Address);

        Assert.Equal(onSqlite.Select(v => (v.List, v.Number, v.Counts, v.ContentHash)), onPostgres.Select(v => (v.List, v.Number, v.Counts, v.ContentHash)));
        using var sqliteLists = Stores.OpenLists(sqlite, TimeProvider.System);
        using var postgresLists = Stores.OpenLists(postgres.Address, TimeProvider.System);
        foreach (var (s, p) in sqliteLists.ActiveVersions().Zip(postgresLists.ActiveVersions()))
        {
            Assert.True(s.Counts.Total > 0);
            Assert.Equal(sqliteLists.EntryHashes(s.Id).OrderBy(e => e.Key, StringComparer.Ordinal), postgresLists.EntryHashes(p.Id).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Equal(sqliteLists.Entries(s.Id).Select(e => (e.Id, e.Name, e.Names.Count)), postgresLists.Entries(p.Id).Select(e => (e.Id, e.Name, e.Names.Count)));
        }
        var entry = sqliteLists.ActiveVersions()[0];
        var id = sqliteLists.Entries(entry.Id).First().Id;
        Assert.Equal(sqliteLists.Entry(entry.List, id)!.Name, postgresLists.Entry(entry.List, id)!.Name);
        Assert.Equal(sqliteLists.ListsHolding(id), postgresLists.ListsHolding(id));
    }

    [Fact]
    public void Ingesting_the_seed_reports_gives_the_same_knowledge_base_on_both_stores()
    {
        using var postgres = PostgresTestDatabase.CreateEmpty();
        var sqlite = _folder.File("kb.db");
        var reports = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(reports);
        var sqliteOutcomes = ImportAndIngest(sqlite, reports);
        var postgresOutcomes = ImportAndIngest(postgres.Address, reports);
        Assert.Equal(sqliteOutcomes, postgresOutcomes);
        Assert.All(postgresOutcomes, result => Assert.Equal(IngestResult.Added, result));

        using var sqliteConnection = new SqliteConnection($"Data Source={sqlite};Pooling=False");
        using var postgresConnection = postgres.Connect();
        var onSqlite = Contents(sqliteConnection);
        var onPostgres = Contents(postgresConnection);
        Assert.True(onSqlite["entities"].Count > 0 && onSqlite["claims"].Count > 0 && onSqlite["events"].Count > 0, "the seeds gave nothing to compare");
        foreach (var (table, rows) in onSqlite) Assert.True(rows.SequenceEqual(onPostgres[table]), $"{table} differ: {rows.Count} rows on SQLite, {onPostgres[table].Count} on PostgreSQL");
    }

    private static List<ListVersion> ImportBundled(string address)
    {
        using var sightline = KnowledgeFixture.For(address, new FakeTimeProvider(TemplateDatabase.ImportedAt)).Build();
        var outcomes = BundledLists.Open(Repository.Lists).Select(reader => sightline.Importer().Import(reader)).ToList();
        sightline.AfterListImports(outcomes);
        return outcomes.Select(o => Assert.IsType<ImportOutcome.Imported>(o).Version).ToList();
    }

    private static List<IngestResult> ImportAndIngest(string address, string[] reports)
    {
        ImportBundled(address);
        using var sightline = KnowledgeFixture.For(address, new FakeTimeProvider(TemplateDatabase.ImportedAt)).Build();
        return sightline.Ingestor().IngestFiles(reports).Select(o => o.Result).ToList();
    }

    /// <summary>What ingesting wrote, table by table, in an order both stores share.</summary>
    private static Dictionary<string, List<string>> Contents(DbConnection connection) => new()
    {
        ["entities"] = Rows(connection, "SELECT id || ' ' || schema || ' ' || name FROM kb_entities"),
        ["names"] = Rows(connection, "SELECT entity_id || ' ' || name || ' ' || document_key FROM kb_names"),
        ["mentions"] = Rows(connection, "SELECT document_key || ' ' || start || ' ' || type || ' ' || COALESCE(entity_id, '-') FROM kb_mentions"),
        ["claims"] = Rows(connection, "SELECT id || ' ' || kind || ' ' || COALESCE(subject_id, '-') || ' ' || COALESCE(object_id, '-') || ' ' || status FROM kb_claims"),
        ["events"] = Rows(connection, "SELECT id || ' ' || COALESCE(date_start, '-') || ' ' || reports || ' ' || sources FROM kb_events"),
        ["event parties"] = Rows(connection, "SELECT event_id || ' ' || party_key || ' ' || name FROM kb_event_parties"),
        ["links"] = Rows(connection, "SELECT entity_id || ' ' || list || ' ' || list_id || ' ' || state FROM kb_links"),
        ["alerts"] = Rows(connection, "SELECT id || ' ' || rule || ' ' || subject || ' ' || revision || ' ' || summary FROM alerts"),
    };

    private static List<string> Rows(DbConnection connection, string sql) => connection.Query<string>(sql).Order(StringComparer.Ordinal).ToList();
}
