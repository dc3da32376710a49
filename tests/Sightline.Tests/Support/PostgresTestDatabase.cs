using Npgsql;

namespace Sightline.Tests.Support;

/// <summary>
/// A PostgreSQL database of a test's own on the server <c>SIGHTLINE_TEST_POSTGRES</c> names (an Npgsql connection string
/// of a user allowed to create databases, e.g. <c>Host=127.0.0.1;Port=55433;Username=postgres</c>), dropped on dispose.
/// Made with <c>CREATE DATABASE … TEMPLATE</c> from a template database made once per run (<c>PostgresTemplates</c>),
/// the way <see cref="TemplateDatabase"/> copies a SQLite file: a copy costs a fraction of a second, an import seconds.
/// Without the variable the test is skipped with the reason; under CI (<c>CI=true</c>) it fails instead, so that the
/// PostgreSQL half never goes silently green there (ADR-041).
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string ServerVariable = "SIGHTLINE_TEST_POSTGRES";

    /// <summary>What every database this run makes is named after, so that concurrent runs on one server never meet.</summary>
    internal static readonly string RunPrefix = "sightline_t" + Guid.NewGuid().ToString("N")[..10];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Copies = new(StringComparer.Ordinal);
    private static int _made;

    private PostgresTestDatabase(string name)
    {
        Name = name;
        Address = For(name);
    }

    /// <summary>The database's name on the server.</summary>
    public string Name { get; }

    /// <summary>The connection string of the database: what a test passes as <c>--db</c> or opens its stores with.</summary>
    public string Address { get; }

    /// <summary>The server's connection string, as <c>SIGHTLINE_TEST_POSTGRES</c> gives it; skips the test (fails it under
    /// CI) when it is not set.</summary>
    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(server)) return server;
        const string how = $"set {ServerVariable} to an Npgsql connection string of a user who may create databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres (.ci/run starts a throwaway cluster and sets it)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CI=true but {ServerVariable} is not set, so the PostgreSQL half of the store tests cannot run: {how}");
        Assert.Skip($"PostgreSQL store test skipped: {how}");
        return "";
    }

    /// <summary>A new, empty database.</summary>
    public static PostgresTestDatabase CreateEmpty() => Create(template: null);

    /// <summary>A new database copied from the template database named <paramref name="template"/> (no other connection
    /// may be open to it), or empty when it is null.</summary>
    public static PostgresTestDatabase Create(string? template)
    {
        RequireServer();
        var name = $"{RunPrefix}_{Interlocked.Increment(ref _made)}";
        if (template is not null) ClearPool(template); // a test's own database used as a template leaves none idle
        Admin($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}{CopyStrategy.Value}"));
        var made = new PostgresTestDatabase(name);
        if (template is not null) Copies[made.Address] = true;
        return made;
    }

    /// <summary>Whether <paramref name="address"/> is a database of this run copied from a template: one that exists
    /// with its schema, which a test may open without creating or migrating anything.</summary>
    internal static bool IsCopy(string address) => Copies.ContainsKey(address);

    /// <summary>How a template is copied. On a server that does not sync to disk (<c>fsync=off</c>, as <c>.ci/run</c>'s
    /// throwaway cluster), file by file: for a test database of a few tens of megabytes that costs the server a quarter
    /// of the CPU of the default, which writes every page of the copy to the write-ahead log, and its two checkpoints
    /// cost little. Where the server syncs, those checkpoints take seconds, so the default stays (ADR-041, ADR-025).</summary>
    private static readonly Lazy<string> CopyStrategy = new(() => Admin("SHOW fsync") as string == "off" ? " STRATEGY FILE_COPY" : "");

    /// <summary>The connection string of the database <paramref name="name"/> on the configured server, pooled as a
    /// deployment's connections are: without a pool every store the test or its program opened started a server process,
    /// which cost the server more CPU than the queries. A template's connections are not pooled
    /// (<paramref name="pooling"/> false): an idle one left open would keep the template from being copied. A test
    /// database's pool is emptied when it is dropped.</summary>
    internal static string For(string name, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(RequireServer()) { Database = name, Pooling = pooling }.ConnectionString;

    /// <summary>Runs <paramref name="sql"/> on the server's maintenance database; answers its first value. Its
    /// connections pool: each test creates and drops a database, and a new connection costs the server a process.</summary>
    internal static object? Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(RequireServer()) { Database = "postgres", CommandTimeout = 300 }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>An open connection to this database, for a test that reads what is stored.</summary>
    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(Address);
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> on this database: how a test sets up a state or checks what is stored.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Address);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The first value <paramref name="sql"/> gives on this database (null for none or NULL).</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(Address);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    /// <summary>Drops the database <paramref name="name"/>, closing what is still connected to it, this process's idle
    /// pooled connections first.</summary>
    internal static void Drop(string name)
    {
        ClearPool(name);
        Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Closes this process's idle pooled connections to the database <paramref name="name"/>.</summary>
    private static void ClearPool(string name)
    {
        using var pooled = new NpgsqlConnection(For(name));
        NpgsqlConnection.ClearPool(pooled);
    }

    public void Dispose()
    {
        Copies.TryRemove(Address, out _);
        Drop(Name);
    }
}
