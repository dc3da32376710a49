using System.Data.Common;
using System.Globalization;
using Dapper;
using Sightline.Access;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IAccessKeyStore"/> on the <c>access_keys</c> table of either database, in SQL both read alike
/// (ADR-045), on a connection of its own that it closes on dispose; each addition and
/// revocation goes into the audit trail (<c>kb_decisions</c>) in the same transaction.</summary>
internal sealed class RelationalAccessKeyStore : IAccessKeyStore
{
    private const string Columns =
        "id AS Id, name AS Name, role AS Role, created_at AS CreatedAt, created_by AS CreatedBy, revoked_at AS RevokedAt";

    private readonly DbConnection _connection;

    public RelationalAccessKeyStore(DbConnection connection) => _connection = connection;

    public void Add(AccessKey key, string secretHash, string reason)
    {
        using var transaction = _connection.BeginTransaction();
        _connection.Execute(
            """
            INSERT INTO access_keys (id, name, role, secret_hash, created_at, created_by)
            VALUES (@Id, @Name, @Role, @secretHash, @CreatedAt, @CreatedBy)
            """, new { key.Id, key.Name, Role = key.Role.Name(), secretHash, CreatedAt = Text(key.CreatedAt), key.CreatedBy }, transaction);
        Audit(transaction, "add-key", key.Id, $"{key.Name} may act as {key.Role.Name()}", key.CreatedBy, reason, key.CreatedAt);
        transaction.Commit();
    }

    public AccessKey? ByHash(string secretHash) =>
        _connection.QueryFirstOrDefault<KeyRow>($"SELECT {Columns} FROM access_keys WHERE secret_hash = @secretHash", new { secretHash })?.ToKey();

    public IReadOnlyList<AccessKey> All() =>
        _connection.Query<KeyRow>($"SELECT {Columns} FROM access_keys ORDER BY created_at, id").Select(r => r.ToKey()).ToList();

    public bool Revoke(string id, DateTimeOffset at, string user, string reason)
    {
        using var transaction = _connection.BeginTransaction();
        var name = _connection.QueryFirstOrDefault<string>("SELECT name FROM access_keys WHERE id = @id AND revoked_at IS NULL", new { id }, transaction);
        if (name is null) return false;
        _connection.Execute("UPDATE access_keys SET revoked_at = @at WHERE id = @id", new { id, at = Text(at) }, transaction);
        Audit(transaction, "revoke-key", id, $"{name}'s key no longer opens the server", user, reason, at);
        transaction.Commit();
        return true;
    }

    private void Audit(DbTransaction transaction, string action, string target, string detail, string user, string reason, DateTimeOffset at) =>
        _connection.Execute(
            "INSERT INTO kb_decisions (action, target, detail, \"user\", reason, decided_at) VALUES (@action, @target, @detail, @user, @reason, @decidedAt)",
            new { action, target, detail, user, reason, decidedAt = Text(at) }, transaction);

    /// <summary>The audit trail's form of a time: ISO 8601 UTC to the second.</summary>
    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();

    private sealed record KeyRow
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Role { get; init; }
        public required string CreatedAt { get; init; }
        public required string CreatedBy { get; init; }
        public string? RevokedAt { get; init; }

        public AccessKey ToKey() => new(Id, Name, AccessRoles.Parse(Role) ?? AccessRole.Reader, Parse(CreatedAt), CreatedBy, RevokedAt is null ? null : Parse(RevokedAt));

        private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }
}
