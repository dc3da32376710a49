using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>
/// Commands prepared once per connection and reused, for the statements ingestion runs for every mention, name, name
/// key and claim of every report and linking runs for every entity a report touches: the server then plans each
/// statement once a run (as <see cref="Sqlite.SqlitePreparedStatements"/> does on SQLite). Parameters are named,
/// bound afresh at each call; the transaction is the caller's.
/// </summary>
internal sealed class PostgresPreparedStatements(NpgsqlConnection connection) : IDisposable
{
    private readonly Dictionary<string, NpgsqlCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/> with these named parameters in <paramref name="transaction"/>; answers the
    /// number of rows changed.</summary>
    public int Execute(NpgsqlTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Prepare(transaction, sql, parameters).ExecuteNonQuery();

    /// <summary>Runs the query <paramref name="sql"/> in <paramref name="transaction"/> (none: what is committed) and
    /// reads each row with <paramref name="read"/>.</summary>
    public List<T> Query<T>(NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var reader = Prepare(transaction, sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>The text in a column, or null.</summary>
    public static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private NpgsqlCommand Prepare(NpgsqlTransaction? transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var fresh = !_commands.TryGetValue(sql, out var command);
        if (fresh)
        {
            command = new NpgsqlCommand(sql, connection);
            _commands[sql] = command;
        }
        command!.Transaction = transaction;
        if (fresh)
        {
            foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(name, value));
            command.Prepare();
            return command;
        }
        for (var i = 0; i < parameters.Length; i++)
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    /// <summary>A parameter typed by its value; a null is typed as text, the type of every nullable column bound here.</summary>
    private static NpgsqlParameter Parameter(string name, object? value) => value is null
        ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value }
        : new NpgsqlParameter(name, value);

    /// <summary>Drops the prepared commands (the connection was opened again, and they were prepared on the one before);
    /// each is prepared again when next run.</summary>
    public void Forget()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }

    public void Dispose() => Forget();
}
