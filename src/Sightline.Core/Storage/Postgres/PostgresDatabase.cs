using System.Collections.Concurrent;
using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>Opens Sightline's PostgreSQL database the one way every store uses it: one connection, the schema migrated
/// (<see cref="PostgresMigrations"/>) the first time this process opens it (a server opens one for each request). A database that does not exist, or a server that cannot be reached, is a clear
/// error naming the address without its password.</summary>
public static class PostgresDatabase
{
    private static readonly ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    /// <summary>Opens <paramref name="connection"/> again when the server dropped it (restarted, the session terminated,
    /// the network lost), which a round trip finds; true when it was opened again, and what the session had set must be
    /// set again. A server still away throws, as opening does.</summary>
    public static bool Revive(NpgsqlConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                using var ping = new NpgsqlCommand("SELECT 1", connection);
                ping.ExecuteNonQuery();
                return false;
            }
            catch (NpgsqlException)
            {
                // dropped: opened again below
            }
        }
        connection.Close();
        connection.Open();
        return true;
    }

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
