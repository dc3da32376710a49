using Npgsql;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary>
/// <see cref="IKnowledgeUnitOfWork"/> as a PostgreSQL transaction on the knowledge base's connection. The PostgreSQL
/// stores take their transaction from the unit of work they are handed (ADR-026). It holds the writer's turn
/// (<see cref="PostgresWriterLock"/>) from before the transaction begins until it is disposed, so one writer at a time,
/// on any machine, writes the knowledge base (ADR-028, ADR-039); a commit is counted in <see cref="PostgresWriteCounter"/>
/// before the turn is given back.
/// </summary>
internal sealed class PostgresUnitOfWork : IKnowledgeUnitOfWork
{
    private readonly IDisposable _turn;
    private readonly PostgresWriteCounter _writes;
    private bool _committed;

    private PostgresUnitOfWork(NpgsqlConnection connection, NpgsqlTransaction transaction, IDisposable turn, PostgresWriteCounter writes)
    {
        Connection = connection;
        Transaction = transaction;
        _turn = turn;
        _writes = writes;
    }

    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction Transaction { get; }

    /// <summary>Waits for the writer's turn as <paramref name="wait"/> says, then begins the transaction
    /// (<see cref="WriterBusyException"/> when the wait is bounded and runs out, <see cref="OperationCanceledException"/>
    /// when <paramref name="cancel"/> ends it).</summary>
    public static PostgresUnitOfWork Begin(NpgsqlConnection connection, WriterWait wait, string shown, PostgresWriteCounter writes, CancellationToken cancel = default)
    {
        var turn = PostgresWriterLock.Enter(connection, wait, shown, cancel);
        try { return new(connection, connection.BeginTransaction(), turn, writes); }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>The PostgreSQL transaction of a unit of work begun on <paramref name="connection"/>; a unit of work of
    /// another store or connection is a programming error.</summary>
    public static NpgsqlTransaction Of(IKnowledgeUnitOfWork work, NpgsqlConnection connection) =>
        work is PostgresUnitOfWork postgres && ReferenceEquals(postgres.Connection, connection)
            ? postgres.Transaction
            : throw new ArgumentException("The unit of work was not begun on this knowledge base.", nameof(work));

    public void Commit()
    {
        Transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        try
        {
            Transaction.Dispose();
            if (_committed) _writes.Wrote();
        }
        finally
        {
            _turn.Dispose();
        }
    }
}
