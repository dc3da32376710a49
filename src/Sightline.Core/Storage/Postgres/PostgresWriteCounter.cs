using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>
/// What SQLite's <c>data_version</c> tells a connection, on PostgreSQL: a number that changes when another connection
/// committed a write to the knowledge base since this one last looked, and not when this one wrote (ADR-039). Every
/// committed unit of work takes the next value of the sequence <c>kb_writes</c> while it still holds the writer's turn;
/// when that value follows the last one this connection saw, no one else wrote in between.
/// </summary>
internal sealed class PostgresWriteCounter(NpgsqlConnection connection)
{
    private long _seen = -1;
    private long _foreign;

    /// <summary>Counts a commit of this connection, in its writer's turn.</summary>
    public void Wrote()
    {
        var next = Scalar("SELECT nextval('kb_writes')");
        if (next == _seen + 1) _seen = next;
    }

    /// <summary>The number of times this connection found the others' writes changed; the same while they did not.</summary>
    public long Version()
    {
        var last = Scalar("SELECT last_value FROM kb_writes");
        if (last != _seen)
        {
            if (_seen >= 0) _foreign++;
            _seen = last;
        }
        return _foreign;
    }

    private long Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
