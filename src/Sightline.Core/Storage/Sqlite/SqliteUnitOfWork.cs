using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// <see cref="IKnowledgeUnitOfWork"/> as an SQLite transaction on the knowledge base's connection. The SQLite stores
/// take their transaction from the unit of work they are handed; a command given none while the transaction is open
/// is refused by the provider, so nothing joins a transaction it was not handed (ADR-026). It holds the database's
/// <see cref="WriterLock"/> from before the transaction begins until it is disposed, so one writer at a time, in any
/// process, writes the knowledge base (ADR-028).
/// </summary>
internal sealed class SqliteUnitOfWork : IKnowledgeUnitOfWork
{
    private readonly IDisposable _turn;

    private SqliteUnitOfWork(SqliteConnection connection, SqliteTransaction transaction, IDisposable turn)
    {
        Connection = connection;
        Transaction = transaction;
        _turn = turn;
    }

    public SqliteConnection Connection { get; }
    public SqliteTransaction Transaction { get; }

    /// <summary>Waits for the writer's turn on the connection's database as <paramref name="wait"/> says, then begins
    /// the transaction (<see cref="WriterBusyException"/> when the wait is bounded and runs out,
    /// <see cref="OperationCanceledException"/> when <paramref name="cancel"/> ends it).</summary>
    public static SqliteUnitOfWork Begin(SqliteConnection connection, WriterWait wait, CancellationToken cancel = default)
    {
        var turn = WriterLock.Enter(connection.DataSource, wait, cancel);
        try { return new(connection, connection.BeginTransaction(), turn); }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>A unit of work inside a transaction its caller holds and ends (a migration's, which runs before any writer
    /// may begin): it takes no writer's turn, and its commit and disposal leave the transaction to the caller.</summary>
    public static IKnowledgeUnitOfWork Joining(SqliteConnection connection, SqliteTransaction transaction) => new Joined(new(connection, transaction, NoTurn.Instance));

    /// <summary>The SQLite transaction of a unit of work begun on <paramref name="connection"/>; a unit of work of
    /// another store or connection is a programming error.</summary>
    public static SqliteTransaction Of(IKnowledgeUnitOfWork work, SqliteConnection connection) =>
        (work is Joined joined ? joined.Inner : work) is SqliteUnitOfWork sqlite && ReferenceEquals(sqlite.Connection, connection)
            ? sqlite.Transaction
            : throw new ArgumentException("The unit of work was not begun on this knowledge base.", nameof(work));

    private sealed class Joined(SqliteUnitOfWork inner) : IKnowledgeUnitOfWork
    {
        public SqliteUnitOfWork Inner => inner;

        public void Commit() { }

        public void Dispose() { }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose() { }
    }

    public void Commit() => Transaction.Commit();

    public void Dispose()
    {
        Transaction.Dispose();
        _turn.Dispose();
    }
}
