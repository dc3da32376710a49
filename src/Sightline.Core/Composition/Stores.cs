using Sightline.Access;
using Sightline.Lists;
using Sightline.Storage;
using Sightline.Storage.Postgres;
using Sightline.Storage.Relational;
using Sightline.Storage.Sqlite;

namespace Sightline.Composition;

/// <summary>
/// Opens the store a database address names (<see cref="StoreAddress"/>; ADR-039): the SQLite file or the PostgreSQL
/// database, each made and migrated when new. Hosts pass the address they were given and never name the store.
/// </summary>
public static class Stores
{
    /// <summary>The sanctions lists in the database at <paramref name="address"/>.</summary>
    public static IListStore OpenLists(string address, TimeProvider clock) => StoreAddress.Parse(address) switch
    {
        PostgresAddress postgres => PostgresListStore.Open(postgres, clock),
        var other => SqliteListStore.Open(SqlitePath(other), clock),
    };

    /// <summary>What tells a process holding the active lists in memory that another process may have changed them
    /// (ADR-042): PostgreSQL's notices, listened for from this call on; for a SQLite file, a check every
    /// <see cref="PeriodicListCheck.DefaultPeriod"/>. <paramref name="note"/> receives a line when a PostgreSQL feed loses
    /// its connection or gets it back.</summary>
    public static IListChangeFeed WatchLists(string address, TimeProvider clock, Action<string>? note = null) => StoreAddress.Parse(address) switch
    {
        PostgresAddress postgres => PostgresListChangeFeed.Open(postgres, clock, note),
        _ => new PeriodicListCheck(clock, PeriodicListCheck.DefaultPeriod),
    };

    /// <summary>The API keys in the database at <paramref name="address"/>.</summary>
    public static IAccessKeyStore OpenAccessKeys(string address, TimeProvider clock) => StoreAddress.Parse(address) switch
    {
        PostgresAddress postgres => new RelationalAccessKeyStore(PostgresDatabase.Open(postgres, clock)),
        var other => new RelationalAccessKeyStore(SqliteDatabase.Open(SqlitePath(other), clock)),
    };

    /// <summary>Copies the SQLite database at <paramref name="address"/> to <paramref name="backupPath"/>; a PostgreSQL
    /// database is backed up by the server's own tools.</summary>
    public static BackupOutcome Backup(string address, string backupPath, TimeProvider clock) =>
        SqliteBackup.Backup(SqliteOnly(address, "back up"), backupPath, clock);

    /// <summary>Replaces the SQLite database at <paramref name="address"/> with a backup.</summary>
    public static BackupOutcome Restore(string backupPath, string address, TimeProvider clock) =>
        SqliteBackup.Restore(backupPath, SqliteOnly(address, "restore"), clock);

    /// <summary>The file of a SQLite address.</summary>
    internal static string SqlitePath(StoreAddress address) => ((SqliteAddress)address).Path;

    private static string SqliteOnly(string address, string verb) => StoreAddress.Parse(address) is PostgresAddress postgres
        ? throw new BackupException($"{postgres.Display} is a PostgreSQL database: sightline can {verb} only a SQLite file; use pg_dump and pg_restore")
        : SqlitePath(StoreAddress.Parse(address));
}
