using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace Sightline.Tests.Support;

/// <summary>
/// Raw SQL on a test's database whichever store holds it (ADR-041), for setting up states the commands cannot reach and
/// for asserting what is stored, as <see cref="KnowledgeSql"/> does on SQLite alone. Both schemas have the same tables
/// and columns, so plain SQL reads the same on both; parameters are written <c>$0</c>, <c>$1</c>, … in argument order
/// (rewritten to <c>@p0</c>, … for PostgreSQL). Counts come back as 64-bit integers on both.
/// </summary>
public sealed partial class StoreSql(DbConnection connection)
{
    public int Run(DbTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(DbTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(transaction, sql, args);
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    public List<T> Query<T>(DbTransaction? transaction, string sql, Func<DbDataReader, T> read, params object?[] args)
    {
        using var command = Command(transaction, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private DbCommand Command(DbTransaction? transaction, string sql, object?[] args)
    {
        var postgres = connection is NpgsqlConnection;
        var command = connection.CreateCommand();
        command.CommandText = postgres ? Placeholder().Replace(sql, "@p$1") : sql;
        command.Transaction = transaction;
        for (var i = 0; i < args.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = (postgres ? "p" : "$") + i;
            parameter.Value = args[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
