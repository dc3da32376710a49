using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Import;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>
/// The same knowledge base on both stores, made once for a test class: the bundled lists imported and the sample
/// reports ingested, in the same order at the same clock's time, into a copy of the SQLite lists template and into a
/// new PostgreSQL database. Made on first use, so that without <c>SIGHTLINE_TEST_POSTGRES</c> the tests are skipped
/// before anything is built.
/// </summary>
public sealed class IngestedOnBothStores : IDisposable
{
    /// <summary>When the samples are ingested; the clock stands still, as in the templates.</summary>
    public static readonly DateTimeOffset IngestedAt = TemplateDatabase.ImportedAt.AddHours(1);

    private readonly TempFolder _folder = new();
    private readonly Lazy<(KnowledgeStore Sqlite, KnowledgeStore Postgres)> _stores;
    private PostgresTestDatabase? _database;

    public IngestedOnBothStores() => _stores = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Both stores, or the test is skipped when no PostgreSQL server is configured.</summary>
    public (KnowledgeStore Sqlite, KnowledgeStore Postgres) Stores
    {
        get
        {
            PostgresTestDatabase.RequireServer();
            return _stores.Value;
        }
    }

    private (KnowledgeStore, KnowledgeStore) Build()
    {
        var sqlite = TemplateDatabase.CopyTo(_folder.File("parity.db"));
        _database = PostgresTestDatabase.CreateEmpty();
        var postgres = _database.Address;
        var importClock = new FakeTimeProvider(TemplateDatabase.ImportedAt);
        using (var lists = Sightline.Composition.Stores.OpenLists(postgres, importClock))
        {
            var importer = new ListImporter(lists, importClock);
            foreach (var reader in BundledLists.Open(Repository.Lists)) Assert.IsType<ImportOutcome.Imported>(importer.Import(reader));
        }
        var samples = Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();
        foreach (var address in new[] { sqlite, postgres })
        {
            using var pipeline = KnowledgeFixture.For(address, new FakeTimeProvider(IngestedAt)).Build();
            Assert.All(pipeline.Ingestor().IngestFiles(samples).ToList(), outcome => Assert.Equal(IngestResult.Added, outcome.Result));
        }
        var clock = new FakeTimeProvider(IngestedAt);
        return (KnowledgeBase.Open(sqlite, clock), KnowledgeBase.Open(postgres, clock));
    }

    public void Dispose()
    {
        if (_stores.IsValueCreated)
        {
            _stores.Value.Sqlite.Dispose();
            _stores.Value.Postgres.Dispose();
        }
        _database?.Dispose();
        _folder.Dispose();
    }
}
