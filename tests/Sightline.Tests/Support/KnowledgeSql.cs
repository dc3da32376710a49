using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>
/// Raw SQL on a test's knowledge base, for setting up states the commands cannot reach and for asserting what is
/// stored: the library itself asks only through the storage interfaces. Parameters are named <c>$0</c>, <c>$1</c>, … in
/// argument order.
/// </summary>
internal static class KnowledgeSql
{
    extension(KnowledgeStore store)
    {
        /// <summary>The SQLite connection behind the store.</summary>
        public SqliteConnection Connection => ((SqliteKnowledgeBase)store).Connection;

        /// <summary>Raw SQL on the store's own connection, SQLite's or PostgreSQL's (<see cref="StoreSql"/>).</summary>
        public StoreSql Sql => store switch
        {
            SqliteKnowledgeBase sqlite => new StoreSql(sqlite.Connection),
            PostgresKnowledgeBase postgres => new StoreSql(postgres.Connection),
            _ => throw new InvalidOperationException($"no raw SQL on a {store.GetType().Name}"),
        };
    }

    public static int Run(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    public static List<T> Query<T>(this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params object?[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < args.Length; i++) command.Parameters.AddWithValue("$" + i, args[i] ?? DBNull.Value);
        return command;
    }
}
