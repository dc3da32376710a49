using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sightline.Access;

namespace Sightline.Web.Access;

/// <summary>What a browser session is: the request's holder and role, and the token the pages send with every write.</summary>
public sealed record SessionView(string? User, string? Role, string? CsrfToken);

/// <summary>
/// Browser sessions: <c>GET /session/start?token=…</c> (the one-time link) signs the browser in as the server's owner
/// and goes to the start page; <c>GET /session</c> says who the browser is and gives it the CSRF token its writes carry.
/// </summary>
public static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(SignInLink.Route, Start).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/session", Current).AllowAnonymous().WithName("session").WithTags("access")
            .WithSummary("Who this request is (a key's or session's holder and role, or nobody) and, for a browser session, the CSRF token to send as X-CSRF-Token with each write")
            .Produces<SessionView>();
    }

    private static async Task<IResult> Start(string? token, HttpContext http, SignInLink link, AccessSettings settings)
    {
        if (!link.TryUse(token))
            return Results.Problem(statusCode: 403, title: "This sign-in link is spent or wrong",
                detail: "A sign-in link works once. Restart sightline serve for a new one, or use an API key (sightline keys add NAME --role analyst).");
        await http.SignInAsync(SessionCookie.Scheme, Credentials.Principal(settings.Owner, AccessRole.Admin, SessionCookie.Scheme));
        return Results.Redirect("/");
    }

    private static SessionView Current(HttpContext http, IAntiforgery antiforgery)
    {
        var user = http.User;
        if (user.Role() is not { } role) return new SessionView(null, null, null);
        var csrf = user.Identity!.AuthenticationType == SessionCookie.Scheme ? antiforgery.GetAndStoreTokens(http).RequestToken : null;
        return new SessionView(user.Holder(), role.Name(), csrf);
    }
}
