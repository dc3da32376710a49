using Microsoft.Extensions.Time.Testing;
using Sightline.Lists.Import;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>A fresh SQLite store in a temp folder, with a fake clock and an importer; empty, or a copy of a
/// <see cref="TemplateDatabase"/>.</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <param name="template">A <see cref="TemplateDatabase"/> to start from, or null for an empty store.</param>
    public StoreFixture(string? template = null)
    {
        DatabasePath = _folder.File("test.db");
        if (template is not null) TemplateDatabase.Copy(template, DatabasePath);
        Store = SqliteListStore.Open(DatabasePath, Clock);
        Importer = new ListImporter(Store, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(TemplateDatabase.ImportedAt);
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
