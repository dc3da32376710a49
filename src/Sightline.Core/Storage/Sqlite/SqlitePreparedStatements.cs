using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// Commands prepared once per connection and reused, for the statements ingestion runs for every mention, name, name
/// key and claim of every report and linking runs for every entity a report touches: SQLite then compiles each statement once a run instead of at every call, as a new
/// Dapper command would (about 40 µs a statement on the build host; docs/BENCHMARKS.md). Parameters are named, bound
/// afresh at each call; the transaction is the caller's.
/// </summary>
internal sealed class SqlitePreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/> with these named parameters in <paramref name="transaction"/>; answers the
    /// number of rows changed.</summary>
    public int Execute(SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Prepare(transaction, sql, parameters).ExecuteNonQuery();

    /// <summary>Runs the query <paramref name="sql"/> in <paramref name="transaction"/> (none: what is committed) and
    /// reads each row with <paramref name="read"/>.</summary>
    public List<T> Query<T>(SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var reader = Prepare(transaction, sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>The text in a column, or null.</summary>
    public static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private SqliteCommand Prepare(SqliteTransaction? transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
