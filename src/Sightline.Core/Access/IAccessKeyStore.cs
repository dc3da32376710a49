namespace Sightline.Access;

/// <summary>Where API keys are kept: by the hash of their secret, each change recorded in the audit trail with it.</summary>
public interface IAccessKeyStore : IDisposable
{
    /// <summary>Stores a new key and its audit entry in one transaction.</summary>
    void Add(AccessKey key, string secretHash, string reason);

    /// <summary>The key whose secret hashes to <paramref name="secretHash"/>, revoked or not.</summary>
    AccessKey? ByHash(string secretHash);

    /// <summary>Every key, oldest first.</summary>
    IReadOnlyList<AccessKey> All();

    /// <summary>Marks the key revoked and records who did it; false when there is no such key or it is revoked already.</summary>
    bool Revoke(string id, DateTimeOffset at, string user, string reason);
}
