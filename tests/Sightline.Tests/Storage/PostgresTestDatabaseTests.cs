using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>The PostgreSQL test databases: a copy of a template holds its rows and is a database of its own, gone once
/// disposed.</summary>
public sealed class PostgresTestDatabaseTests
{
    public PostgresTestDatabaseTests() => PostgresTestDatabase.RequireServer();

    [Fact]
    public void A_copy_holds_the_templates_rows_and_changes_alone_and_is_dropped_on_dispose()
    {
        using var template = PostgresTestDatabase.CreateEmpty();
        template.Execute("CREATE TABLE t (id bigint PRIMARY KEY, name text); INSERT INTO t VALUES (1, 'one'), (2, 'two')");

        string copyName;
        using (var copy = PostgresTestDatabase.Create(template.Name))
        {
            copyName = copy.Name;
            Assert.Equal(2L, copy.Scalar("SELECT count(*) FROM t"));
            copy.Execute("DELETE FROM t");
            Assert.Equal(2L, template.Scalar("SELECT count(*) FROM t"));
        }
        Assert.Equal(0L, template.Scalar($"SELECT count(*) FROM pg_database WHERE datname = '{copyName}'"));
    }

    [Fact]
    public void A_copy_of_the_lists_template_holds_what_the_SQLite_template_holds()
    {
        using var database = PostgresTestDatabase.Create(PostgresTemplates.Lists);
        using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={TemplateDatabase.Lists};Mode=ReadOnly;Pooling=false");
        sqlite.Open();
        foreach (var table in new[] { "list_versions", "version_entries", "entry_payloads" })
            Assert.Equal(sqlite.Scalar(null, $"SELECT count(*) FROM {table}"), database.Scalar($"SELECT count(*) FROM {table}"));
        Assert.Equal(sqlite.Scalar(null, "SELECT imported_at FROM list_versions ORDER BY id LIMIT 1"), database.Scalar("SELECT imported_at FROM list_versions ORDER BY id LIMIT 1"));
    }
}
