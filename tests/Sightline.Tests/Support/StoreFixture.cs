using Microsoft.Extensions.Time.Testing;
using Sightline.Lists.Import;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>A fresh SQLite store in a temp folder, with a fake clock and an importer.</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public StoreFixture()
    {
        DatabasePath = _folder.File("test.db");
        Store = SqliteListStore.Open(DatabasePath, Clock);
        Importer = new ListImporter(Store, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public string DatabasePath { get; }
    public SqliteListStore Store { get; }
    public ListImporter Importer { get; }
    public TempFolder Files => _folder;

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}
