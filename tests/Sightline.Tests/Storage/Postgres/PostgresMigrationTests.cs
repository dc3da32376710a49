using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Storage;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>The PostgreSQL schema is SQLite's, table for table and column for column, with the one implicit SQLite
/// column a query reads made explicit (ADR-039); opening twice migrates once.</summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public void A_fresh_database_gets_every_table_and_column_of_the_sqlite_schema()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using (PostgresDatabase.Open((PostgresAddress)StoreAddress.Parse(database.Address), new FakeTimeProvider())) { }
        using var postgres = database.Connect();
        var postgresColumns = postgres.Query<(string, string)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'kb\\_search\\_%'").ToHashSet();

        using var sqlite = SqliteDatabase.Open(":memory:", new FakeTimeProvider());
        var sqliteColumns = sqlite.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kb_search_%'")
            .SelectMany(table => sqlite.Query<string>($"SELECT name FROM pragma_table_xinfo('{table}')").Select(column => (table, column)))
            .ToHashSet();
        // The full-text search tables (kb_search_*) differ by design: each store indexes the same words its own way (ADR-040).
        sqliteColumns.Add(("kb_event_parties", "rowid")); // SQLite's implicit row number, which orders an event's parties

        Assert.NotEmpty(sqliteColumns);
        Assert.Equal(sqliteColumns.Order(), postgresColumns.Order());
    }

    [Fact]
    public void Opening_a_migrated_database_again_applies_nothing()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using (PostgresDatabase.Open((PostgresAddress)StoreAddress.Parse(database.Address), new FakeTimeProvider())) { }
        using (PostgresDatabase.Open((PostgresAddress)StoreAddress.Parse(database.Address), new FakeTimeProvider())) { }
        using var postgres = database.Connect();
        Assert.Equal(PostgresMigrations.Versions.Select(v => (long)v), postgres.Query<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }
}
