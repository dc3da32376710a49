using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sightline.Web.Access;

/// <summary>
/// Checks every request before it reaches the pages or the API: a loopback-only server answers only on loopback
/// (whatever Kestrel was told), a write from another site is refused (<c>Sec-Fetch-Site</c>, else <c>Origin</c>), and a
/// write made with the browser session carries the session's CSRF token.
/// </summary>
public static class RequestGuards
{
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>The checks that need no credential; they run before authentication.</summary>
    public static void UseBeforeAuthentication(WebApplication app, AccessSettings settings) =>
        app.Use(async (http, next) =>
        {
            if (!settings.Exposed && http.Connection.LocalIpAddress is { } local && !IPAddress.IsLoopback(local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local))
            {
                http.Abort(); // a loopback-only server reached on another address: Kestrel was configured around the guard
                return;
            }
            if (!IsSafe(http.Request.Method) && FromAnotherSite(http.Request) is { } why)
            {
                await Refuse(http, "Cross-site write refused", $"{why}; Sightline accepts writes only from its own pages or from programs with an API key.");
                return;
            }
            await next(http);
        });

    /// <summary>The CSRF check on writes made with the session cookie; it runs after authentication.</summary>
    public static void UseAfterAuthentication(WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (!IsSafe(http.Request.Method) && http.User.Identity?.AuthenticationType == SessionCookie.Scheme)
            {
                if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
                {
                    await Refuse(http, "Missing or wrong CSRF token", $"A write made with the browser session must send the token from GET /session as {CsrfHeader}.");
                    return;
                }
            }
            await next(http);
        });

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>Why the request comes from another site, or null when it comes from this one or from a program.</summary>
    private static string? FromAnotherSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none")) return $"the browser says the request comes from a {fetchSite} page";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return null;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from)) return $"the request comes from the origin '{origin}'";
        var sameHost = string.Equals(from.Host.Trim('[', ']'), request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);
        var samePort = request.Host.Port is { } port ? from.Port == port : from.IsDefaultPort;
        return sameHost && samePort ? null : $"the request comes from {origin}, not from {request.Host}";
    }

    private static Task Refuse(HttpContext http, string title, string detail) =>
        Results.Problem(statusCode: 403, title: title, detail: detail).ExecuteAsync(http);
}
