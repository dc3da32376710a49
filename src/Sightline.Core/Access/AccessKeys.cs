using System.Security.Cryptography;
using System.Text;

namespace Sightline.Access;

/// <summary>
/// Makes, checks and revokes API keys. A key is 256 random bits (<c>sl_</c> and 43 URL-safe characters), printed once;
/// the store keeps its SHA-256 only, which is enough for a secret of that entropy (no dictionary to try).
/// </summary>
public sealed class AccessKeys(IAccessKeyStore store, TimeProvider clock)
{
    public const string Prefix = "sl_";

    /// <summary>Makes a key for <paramref name="name"/> with <paramref name="role"/>, recorded as made by <paramref name="by"/>.</summary>
    public NewAccessKey Add(string name, AccessRole role, string by, string reason = "")
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a key needs the name of the person or program that uses it");
        if (string.IsNullOrWhiteSpace(by)) throw new ArgumentException("a key needs who made it: give --user or set SIGHTLINE_USER");
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new AccessKey("K-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), name.Trim(), role, Now(), by, null);
        store.Add(key, Hash(secret), reason);
        return new NewAccessKey(key, secret);
    }

    /// <summary>The unrevoked key <paramref name="secret"/> is, or null.</summary>
    public AccessKey? Find(string secret) =>
        secret.StartsWith(Prefix, StringComparison.Ordinal) && store.ByHash(Hash(secret)) is { Revoked: false } key ? key : null;

    public IReadOnlyList<AccessKey> List() => store.All();

    /// <summary>True when at least one key is usable.</summary>
    public bool AnyActive() => store.All().Any(k => !k.Revoked);

    /// <summary>Revokes key <paramref name="id"/> from now on; false when there is no such key or it is revoked already.</summary>
    public bool Revoke(string id, string by, string reason = "") => store.Revoke(id.Trim(), Now(), by, reason);

    /// <summary>The stored form of a secret: SHA-256, lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
