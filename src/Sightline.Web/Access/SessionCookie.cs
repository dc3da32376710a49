using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Sightline.Web.Access;

/// <summary>
/// The browser session: an HttpOnly, SameSite=Strict cookie (Secure when the server is exposed, which implies TLS),
/// sealed with keys that live in memory only, so a session ends with the server. An API call without a credential is
/// answered 401 or 403, never redirected to a sign-in page.
/// </summary>
public static class SessionCookie
{
    public const string Scheme = "session";
    public const string Name = "sightline-session";

    public static void Configure(CookieAuthenticationOptions options, AccessSettings settings)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = settings.Exposed ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => Status(context.Response, 401);
        options.Events.OnRedirectToAccessDenied = context => Status(context.Response, 403);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
