using Microsoft.Data.Sqlite;

namespace Sightline.Knowledge;

/// <summary>Short helpers for parameterised SQL: parameters are named <c>$0</c>, <c>$1</c>, … in argument order.</summary>
public static class Sql
{
    public static int Run(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
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
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++) command.Parameters.AddWithValue("$" + i, args[i] ?? DBNull.Value);
        return command;
    }
}
