using System.Collections.Concurrent;
using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>Opens Sightline's PostgreSQL database the one way every store uses it: one connection, the schema migrated
/// (<see cref="PostgresMigrations"/>) the first time this process opens it (a server opens one for each request). A database that does not exist, or a server that cannot be reached, is a clear
/// error naming the address without its password.</summary>
public static class PostgresDatabase
{
    private static readonly ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    public static NpgsqlConnection Open(PostgresAddress address, TimeProvider clock)
    {
        var connection = new NpgsqlConnection(address.ConnectionString);
        try
        {
            connection.Open();
            if (!Migrated.ContainsKey(address.ConnectionString))
            {
                PostgresMigrations.Apply(connection, clock.GetUtcNow());
                Migrated[address.ConnectionString] = true;
            }
            return connection;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            connection.Dispose();
            throw new StoreAddressException($"there is no database '{address.Database}' on {address.Display}: create it first (createdb {address.Database})");
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            connection.Dispose();
            throw new StoreAddressException($"cannot reach {address.Display}: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
