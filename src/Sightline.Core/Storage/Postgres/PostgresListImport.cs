using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Storage.Postgres;

/// <summary>One import into the PostgreSQL store, inside one transaction: nothing is visible until <see cref="Commit"/>,
/// and disposing without committing rolls everything back. It holds the writer's turn (<see cref="PostgresWriterLock"/>)
/// from before its transaction begins until it is disposed (ADR-028), and tells the serve nodes listening for list
/// changes on commit (<see cref="PostgresListNotice"/>, ADR-042).</summary>
/// <remarks>Entries are gathered in memory and sent in batches by binary COPY into a temporary table, then moved into
/// <c>entry_payloads</c> and <c>version_entries</c> by one statement each at commit: one round trip a batch instead of
/// two a row. No COPY stays open between calls, so the store can be read while the import is under way.</remarks>
internal sealed class PostgresListImport : IListImport
{
    private const int Batch = 5000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IDisposable _turn;
    private readonly ListSource _source;
    private readonly PostgresListStore _store;
    private readonly long _versionId;
    private readonly long? _previousVersionId;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Schema, string Name, string Hash, string Payload)> _pending = new(Batch);
    private bool _committed;

    public string? ActiveContentHash { get; }

    public PostgresListImport(NpgsqlConnection connection, ListSource source, DateTimeOffset importedAt, PostgresListStore store)
    {
        _connection = connection;
        _source = source;
        _store = store;
        _turn = PostgresWriterLock.Enter(connection, store.Writers, store.Shown);
        try { _transaction = connection.BeginTransaction(); }
        catch
        {
            _turn.Dispose();
            throw;
        }

        Execute("INSERT INTO lists (name, active_version_id) VALUES (@list, NULL) ON CONFLICT DO NOTHING", ("list", source.List));
        _previousVersionId = Scalar("SELECT active_version_id FROM lists WHERE name = @list", ("list", source.List)) as long?;
        ActiveContentHash = _previousVersionId is { } previous
            ? Scalar("SELECT content_hash FROM list_versions WHERE id = @id", ("id", previous)) as string
            : null;
        var number = Convert.ToInt64(Scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM list_versions WHERE list = @list", ("list", source.List)), CultureInfo.InvariantCulture);
        _versionId = (long)Scalar("""
            INSERT INTO list_versions (list, number, format, location, published_at, imported_at, content_hash, persons, organizations, vessels, aircraft, warnings)
            VALUES (@list, @number, @format, @location, @published, @imported, @hash, 0, 0, 0, 0, '[]') RETURNING id
            """,
            ("list", source.List), ("number", number), ("format", source.Format.ToString()), ("location", source.Location),
            ("published", (object?)source.Published?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value),
            ("imported", importedAt.ToString("O", CultureInfo.InvariantCulture)), ("hash", source.ContentHash))!;
        Execute("CREATE TEMPORARY TABLE import_entries (entry_id text, schema text, name text, hash text, payload text) ON COMMIT DROP");
    }

    public void Add(ListEntry entry)
    {
        if (!_ids.Add(entry.Id)) throw new ListFormatException(Path.GetFileName(_source.Location), null, "id", $"entry id {entry.Id} appears twice");
        var json = EntryJson.Serialize(entry);
        _pending.Add((entry.Id, entry.Schema.ToString(), entry.Name, EntryJson.Hash(json), Encoding.UTF8.GetString(json)));
        if (_pending.Count == Batch) Flush();
    }

    public ListVersion Commit(EntryCounts counts, IReadOnlyList<string> warnings)
    {
        Flush();
        Execute("""
            INSERT INTO entry_payloads (hash, payload) SELECT DISTINCT ON (hash) hash, payload FROM import_entries ORDER BY hash ON CONFLICT DO NOTHING;
            INSERT INTO version_entries (version_id, entry_id, schema, name, hash) SELECT @id, entry_id, schema, name, hash FROM import_entries
            """, ("id", _versionId));
        Execute("UPDATE list_versions SET persons = @p, organizations = @o, vessels = @v, aircraft = @a, warnings = @w WHERE id = @id",
            ("p", (long)counts.Persons), ("o", (long)counts.Organizations), ("v", (long)counts.Vessels), ("a", (long)counts.Aircraft),
            ("w", JsonSerializer.Serialize(warnings)), ("id", _versionId));
        if (_previousVersionId is { } previous)
        {
            // Sightline watched these entries appear: that is a listing-date fact of its own.
            Execute("""
                INSERT INTO entry_first_seen (list, entry_id, version_id)
                SELECT @list, e.entry_id, @id FROM version_entries e
                WHERE e.version_id = @id AND NOT EXISTS (SELECT 1 FROM version_entries p WHERE p.version_id = @previous AND p.entry_id = e.entry_id)
                ON CONFLICT DO NOTHING
                """, ("list", _source.List), ("id", _versionId), ("previous", previous));
        }
        Execute("UPDATE lists SET active_version_id = @id WHERE name = @list", ("id", _versionId), ("list", _source.List));
        PostgresListNotice.Send(_connection, _transaction, _versionId);
        _transaction.Commit();
        _committed = true;
        return _store.Version(_versionId)!;
    }

    public void Dispose()
    {
        if (!_committed) _transaction.Rollback();
        _transaction.Dispose();
        _turn.Dispose();
    }

    /// <summary>Sends the gathered entries by one binary COPY.</summary>
    private void Flush()
    {
        if (_pending.Count == 0) return;
        using (var copy = _connection.BeginBinaryImport("COPY import_entries (entry_id, schema, name, hash, payload) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, schema, name, hash, payload) in _pending)
            {
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Text);
                copy.Write(schema, NpgsqlDbType.Text);
                copy.Write(name, NpgsqlDbType.Text);
                copy.Write(hash, NpgsqlDbType.Text);
                copy.Write(payload, NpgsqlDbType.Text);
            }
            copy.Complete();
        }
        _pending.Clear();
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

    private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
