using Sightline.Storage;
using Sightline.Storage.Copying;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;

namespace Sightline.Composition;

/// <summary>
/// <c>sightline db migrate</c> and <c>sightline db copy</c> on whichever store an address names (ADR-041): the
/// composition root picks the store's implementation, so the command line names none.
/// </summary>
public static class StoreMaintenance
{
    /// <summary>Applies the migrations the database at <paramref name="address"/> lacks (making it when it is a new SQLite
    /// file); the version before and after.</summary>
    public static SchemaUpgrade Migrate(StoreAddress address, TimeProvider clock) => address switch
    {
        SqliteAddress sqlite => SqliteSchemaUpgrade.Apply(sqlite.Path, clock),
        PostgresAddress postgres => PostgresSchemaUpgrade.Apply(postgres, clock),
        _ => throw new StoreAddressException($"{address.Display}: no store of this kind"),
    };

    /// <summary>Copies the database at <paramref name="from"/> into the PostgreSQL database at <paramref name="to"/>,
    /// migrated first, verified table by table and committed only when every table matches (<see cref="StoreCopy"/>).</summary>
    public static CopyOutcome Copy(StoreAddress from, StoreAddress to, bool replace, TimeProvider clock, Action<string>? progress = null)
    {
        if (to is not PostgresAddress target)
            throw new StoreCopyException($"db copy writes into a PostgreSQL database (--to postgres://…), not {to.Display}; a SQLite file is copied with sightline backup");
        if (from is PostgresAddress same && (same.Host, same.Port, same.Database) == (target.Host, target.Port, target.Database))
            throw new StoreCopyException($"--from and --to are the same database ({to.Display})");
        using var source = OpenSource(from, clock);
        using var writer = PostgresCopyTarget.Open(target, clock);
        return StoreCopy.Run(source, writer, replace, progress);
    }

    /// <summary>The store to read: a SQLite file, or a PostgreSQL database read in a transaction that writes nothing.</summary>
    private static ICopySource OpenSource(StoreAddress from, TimeProvider clock) => from switch
    {
        SqliteAddress sqlite => SqliteCopySource.Open(sqlite.Path, clock),
        PostgresAddress postgres => PostgresCopyTarget.Open(postgres, clock),
        _ => throw new StoreAddressException($"{from.Display}: no store of this kind"),
    };
}
