namespace Sightline.Access;

/// <summary>An API key as the server knows it: its public id, whose it is (the name audit records decisions under),
/// its role, when and by whom it was made, and when it was revoked. The secret itself is never stored, only its hash.</summary>
public sealed record AccessKey(string Id, string Name, AccessRole Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A key just made: the record and its secret, which is shown once and cannot be read back.</summary>
public sealed record NewAccessKey(AccessKey Key, string Secret);
