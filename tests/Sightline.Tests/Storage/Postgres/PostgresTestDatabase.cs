using Npgsql;
using Sightline.Storage;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database on the server named by <c>SIGHTLINE_TEST_POSTGRES</c> (an admin keyword string,
/// e.g. <c>Host=127.0.0.1;Port=55431;Username=postgres</c>), dropped on dispose. Without the variable a test that makes
/// one is skipped, saying why.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string EnvironmentVariable = "SIGHTLINE_TEST_POSTGRES";

    private readonly string _admin;

    private PostgresTestDatabase(string admin)
    {
        _admin = admin;
        Name = "sightline_test_" + Guid.NewGuid().ToString("N")[..12];
        Run($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name, Pooling = false }.ToString();
        Address = (PostgresAddress)StoreAddress.Parse(ConnectionString);
    }

    public string Name { get; }

    /// <summary>The keyword string of the new database, also what <c>--db</c> takes.</summary>
    public string ConnectionString { get; }

    public PostgresAddress Address { get; }

    /// <summary>A new database, or the test is skipped when no server is configured.</summary>
    public static PostgresTestDatabase Create()
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(admin), $"{EnvironmentVariable} names no PostgreSQL server to test against");
        return new PostgresTestDatabase(admin!);
    }

    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Run(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
