using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Lists;
using Sightline.Lists.Import;

namespace Sightline.Tests.Support;

/// <summary>A fresh list store with a fake clock and an importer, empty or a copy of a <see cref="TemplateDatabase"/>:
/// a SQLite file in a temp folder, or a PostgreSQL database of its own (<see cref="TestStore"/>, ADR-041).</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PostgresTestDatabase? _postgres;
    private readonly Lazy<IListStore> _store;
    private readonly Lazy<ListImporter> _importer;

    /// <param name="template">A <see cref="TemplateDatabase"/> to start from, or null for an empty store.</param>
    /// <param name="store">The store to run on.</param>
    public StoreFixture(string? template = null, TestStore store = TestStore.Sqlite)
    {
        if (store == TestStore.Postgres)
        {
            _postgres = template is null ? PostgresTestDatabase.CreateEmpty() : PostgresTestDatabase.Create(PostgresTemplates.Of(template));
            DatabasePath = _postgres.Address;
        }
        else
        {
            DatabasePath = _folder.File("test.db");
            if (template is not null) TemplateDatabase.Copy(template, DatabasePath);
        }
        _store = new Lazy<IListStore>(() => Stores.OpenLists(DatabasePath, Clock));
        _importer = new Lazy<ListImporter>(() => new ListImporter(Store, Clock));
    }

    public FakeTimeProvider Clock { get; } = new(TemplateDatabase.ImportedAt);

    /// <summary>The database's address: the SQLite file's path, or the PostgreSQL database's connection string.</summary>
    public string DatabasePath { get; }
    /// <summary>The list store, opened when first used: a test that reads its lists only through Sightline's own stores
    /// holds one connection fewer (on PostgreSQL a server process, tens of milliseconds of the server's CPU).</summary>
    public IListStore Store => _store.Value;
    public ListImporter Importer => _importer.Value;
    public TempFolder Files => _folder;

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
        _postgres?.Dispose();
        _folder.Dispose();
    }
}
