using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>
/// The notice a committed change of a list's active version sends to every serve node listening on the database
/// (<see cref="PostgresListChangeFeed"/>, ADR-042): <c>NOTIFY sightline_lists</c> with the list, its new active version's
/// number and id as JSON. Sent inside the transaction that changes the version, so PostgreSQL delivers it on commit
/// only, and never for a rolled-back import.
/// </summary>
internal static class PostgresListNotice
{
    /// <summary>The channel list changes are announced on.</summary>
    public const string Channel = "sightline_lists";

    private const string Notify = $"pg_notify('{Channel}', json_build_object('list', v.list, 'version', v.number, 'version_id', v.id)::text)";

    /// <summary>Queues the notice that <paramref name="versionId"/> became its list's active version, on
    /// <paramref name="transaction"/>.</summary>
    public static void Send(NpgsqlConnection connection, NpgsqlTransaction transaction, long versionId)
    {
        using var command = new NpgsqlCommand($"SELECT {Notify} FROM list_versions v WHERE v.id = @v", connection, transaction);
        command.Parameters.AddWithValue("v", versionId);
        command.ExecuteNonQuery();
    }

    /// <summary>Queues a notice for every list's active version, on <paramref name="transaction"/>: after the lists were
    /// replaced wholesale (<c>db copy</c>).</summary>
    public static void SendActive(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand($"SELECT {Notify} FROM lists l JOIN list_versions v ON v.id = l.active_version_id", connection, transaction);
        command.ExecuteNonQuery();
    }
}
