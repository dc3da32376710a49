using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Storage;

/// <summary>The SQLite stores' prepared statements take parameters and read rows as Dapper does, so moving a statement
/// from Dapper onto them changes nothing it answers; a list parameter, which would make a new statement at each call,
/// is refused by name, and a list goes in as one JSON value that reads as Dapper's <c>IN</c> list did.</summary>
public sealed class SqlitePreparedStatementsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SqlitePreparedStatements _prepared;

    public SqlitePreparedStatementsTests()
    {
        _connection.Open();
        _connection.Execute("CREATE TABLE t (key TEXT PRIMARY KEY, count INTEGER NOT NULL, score REAL, kind INTEGER)");
        _prepared = new SqlitePreparedStatements(_connection);
    }

    public void Dispose()
    {
        _prepared.Dispose();
        _connection.Dispose();
    }

    private sealed record Row
    {
        public required string Key { get; init; }
        public int Count { get; init; }
        public double? Score { get; init; }
    }

    private enum Kind { Person = 3 }

    private void Insert(string key, int count, double? score) =>
        _prepared.Run(null, "INSERT INTO t (key, count, score) VALUES (@key, @count, @score)", new { key, count, score });

    [Fact]
    public void Rows_and_values_read_as_Dapper_reads_them_and_a_statement_runs_again_with_new_values()
    {
        Insert("a", 2, 0.5);
        Insert("b", 7, null);
        Insert("c\u001fd", 1, 1.25);

        const string Select = "SELECT key AS Key, count AS Count, score AS Score FROM t WHERE count >= @least ORDER BY key";
        Assert.Equal(_connection.Query<Row>(Select, new { least = 2 }), _prepared.Rows<Row>(null, Select, new { least = 2 }));
        Assert.Equal(["a", "b", "c\u001fd"], _prepared.Rows<Row>(null, Select, new { least = 0 }).Select(r => r.Key));
        Assert.Equal([7L], _prepared.Rows<long>(null, "SELECT count FROM t WHERE score IS NULL"));

        Assert.Equal(3, _prepared.Row<int>(null, "SELECT COUNT(*) FROM t"));
        Assert.Null(_prepared.Row<string?>(null, "SELECT key FROM t WHERE key = @key", new { key = "none" }));
        Assert.Null(_prepared.Row<long?>(null, "SELECT MAX(score) FROM t WHERE key = @key", new { key = "b" }));
        Assert.Null(_prepared.Row<Row>(null, Select, new { least = 100 }));
        Assert.Equal(1, _prepared.Run(null, "UPDATE t SET count = count + 1 WHERE key = @key", new { key = "a" }));
        Assert.Equal(3, _prepared.Row<int>(null, "SELECT count FROM t WHERE key = @key", new { key = "a" }));
    }

    [Fact]
    public void An_enumeration_goes_in_as_its_number_as_Dapper_sends_it()
    {
        _prepared.Run(null, "INSERT INTO t (key, count, kind) VALUES ('p', 0, @kind)", new { kind = Kind.Person });
        Assert.Equal(3L, _prepared.Row<long>(null, "SELECT kind FROM t WHERE key = 'p'"));
    }

    [Fact]
    public void A_list_parameter_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => _prepared.Rows<string>(null, "SELECT key FROM t WHERE key IN @keys", new { keys = new[] { "a" } }));
        Assert.Contains("'keys'", refused.Message);
        Assert.Contains("json_each", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a|a|missing")]
    [InlineData("c\u001fd|b|\"quoted\"")]
    public void A_list_as_one_JSON_value_selects_what_Dapper_s_IN_list_selected(string joined)
    {
        var keys = joined.Split('|', StringSplitOptions.RemoveEmptyEntries);
        Insert("a", 1, null);
        Insert("b", 2, null);
        Insert("c\u001fd", 3, null);
        Insert("\"quoted\"", 4, null);

        var dialect = SqliteDialect.Instance;
        var prepared = _prepared.Rows<string>(null, $"SELECT key FROM t WHERE {dialect.InList("key", "@keys")} ORDER BY key", new { keys = dialect.List(keys) });
        var expanded = _connection.Query<string>("SELECT key FROM t WHERE key IN @keys ORDER BY key", new { keys });
        Assert.Equal(expanded, prepared);
    }
}
