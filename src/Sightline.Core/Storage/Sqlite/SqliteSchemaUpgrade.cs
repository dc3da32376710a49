using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary><c>sightline db migrate</c> on a SQLite file: the migrations it lacks applied (<see cref="SqliteMigrations"/>),
/// as opening it for any command would, with the version before and after.</summary>
public static class SqliteSchemaUpgrade
{
    public static SchemaUpgrade Apply(string path, TimeProvider clock)
    {
        var before = File.Exists(path) ? VersionOf(path) : 0;
        using (SqliteDatabase.Open(path, clock)) { }
        return new SchemaUpgrade(before, VersionOf(path));
    }

    private static int VersionOf(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations') THEN (SELECT COALESCE(MAX(version), 0) FROM schema_migrations) ELSE 0 END";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
