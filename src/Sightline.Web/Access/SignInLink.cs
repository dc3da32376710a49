using System.Security.Cryptography;
using System.Text;

namespace Sightline.Web.Access;

/// <summary>
/// The one-time link <c>serve</c> and <c>demo</c> print: whoever opens it first gets a browser session as the server's
/// owner (an admin), and the link is spent. The token is 256 random bits, compared in constant time; each start of the
/// server makes a new one.
/// </summary>
public sealed class SignInLink
{
    public const string Route = "/session/start";
    private string? _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The path and query to open, or null once the link is spent.</summary>
    public string? Path => _token is { } token ? $"{Route}?token={token}" : null;

    /// <summary>Spends the link when <paramref name="token"/> is its token; false when it is wrong or spent already.</summary>
    public bool TryUse(string? token)
    {
        var current = Volatile.Read(ref _token);
        if (current is null || token is null) return false;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(current))) return false;
        return Interlocked.CompareExchange(ref _token, null, current) == current;
    }
}
