using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// <see cref="IKnowledgeUnitOfWork"/> as an SQLite transaction on the knowledge base's connection. The SQLite stores
/// take their transaction from the unit of work they are handed; a command given none while the transaction is open
/// is refused by the provider, so nothing joins a transaction it was not handed (ADR-026).
/// </summary>
internal sealed class SqliteUnitOfWork : IKnowledgeUnitOfWork
{
    private SqliteUnitOfWork(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public SqliteConnection Connection { get; }
    public SqliteTransaction Transaction { get; }

    public static SqliteUnitOfWork Begin(SqliteConnection connection) => new(connection, connection.BeginTransaction());

    /// <summary>The SQLite transaction of a unit of work begun on <paramref name="connection"/>; a unit of work of
    /// another store or connection is a programming error.</summary>
    public static SqliteTransaction Of(IKnowledgeUnitOfWork work, SqliteConnection connection) =>
        work is SqliteUnitOfWork sqlite && ReferenceEquals(sqlite.Connection, connection)
            ? sqlite.Transaction
            : throw new ArgumentException("The unit of work was not begun on this knowledge base.", nameof(work));

    public void Commit() => Transaction.Commit();

    public void Dispose() => Transaction.Dispose();
}
