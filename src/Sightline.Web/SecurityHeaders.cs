using Microsoft.AspNetCore.Builder;

namespace Sightline.Web;

/// <summary>
/// The headers every response carries. Report text is untrusted, so pages load scripts and styles from this server
/// only and never inline (the UI builds its DOM with <c>textContent</c>; the policy is the second line of defence),
/// connect only back to it, and cannot be framed.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Use(WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(http);
        });
}
