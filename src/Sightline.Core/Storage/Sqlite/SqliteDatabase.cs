using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary>Opens Sightline's SQLite file the one way every store uses it: folder and file created for their owner only
/// (<see cref="OwnerOnly"/>), WAL mode, foreign keys on, a busy timeout for concurrent readers, and the schema migrated
/// (<see cref="SqliteMigrations"/>).</summary>
public static class SqliteDatabase
{
    public static SqliteConnection Open(string path, TimeProvider clock)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) OwnerOnly.CreateFolder(folder);
        if (path != ":memory:") OwnerOnly.Touch(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        foreach (var pragma in new[] { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragma;
            command.ExecuteNonQuery();
        }
        SqliteMigrations.Apply(connection, clock.GetUtcNow());
        return connection;
    }
}
