using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Sightline.Storage.Copying;

namespace Sightline.Storage.Postgres;

/// <summary>
/// A PostgreSQL database written by <c>sightline db copy</c> (<see cref="StoreCopy"/>), migrated to this build's schema
/// when opened, then written inside one transaction that is rolled back unless committed. Tables come in foreign-key
/// order (a table after those it references); rows go in by binary <c>COPY</c>, each value converted to its column's
/// type (SQLite's 0/1 to a boolean, say), ids included; identity sequences are moved past the copied ids after.
/// </summary>
public sealed class PostgresCopyTarget : ICopyTarget
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly Dictionary<string, Dictionary<string, string>> _types = new(StringComparer.Ordinal);
    private bool _committed;

    private PostgresCopyTarget(NpgsqlConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
    }

    /// <summary>Opens the database at <paramref name="address"/>, migrated (<see cref="PostgresDatabase"/>).</summary>
    public static PostgresCopyTarget Open(PostgresAddress address, TimeProvider clock) => new(PostgresDatabase.Open(address, clock));

    public IReadOnlyList<CopyTable> Tables()
    {
        var columns = Query("""
            SELECT c.table_name, c.column_name, c.data_type, c.is_generated
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
            ORDER BY c.table_name, c.ordinal_position
            """, r => (Table: r.GetString(0), Column: r.GetString(1), Type: r.GetString(2), Generated: r.GetString(3) != "NEVER"));
        foreach (var column in columns.Where(c => !c.Generated))
        {
            if (!_types.TryGetValue(column.Table, out var types)) _types[column.Table] = types = new(StringComparer.Ordinal);
            types[column.Column] = column.Type;
        }
        var references = Query("""
            SELECT child.relname, parent.relname
            FROM pg_constraint f
            JOIN pg_class child ON child.oid = f.conrelid
            JOIN pg_class parent ON parent.oid = f.confrelid
            WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace AND f.conrelid <> f.confrelid
            """, r => (Child: r.GetString(0), Parent: r.GetString(1)));
        var names = columns.Select(c => c.Table).Where(t => !CopyTable.IsDerived(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return InDependencyOrder(names, references)
            .Select(name => new CopyTable(name, columns.Where(c => c.Table == name && !c.Generated).Select(c => c.Column).ToList()))
            .ToList();
    }

    /// <summary>The tables with every table after those it references, in name order where the references leave a choice.</summary>
    private static List<string> InDependencyOrder(List<string> names, List<(string Child, string Parent)> references)
    {
        var ordered = new List<string>();
        var left = new List<string>(names);
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(t => !references.Any(r => r.Child == t && left.Contains(r.Parent)))
                       ?? throw new StoreCopyException("the target's foreign keys form a cycle among " + string.Join(", ", left));
            ordered.Add(next);
            left.Remove(next);
        }
        return ordered;
    }

    public long Count(string table) => Convert.ToInt64(Scalar($"SELECT count(*) FROM {Quote(table)}"), CultureInfo.InvariantCulture);

    /// <summary>Truncates <paramref name="tables"/> and the search index that refers to them (rebuilt after the copy).</summary>
    public void Empty(IReadOnlyList<string> tables) => Execute($"TRUNCATE {string.Join(", ", tables.Append("kb_search_documents").Select(Quote))}");

    public long Write(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var types = columns.Select(c => _types[table][c]).ToArray();
        long written = 0;
        try
        {
            using var importer = _connection.BeginBinaryImport($"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                importer.StartRow();
                for (var i = 0; i < row.Length; i++) Write(importer, row[i], types[i], table, columns[i]);
                written++;
            }
            importer.Complete();
        }
        catch (PostgresException e)
        {
            throw new StoreCopyException($"copying {table} failed after {written:N0} rows, nothing was committed: {e.MessageText}{(e.Where is null ? "" : " (" + e.Where + ")")}");
        }
        return written;
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, string type, string table, string column)
    {
        if (value is null) { importer.WriteNull(); return; }
        switch (type)
        {
            case "bigint": importer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
            case "integer": importer.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
            case "smallint": importer.Write(Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint); break;
            case "double precision": importer.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double); break;
            case "real": importer.Write(Convert.ToSingle(value, CultureInfo.InvariantCulture), NpgsqlDbType.Real); break;
            case "numeric": importer.Write(Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric); break;
            case "boolean": importer.Write(value is bool b ? b : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean); break;
            case "text" or "character varying": importer.Write(TextOf(value, table, column), NpgsqlDbType.Text); break;
            case "jsonb": importer.Write(TextOf(value, table, column), NpgsqlDbType.Jsonb); break;
            case "json": importer.Write(TextOf(value, table, column), NpgsqlDbType.Json); break;
            case "bytea" when value is byte[] bytes: importer.Write(bytes, NpgsqlDbType.Bytea); break;
            default: throw new StoreCopyException($"{table}.{column}: cannot copy a {value.GetType().Name} into a column of type {type}; nothing was committed");
        }
    }

    /// <summary>A text value as PostgreSQL can hold it: it refuses the NUL character, which SQLite's text may contain.</summary>
    private static string TextOf(object value, string table, string column)
    {
        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!;
        if (text.Contains('\0', StringComparison.Ordinal))
            throw new StoreCopyException($"{table}.{column} holds a text with a NUL character, which PostgreSQL cannot store; nothing was committed");
        return text;
    }

    public void ResetIdentities()
    {
        var generatedIds = Query("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """, r => (Table: r.GetString(0), Column: r.GetString(1)));
        foreach (var (table, column) in generatedIds)
            Execute($"SELECT setval(pg_get_serial_sequence('{Quote(table).Replace("'", "''", StringComparison.Ordinal)}', '{column.Replace("'", "''", StringComparison.Ordinal)}'), " +
                    $"COALESCE((SELECT max({Quote(column)}) FROM {Quote(table)}), 0) + 1, false)");
    }

    public IEnumerable<object?[]> Rows(string table, IReadOnlyList<string> columns)
    {
        using var command = new NpgsqlCommand($"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}", _connection, _transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }

    public void RebuildDerived() => PostgresSearchIndex.Rebuild(_connection, _transaction);

    public void Commit()
    {
        PostgresListNotice.SendActive(_connection, _transaction); // serve nodes on this database reload the copied lists
        _transaction.Commit();
        _committed = true;
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private object? Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.ExecuteNonQuery();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        if (!_committed && _transaction.Connection is not null) _transaction.Rollback();
        _transaction.Dispose();
        _connection.Dispose();
    }
}
