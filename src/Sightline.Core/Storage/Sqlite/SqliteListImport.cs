using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Storage.Sqlite;

/// <summary>One import into the SQLite store, inside one transaction: nothing is visible until <see cref="Commit"/>,
/// and disposing without committing rolls everything back. The import holds the database's <see cref="WriterLock"/>
/// from before its transaction begins until it is disposed, so writers in other processes wait for it (ADR-028).</summary>
internal sealed class SqliteListImport : IListImport
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IDisposable _turn;
    private readonly ListSource _source;
    private readonly SqliteListStore _store;
    private readonly long _versionId;
    private readonly long? _previousVersionId;
    private readonly SqliteCommand _insertPayload;
    private readonly SqliteCommand _insertEntry;
    private bool _committed;

    public string? ActiveContentHash { get; }

    public SqliteListImport(SqliteConnection connection, ListSource source, DateTimeOffset importedAt, SqliteListStore store)
    {
        _connection = connection;
        _source = source;
        _store = store;
        _turn = WriterLock.Enter(connection.DataSource, store.Writers);
        try { _transaction = connection.BeginTransaction(); }
        catch
        {
            _turn.Dispose();
            throw;
        }

        Execute("INSERT OR IGNORE INTO lists (name, active_version_id) VALUES ($list, NULL)", ("$list", source.List));
        _previousVersionId = Scalar("SELECT active_version_id FROM lists WHERE name = $list", ("$list", source.List)) as long?;
        ActiveContentHash = _previousVersionId is { } previous
            ? Scalar("SELECT content_hash FROM list_versions WHERE id = $id", ("$id", previous)) as string
            : null;
        var number = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM list_versions WHERE list = $list", ("$list", source.List)), CultureInfo.InvariantCulture);
        _versionId = (long)Scalar("""
            INSERT INTO list_versions (list, number, format, location, published_at, imported_at, content_hash, persons, organizations, vessels, aircraft, warnings)
            VALUES ($list, $number, $format, $location, $published, $imported, $hash, 0, 0, 0, 0, '[]') RETURNING id
            """,
            ("$list", source.List), ("$number", number), ("$format", source.Format.ToString()), ("$location", source.Location),
            ("$published", (object?)source.Published?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value),
            ("$imported", importedAt.ToString("O", CultureInfo.InvariantCulture)), ("$hash", source.ContentHash))!;

        _insertPayload = Prepare("INSERT OR IGNORE INTO entry_payloads (hash, payload) VALUES ($hash, $payload)", "$hash", "$payload");
        _insertEntry = Prepare("INSERT INTO version_entries (version_id, entry_id, schema, name, hash) VALUES ($version, $id, $schema, $name, $hash)",
            "$version", "$id", "$schema", "$name", "$hash");
        _insertEntry.Parameters["$version"].Value = _versionId;
    }

    public void Add(ListEntry entry)
    {
        var json = EntryJson.Serialize(entry);
        var hash = EntryJson.Hash(json);
        _insertPayload.Parameters["$hash"].Value = hash;
        _insertPayload.Parameters["$payload"].Value = Encoding.UTF8.GetString(json);
        _insertPayload.ExecuteNonQuery();

        _insertEntry.Parameters["$id"].Value = entry.Id;
        _insertEntry.Parameters["$schema"].Value = entry.Schema.ToString();
        _insertEntry.Parameters["$name"].Value = entry.Name;
        _insertEntry.Parameters["$hash"].Value = hash;
        try
        {
            _insertEntry.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the primary key (version, id) repeats
        {
            throw new ListFormatException(Path.GetFileName(_source.Location), null, "id", $"entry id {entry.Id} appears twice");
        }
    }

    public ListVersion Commit(EntryCounts counts, IReadOnlyList<string> warnings)
    {
        Execute("UPDATE list_versions SET persons = $p, organizations = $o, vessels = $v, aircraft = $a, warnings = $w WHERE id = $id",
            ("$p", counts.Persons), ("$o", counts.Organizations), ("$v", counts.Vessels), ("$a", counts.Aircraft),
            ("$w", JsonSerializer.Serialize(warnings)), ("$id", _versionId));
        if (_previousVersionId is { } previous)
        {
            // Sightline watched these entries appear: that is a listing-date fact of its own.
            Execute("""
                INSERT OR IGNORE INTO entry_first_seen (list, entry_id, version_id)
                SELECT $list, e.entry_id, $id FROM version_entries e
                WHERE e.version_id = $id AND NOT EXISTS (SELECT 1 FROM version_entries p WHERE p.version_id = $previous AND p.entry_id = e.entry_id)
                """, ("$list", _source.List), ("$id", _versionId), ("$previous", previous));
        }
        Execute("UPDATE lists SET active_version_id = $id WHERE name = $list", ("$id", _versionId), ("$list", _source.List));
        _transaction.Commit();
        _committed = true;
        return _store.Version(_versionId)!;
    }

    public void Dispose()
    {
        _insertPayload.Dispose();
        _insertEntry.Dispose();
        if (!_committed) _transaction.Rollback();
        _transaction.Dispose();
        _turn.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new SqliteParameter(p, null));
        command.Prepare();
        return command;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar() is var value && value is DBNull ? null : value;
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
