using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary><c>sightline db migrate</c> on a PostgreSQL database: the migrations it lacks applied
/// (<see cref="PostgresMigrations"/>), as opening it for any command would, with the version before and after.</summary>
public static class PostgresSchemaUpgrade
{
    public static SchemaUpgrade Apply(PostgresAddress address, TimeProvider clock)
    {
        var before = VersionBefore(address);
        using var connection = PostgresDatabase.Open(address, clock);
        return new SchemaUpgrade(before, Version(connection));
    }

    /// <summary>The version before migrating; 0 when the database cannot be read here, as opening it then says why.</summary>
    private static int VersionBefore(PostgresAddress address)
    {
        try
        {
            using var connection = new NpgsqlConnection(address.ConnectionString);
            connection.Open();
            return Version(connection);
        }
        catch (NpgsqlException)
        {
            return 0;
        }
    }

    private static int Version(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE (SELECT COALESCE(MAX(version), 0) FROM schema_migrations) END", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
