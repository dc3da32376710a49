using System.Globalization;
using System.Text.Json;
using Npgsql;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Storage.Postgres;

/// <summary>
/// <see cref="IListStore"/> in a PostgreSQL database. The schema is migrated on open (<see cref="PostgresMigrations"/>);
/// readers are not blocked by an import, which they see only once it commits.
/// </summary>
public sealed class PostgresListStore : IListStore
{
    private readonly NpgsqlConnection _connection;

    private PostgresListStore(NpgsqlConnection connection, string shown)
    {
        _connection = connection;
        Shown = shown;
    }

    /// <summary>Opens the database at <paramref name="address"/> and migrates it.</summary>
    public static PostgresListStore Open(PostgresAddress address, TimeProvider clock) => new(PostgresDatabase.Open(address, clock), address.Display);

    /// <summary>The database as notes and errors name it.</summary>
    internal string Shown { get; }

    private const string VersionColumns =
        "v.id, v.list, v.number, v.format, v.location, v.published_at, v.imported_at, v.content_hash, v.persons, v.organizations, v.vessels, v.aircraft, v.warnings, (l.active_version_id = v.id)";

    public IReadOnlyList<ListVersion> ActiveVersions() =>
        QueryVersions($"SELECT {VersionColumns} FROM lists l JOIN list_versions v ON v.id = l.active_version_id ORDER BY l.name");

    public IReadOnlyList<ListVersion> Versions(string list) =>
        QueryVersions($"SELECT {VersionColumns} FROM list_versions v JOIN lists l ON l.name = v.list WHERE v.list = @a ORDER BY v.number", list);

    public ListVersion? Version(long versionId) =>
        QueryVersions($"SELECT {VersionColumns} FROM list_versions v JOIN lists l ON l.name = v.list WHERE v.id = @a", versionId).SingleOrDefault();

    /// <summary>How imports and activations wait for the writer's turn when another writer holds the database
    /// (<see cref="PostgresWriterLock"/>, ADR-028): by default as long as it takes, silently.</summary>
    public WriterWait Writers { get; set; } = WriterWait.Patient;

    public void Activate(long versionId)
    {
        using var turn = PostgresWriterLock.Enter(_connection, Writers, Shown);
        using var transaction = _connection.BeginTransaction();
        using var command = new NpgsqlCommand("UPDATE lists SET active_version_id = @v WHERE name = (SELECT list FROM list_versions WHERE id = @v)", _connection, transaction);
        command.Parameters.AddWithValue("@v", versionId);
        if (command.ExecuteNonQuery() != 1) throw new InvalidOperationException($"no list version {versionId}");
        PostgresListNotice.Send(_connection, transaction, versionId); // delivered to the listening serve nodes on commit
        transaction.Commit();
    }

    /// <summary>Opens the connection again when the server dropped it (<see cref="PostgresDatabase.Revive"/>).</summary>
    public void Reconnect() => PostgresDatabase.Revive(_connection);

    public IListImport BeginImport(ListSource source, DateTimeOffset importedAt) => new PostgresListImport(_connection, source, importedAt, this);

    public ListEntry? Entry(string list, string id, long? versionId = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = versionId is null
            ? "SELECT p.payload FROM lists l JOIN version_entries e ON e.version_id = l.active_version_id JOIN entry_payloads p ON p.hash = e.hash WHERE l.name = @list AND e.entry_id = @id"
            : "SELECT p.payload FROM version_entries e JOIN entry_payloads p ON p.hash = e.hash WHERE e.version_id = @version AND e.entry_id = @id";
        command.Parameters.AddWithValue("@list", list);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@version", versionId ?? 0L);
        return command.ExecuteScalar() is string json ? EntryJson.Deserialize(json) : null;
    }

    public IReadOnlyList<string> ListsHolding(string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT l.name FROM lists l JOIN version_entries e ON e.version_id = l.active_version_id AND e.entry_id = @id ORDER BY l.name";
        command.Parameters.AddWithValue("@id", id);
        using var reader = command.ExecuteReader();
        var lists = new List<string>();
        while (reader.Read()) lists.Add(reader.GetString(0));
        return lists;
    }

    public IEnumerable<ListEntry> Entries(long versionId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT p.payload FROM version_entries e JOIN entry_payloads p ON p.hash = e.hash WHERE e.version_id = @v ORDER BY e.entry_id";
        command.Parameters.AddWithValue("@v", versionId);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return EntryJson.Deserialize(reader.GetString(0));
    }

    public IReadOnlyDictionary<string, string> EntryHashes(long versionId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT entry_id, hash FROM version_entries WHERE version_id = @v";
        command.Parameters.AddWithValue("@v", versionId);
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) hashes[reader.GetString(0)] = reader.GetString(1);
        return hashes;
    }

    public ListVersion? FirstSeen(string list, string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT version_id FROM entry_first_seen WHERE list = @l AND entry_id = @id";
        command.Parameters.AddWithValue("@l", list);
        command.Parameters.AddWithValue("@id", id);
        return command.ExecuteScalar() is long versionId ? Version(versionId) : null;
    }

    public void Dispose() => _connection.Dispose();

    private List<ListVersion> QueryVersions(string sql, object? argument = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        if (argument is not null) command.Parameters.AddWithValue("@a", argument);
        using var reader = command.ExecuteReader();
        var versions = new List<ListVersion>();
        while (reader.Read())
        {
            versions.Add(new ListVersion(
                reader.GetInt64(0),
                reader.GetString(1),
                (int)reader.GetInt64(2),
                Enum.Parse<ListFormat>(reader.GetString(3)),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.GetString(7),
                new EntryCounts((int)reader.GetInt64(8), (int)reader.GetInt64(9), (int)reader.GetInt64(10), (int)reader.GetInt64(11)),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(12)) ?? [],
                !reader.IsDBNull(13) && reader.GetBoolean(13)));
        }
        return versions;
    }
}
