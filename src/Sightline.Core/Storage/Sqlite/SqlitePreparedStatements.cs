using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// Commands prepared once per connection and reused, for the statements ingestion runs for every report, mention, name,
/// claim and event and linking runs for every entity a report touches: SQLite then compiles each statement once a run
/// instead of at every call, as a new Dapper command would (about 40 µs a statement on the build host;
/// docs/BENCHMARKS.md). Parameters are named, bound afresh at each call, either as name–value pairs or, as Dapper takes
/// them, from the properties of an object (a list is refused: Dapper would expand it into a different statement each
/// time; pass it as JSON to <c>json_each</c>); rows are read either by a given reader or by Dapper's row parser. The
/// transaction is the caller's.
/// </summary>
internal sealed class SqlitePreparedStatements(SqliteConnection connection) : IStatementRunner, IDisposable
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ParameterProperties = new();

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

    /// <summary>Runs <paramref name="sql"/> with the properties of <paramref name="param"/> as its parameters, as
    /// Dapper's <c>Execute</c> does; answers the number of rows changed.</summary>
    public int Run(DbTransaction? transaction, string sql, object? param = null) => Bind(transaction, sql, param).ExecuteNonQuery();

    /// <summary>The rows of the query <paramref name="sql"/>, each read into a <typeparamref name="T"/> as Dapper's
    /// <c>Query</c> reads it (columns to properties by name, or the first column as a simple value).</summary>
    public List<T> Rows<T>(DbTransaction? transaction, string sql, object? param = null)
    {
        using var reader = Bind(transaction, sql, param).ExecuteReader();
        var rows = new List<T>();
        if (reader.FieldCount == 0) return rows;
        var parse = reader.GetRowParser(typeof(T));
        while (reader.Read()) rows.Add(As<T>(parse(reader)));
        return rows;
    }

    /// <summary>The first row of the query <paramref name="sql"/> read as <see cref="Rows{T}"/> reads it, or the
    /// default of <typeparamref name="T"/> when there is none (Dapper's <c>QueryFirstOrDefault</c> and, for a simple
    /// value, <c>ExecuteScalar</c>).</summary>
    public T? Row<T>(DbTransaction? transaction, string sql, object? param = null)
    {
        using var reader = Bind(transaction, sql, param).ExecuteReader();
        return reader.FieldCount > 0 && reader.Read() ? As<T>(reader.GetRowParser(typeof(T))(reader)) : default;
    }

    /// <summary>A parsed row as <typeparamref name="T"/>, a simple value converted as Dapper converts it.</summary>
    private static T As<T>(object? value) => value switch
    {
        T row => row,
        null or DBNull => default!,
        _ => (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
    };

    /// <summary>The text in a column, or null.</summary>
    public static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private SqliteCommand Prepare(SqliteTransaction? transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Command(transaction, sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private SqliteCommand Bind(DbTransaction? transaction, string sql, object? param)
    {
        var command = Command((SqliteTransaction?)transaction, sql);
        if (param is null) return command;
        foreach (var property in ParameterProperties.GetOrAdd(param.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
            command.Parameters.AddWithValue("@" + property.Name, Value(property, property.GetValue(param)));
        return command;
    }

    /// <summary>A value as SQLite takes it: an enumeration as its number, as Dapper sends it; a list is refused.</summary>
    private static object Value(PropertyInfo property, object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType())),
        string or byte[] => value,
        IEnumerable => throw new ArgumentException($"Parameter '{property.Name}' is a list; a prepared statement takes one value a parameter (pass a list as JSON to json_each)."),
        _ => value,
    };

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
