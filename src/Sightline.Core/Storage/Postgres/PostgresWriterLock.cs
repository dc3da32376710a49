using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>
/// One writer at a time on a PostgreSQL database, across threads, processes and machines: a session advisory lock on
/// one key, taken on the writer's own connection before its transaction begins and given back after it ends, so a
/// writer that cached what it read can check, in its turn, whether anyone else wrote since (ADR-028, ADR-039). It is
/// the PostgreSQL form of <see cref="WriterLock"/>: the same <see cref="WriterWait"/> bound and note, the same
/// <see cref="WriterBusyException"/>; the server gives the lock back when a writer's connection dies.
/// </summary>
internal static class PostgresWriterLock
{
    /// <summary>The advisory lock key of the writer's turn ("SIGHTWRT"); advisory locks are per database already.</summary>
    private const long WriterKey = 0x5349_4748_5457_5254;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Takes the writer's turn on <paramref name="connection"/>'s database, waiting as <paramref name="wait"/>
    /// says unless <paramref name="cancel"/> ends the wait (<see cref="OperationCanceledException"/>);
    /// <paramref name="shown"/> names the database in the note and the error.</summary>
    public static IDisposable Enter(NpgsqlConnection connection, WriterWait wait, string shown, CancellationToken cancel = default)
    {
        var deadline = wait.Bound is { } bound ? DateTime.UtcNow + bound : DateTime.MaxValue;
        while (!TryLock(connection))
        {
            wait.Waiting(shown);
            if (DateTime.UtcNow >= deadline) throw new WriterBusyException(shown, wait.Bound);
            cancel.WaitHandle.WaitOne(Poll);
            cancel.ThrowIfCancellationRequested();
        }
        return new Turn(connection);
    }

    private static bool TryLock(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({WriterKey})", connection);
        return (bool)command.ExecuteScalar()!;
    }

    private sealed class Turn(NpgsqlConnection connection) : IDisposable
    {
        private bool _released;

        public void Dispose()
        {
            if (_released) return;
            _released = true;
            if (connection.State != System.Data.ConnectionState.Open) return; // a closed session holds no lock
            using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({WriterKey})", connection);
            command.ExecuteNonQuery();
        }
    }
}
