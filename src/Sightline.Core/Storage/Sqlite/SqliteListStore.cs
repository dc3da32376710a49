using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// <see cref="IListStore"/> in one SQLite file. The schema is migrated on open (<see cref="SqliteMigrations"/>);
/// the file runs in WAL mode so readers are not blocked by an import.
/// </summary>
public sealed class SqliteListStore : IListStore
{
    private readonly SqliteConnection _connection;
    private readonly SqlitePreparedStatements _prepared;

    private SqliteListStore(SqliteConnection connection)
    {
        _connection = connection;
        _prepared = new SqlitePreparedStatements(connection);
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and migrates it.</summary>
    public static SqliteListStore Open(string path, TimeProvider clock) => new(SqliteDatabase.Open(path, clock));

    private const string VersionColumns =
        "v.id, v.list, v.number, v.format, v.location, v.published_at, v.imported_at, v.content_hash, v.persons, v.organizations, v.vessels, v.aircraft, v.warnings, (l.active_version_id = v.id)";

    public IReadOnlyList<ListVersion> ActiveVersions() =>
        QueryVersions($"SELECT {VersionColumns} FROM lists l JOIN list_versions v ON v.id = l.active_version_id ORDER BY l.name");

    public IReadOnlyList<ListVersion> Versions(string list) =>
        QueryVersions($"SELECT {VersionColumns} FROM list_versions v JOIN lists l ON l.name = v.list WHERE v.list = $a ORDER BY v.number", list);

    public ListVersion? Version(long versionId) =>
        QueryVersions($"SELECT {VersionColumns} FROM list_versions v JOIN lists l ON l.name = v.list WHERE v.id = $a", versionId).SingleOrDefault();

    /// <summary>How imports and activations wait for the writer's turn when another writer holds the database
    /// (<see cref="WriterLock"/>, ADR-028): by default as long as it takes, silently.</summary>
    public WriterWait Writers { get; set; } = WriterWait.Patient;

    public void Activate(long versionId)
    {
        using var turn = WriterLock.Enter(_connection.DataSource, Writers);
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE lists SET active_version_id = $v WHERE name = (SELECT list FROM list_versions WHERE id = $v)";
        command.Parameters.AddWithValue("$v", versionId);
        if (command.ExecuteNonQuery() != 1) throw new InvalidOperationException($"no list version {versionId}");
    }

    public IListImport BeginImport(ListSource source, DateTimeOffset importedAt) => new SqliteListImport(_connection, source, importedAt, this);

    /// <remarks>Prepared once per connection: linking reads an entry for every candidate of every name a report holds.</remarks>
    public ListEntry? Entry(string list, string id, long? versionId = null)
    {
        var payloads = versionId is null
            ? _prepared.Query(null,
                "SELECT p.payload FROM lists l JOIN version_entries e ON e.version_id = l.active_version_id JOIN entry_payloads p ON p.hash = e.hash WHERE l.name = $list AND e.entry_id = $id",
                r => r.GetString(0), ("$list", list), ("$id", id))
            : _prepared.Query(null,
                "SELECT p.payload FROM version_entries e JOIN entry_payloads p ON p.hash = e.hash WHERE e.version_id = $version AND e.entry_id = $id",
                r => r.GetString(0), ("$version", versionId), ("$id", id));
        return payloads.Count > 0 ? EntryJson.Deserialize(payloads[0]) : null;
    }

    public IReadOnlyList<string> ListsHolding(string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT l.name FROM lists l JOIN version_entries e ON e.version_id = l.active_version_id AND e.entry_id = $id ORDER BY l.name";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var lists = new List<string>();
        while (reader.Read()) lists.Add(reader.GetString(0));
        return lists;
    }

    public IEnumerable<ListEntry> Entries(long versionId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT p.payload FROM version_entries e JOIN entry_payloads p ON p.hash = e.hash WHERE e.version_id = $v ORDER BY e.entry_id";
        command.Parameters.AddWithValue("$v", versionId);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return EntryJson.Deserialize(reader.GetString(0));
    }

    public IReadOnlyDictionary<string, string> EntryHashes(long versionId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT entry_id, hash FROM version_entries WHERE version_id = $v";
        command.Parameters.AddWithValue("$v", versionId);
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) hashes[reader.GetString(0)] = reader.GetString(1);
        return hashes;
    }

    public ListVersion? FirstSeen(string list, string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT version_id FROM entry_first_seen WHERE list = $l AND entry_id = $id";
        command.Parameters.AddWithValue("$l", list);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is long versionId ? Version(versionId) : null;
    }

    public void Dispose()
    {
        _prepared.Dispose();
        _connection.Dispose();
    }

    /// <summary>The versions <paramref name="sql"/> selects, prepared once per connection: ingestion asks for the active
    /// versions at every report, to follow an import by another process.</summary>
    private List<ListVersion> QueryVersions(string sql, object? argument = null) => argument is null
        ? _prepared.Query(null, sql, ReadVersion)
        : _prepared.Query(null, sql, ReadVersion, ("$a", argument));

    private static ListVersion ReadVersion(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt32(2),
        Enum.Parse<ListFormat>(reader.GetString(3)),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
        reader.GetString(7),
        new EntryCounts(reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11)),
        JsonSerializer.Deserialize<List<string>>(reader.GetString(12)) ?? [],
        !reader.IsDBNull(13) && reader.GetBoolean(13));
}
