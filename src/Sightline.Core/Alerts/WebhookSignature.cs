using System.Security.Cryptography;
using System.Text;

namespace Sightline.Alerts;

/// <summary>
/// How a receiver knows a webhook body comes from this Sightline and is fresh: each hook has a secret, made when it is
/// added and shown once. Each request carries <see cref="TimestampHeader"/> (Unix seconds) and
/// <see cref="SignatureHeader"/> <c>sha256=</c> and the lower-case hex HMAC-SHA256, keyed with the secret's text, of
/// the timestamp, a dot, and the exact body bytes. The receiver computes the same and refuses an old timestamp, so a
/// captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Sightline-Signature";
    public const string TimestampHeader = "X-Sightline-Timestamp";

    /// <summary>A new secret: 32 random bytes as 64 hex digits.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The signature header's value for a body sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes($"{timestamp}."), .. body]));
}
