using System.Collections.Concurrent;
using Sightline.Composition;
using Sightline.Storage;

namespace Sightline.Tests.Support;

/// <summary>
/// Template databases on the PostgreSQL test server, made once per run by <c>sightline db copy</c>'s own copy
/// (<see cref="StoreMaintenance.Copy"/>) of the SQLite templates (<see cref="TemplateDatabase"/>): the same rows, ids and
/// import times on both stores, so a test reads the same base whichever it runs on, and every run that tests PostgreSQL
/// copies the seed base through the verified copy once. Dropped when the test process exits.
/// </summary>
public static class PostgresTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Made = new(StringComparer.Ordinal);
    private static int _made;

    /// <summary>The name of the template database holding what the SQLite template <paramref name="sqliteTemplate"/>
    /// (<see cref="TemplateDatabase.Lists"/>, <see cref="TemplateDatabase.ListsAndSamples"/>, …) holds.</summary>
    public static string Of(string sqliteTemplate) =>
        Made.GetOrAdd(sqliteTemplate, path => new Lazy<string>(() => Make(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The name of the template database with the bundled lists (and the knowledge-base tables, empty).</summary>
    public static string Lists => Of(TemplateDatabase.Lists);

    /// <summary>The name of the template database with the bundled lists and the sample reports ingested.</summary>
    public static string ListsAndSamples => Of(TemplateDatabase.ListsAndSamples);

    private static string Make(string sqliteTemplate)
    {
        var name = $"{PostgresTestDatabase.RunPrefix}_template_{Interlocked.Increment(ref _made)}";
        PostgresTestDatabase.Admin($"CREATE DATABASE {name}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { PostgresTestDatabase.Drop(name); } catch (Npgsql.NpgsqlException) { } // the server went first: nothing left to drop
        };
        var copy = StoreMaintenance.Copy(new SqliteAddress(sqliteTemplate), StoreAddress.Parse(PostgresTestDatabase.For(name, pooling: false)), replace: false, TimeProvider.System);
        if (!copy.Committed)
            throw new InvalidOperationException($"the PostgreSQL template {name} differs from {sqliteTemplate}: " + string.Join(", ", copy.Tables.Where(t => !t.Matches).Select(t => t.Table)));
        return name;
    }
}
