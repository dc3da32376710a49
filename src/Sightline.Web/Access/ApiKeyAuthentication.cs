using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sightline.Access;
using Sightline.Composition;

namespace Sightline.Web.Access;

/// <summary>
/// <c>Authorization: Bearer KEY</c>: the key is looked up by its hash on every request (a revoked key stops working at
/// once) and the request acts as the key's holder with the key's role. A wrong or revoked key is a 401, never a
/// fallback to no credential.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header must be 'Bearer KEY'"));
        AccessKey? key;
        using (var store = Stores.OpenAccessKeys(settings.DatabasePath, TimeProvider))
            key = new AccessKeys(store, TimeProvider).Find(header["Bearer ".Length..].Trim());
        if (key is null) return Task.FromResult(AuthenticateResult.Fail("unknown or revoked key"));
        var principal = Credentials.Principal(key.Name, key.Role, SchemeName, key.Id);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"sightline\"";
        return Task.CompletedTask;
    }
}

/// <summary>The identity a credential gives a request: its holder's name (what audit records) and role.</summary>
public static class Credentials
{
    public const string KeyIdClaim = "sightline:key";

    public static ClaimsPrincipal Principal(string name, AccessRole role, string scheme, string? keyId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, keyId ?? name), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.Name()) };
        if (keyId is not null) claims.Add(new Claim(KeyIdClaim, keyId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Whom a write is recorded under; the write policies guarantee the request carries a credential.</summary>
    public static string Holder(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : throw new InvalidOperationException("a write reached its endpoint without a credential");

    /// <summary>The request's role, or null without a credential.</summary>
    public static AccessRole? Role(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true } ? AccessRoles.Parse(user.FindFirstValue(ClaimTypes.Role)) : null;
}
