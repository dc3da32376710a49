using Microsoft.Data.Sqlite;
using Sightline.Storage.Copying;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// A SQLite database read by <c>sightline db copy</c> (<see cref="StoreCopy"/>), opened as every store opens it
/// (migrated to this build's schema). Full-text tables, their shadow tables and the search index's own tables are left out (each store derives its own
/// from the rows), as are generated columns and <c>schema_migrations</c>; a table's implicit <c>rowid</c> is given when
/// the target keeps it. Reads run in one transaction, so the copy sees
/// one moment of a database another process may be writing.
/// </summary>
public sealed class SqliteCopySource : ICopySource
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _snapshot;

    private SqliteCopySource(SqliteConnection connection)
    {
        _connection = connection;
        _snapshot = connection.BeginTransaction(deferred: true);
    }

    public static SqliteCopySource Open(string path, TimeProvider clock)
    {
        if (!File.Exists(path)) throw new StoreCopyException($"{path}: no database here to copy");
        return new SqliteCopySource(SqliteDatabase.Open(path, clock));
    }

    public IReadOnlyList<CopyTable> Tables()
    {
        var all = Query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name",
            r => (Name: r.GetString(0), Sql: r.IsDBNull(1) ? "" : r.GetString(1)));
        var virtualTables = all.Where(t => t.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(t => t.Name).ToList();
        return all
            .Where(t => t.Name != "schema_migrations" && !CopyTable.IsDerived(t.Name))
            .Where(t => !virtualTables.Any(v => t.Name == v || t.Name.StartsWith(v + "_", StringComparison.Ordinal)))
            .Select(t =>
            {
                var columns = Query($"PRAGMA table_xinfo({Quote(t.Name)})", r => (Name: r.GetString(1), Hidden: r.GetInt64(6)))
                    .Where(c => c.Hidden == 0).Select(c => c.Name).ToList();
                var rowid = !t.Sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase) && !columns.Contains("rowid", StringComparer.OrdinalIgnoreCase);
                return new CopyTable(t.Name, columns, rowid ? ["rowid"] : []);
            })
            .ToList();
    }

    public IEnumerable<object?[]> Rows(string table, IReadOnlyList<string> columns)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _snapshot;
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _snapshot;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        _snapshot.Dispose();
        _connection.Dispose();
    }
}
