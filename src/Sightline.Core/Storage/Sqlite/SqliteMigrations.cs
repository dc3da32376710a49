using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// The versioned schema of the SQLite store. Each migration runs once, in order, inside a transaction,
/// and is recorded in <c>schema_migrations</c>; opening a store applies the ones it lacks.
/// Never edit a released migration: add the next one.
/// </summary>
public static class SqliteMigrations
{
    private static readonly (int Version, string Name, string Sql)[] All =
    [
        (1, "lists and versioned entries", """
            CREATE TABLE lists (
                name TEXT PRIMARY KEY,
                active_version_id INTEGER
            );
            CREATE TABLE list_versions (
                id INTEGER PRIMARY KEY,
                list TEXT NOT NULL REFERENCES lists(name),
                number INTEGER NOT NULL,
                format TEXT NOT NULL,
                location TEXT NOT NULL,
                published_at TEXT,
                imported_at TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                persons INTEGER NOT NULL,
                organizations INTEGER NOT NULL,
                vessels INTEGER NOT NULL,
                aircraft INTEGER NOT NULL,
                warnings TEXT NOT NULL,
                UNIQUE (list, number)
            );
            -- Entry contents are stored once per distinct content: unchanged entries of later versions share them.
            CREATE TABLE entry_payloads (
                hash TEXT PRIMARY KEY,
                payload TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE version_entries (
                version_id INTEGER NOT NULL REFERENCES list_versions(id),
                entry_id TEXT NOT NULL,
                schema TEXT NOT NULL,
                name TEXT NOT NULL,
                hash TEXT NOT NULL,
                PRIMARY KEY (version_id, entry_id)
            ) WITHOUT ROWID;
            CREATE TABLE entry_first_seen (
                list TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                version_id INTEGER NOT NULL REFERENCES list_versions(id),
                PRIMARY KEY (list, entry_id)
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>The schema version a fully migrated store has.</summary>
    public static int Latest => All[^1].Version;

    public static void Apply(SqliteConnection connection, DateTimeOffset now)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        var current = Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
            throw new InvalidOperationException($"the database has schema version {current}, newer than this Sightline knows ({Latest}); upgrade Sightline");

        foreach (var (version, name, sql) in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.Parameters.AddWithValue("$t", now.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
