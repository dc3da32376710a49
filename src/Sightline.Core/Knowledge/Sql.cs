using Microsoft.Data.Sqlite;

namespace Sightline.Knowledge;

/// <summary>Short helpers for parameterised SQL: parameters are named <c>$0</c>, <c>$1</c>, … in argument order. Commands
/// are kept per connection and SQL text, so a statement run once per document is prepared once per run. A transaction
/// begun with <see cref="Begin"/> is used by every command on its connection that names none, so readers written for
/// queries also work inside a write (alerts are raised in the transaction that stores the document).</summary>
public static class Sql
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, SqliteTransaction> Current = new();

    /// <summary>Begins a transaction that commands on this connection use when they are given none.</summary>
    public static SqliteTransaction Begin(this SqliteConnection connection)
    {
        var transaction = connection.BeginTransaction();
        Current.AddOrUpdate(connection, transaction);
        return transaction;
    }

    public static int Run(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        var command = Command(connection, transaction, sql, args);
        try { return command.ExecuteNonQuery(); }
        finally { Release(connection, command); }
    }

    public static object? Scalar(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        var command = Command(connection, transaction, sql, args);
        try { return command.ExecuteScalar() is var value and not DBNull ? value : null; }
        finally { Release(connection, command); }
    }

    public static List<T> Query<T>(this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params object?[] args)
    {
        var command = Command(connection, transaction, sql, args);
        try { return Read(command, read); }
        finally { Release(connection, command); }
    }

    private static List<T> Read<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public static string? Text(this SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary><c>$0, $1, …</c> for an IN list of <paramref name="count"/> values starting at parameter <paramref name="first"/>.</summary>
    public static string Placeholders(int count, int first = 0) => string.Join(", ", Enumerable.Range(first, count).Select(i => "$" + i));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, object?[] args)
    {
        var commands = Prepared.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            // Statements built with a varying IN list are not worth keeping.
            if (!sql.Contains("IN ($", StringComparison.Ordinal)) commands[sql] = command;
        }
        command.Transaction = transaction ?? (Current.TryGetValue(connection, out var current) && current.Connection is not null ? current : null);
        command.Parameters.Clear();
        for (var i = 0; i < args.Length; i++) command.Parameters.AddWithValue("$" + i, args[i] ?? DBNull.Value);
        return command;
    }

    private static void Release(SqliteConnection connection, SqliteCommand command)
    {
        if (!Prepared.TryGetValue(connection, out var commands) || !commands.ContainsKey(command.CommandText)) command.Dispose();
    }
}
