using Npgsql;
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
        Execute(template.Address, "CREATE TABLE t (id bigint PRIMARY KEY, name text); INSERT INTO t VALUES (1, 'one'), (2, 'two')");

        string copyName;
        using (var copy = PostgresTestDatabase.Create(template.Name))
        {
            copyName = copy.Name;
            Assert.Equal(2L, Scalar(copy.Address, "SELECT count(*) FROM t"));
            Execute(copy.Address, "DELETE FROM t");
            Assert.Equal(2L, Scalar(template.Address, "SELECT count(*) FROM t"));
        }
        Assert.Equal(0L, Scalar(template.Address, $"SELECT count(*) FROM pg_database WHERE datname = '{copyName}'"));
    }

    private static void Execute(string address, string sql)
    {
        using var connection = new NpgsqlConnection(address);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string address, string sql)
    {
        using var connection = new NpgsqlConnection(address);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
