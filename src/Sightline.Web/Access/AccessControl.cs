using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;

namespace Sightline.Web.Access;

/// <summary>
/// Access control wired into the server with ASP.NET Core's own parts (ADR-027): host filtering against DNS rebinding,
/// API keys (<see cref="ApiKeyAuthentication"/>) and the session cookie behind one scheme chosen by the presence of an
/// Authorization header, antiforgery tokens for the session's writes, and the role policies of <see cref="AccessPolicies"/>.
/// </summary>
public static class AccessControl
{
    private const string Scheme = "credential";

    public static void AddServices(IServiceCollection services, AccessSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<SignInLink>();
        services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = [.. settings.AllowedHosts];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new MemoryKeyRepository());
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or browser session", o =>
                o.ForwardDefaultSelector = http => http.Request.Headers.Authorization.Count > 0 ? ApiKeyAuthentication.SchemeName : SessionCookie.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(SessionCookie.Scheme, o => SessionCookie.Configure(o, settings));
        services.AddAuthorization(AccessPolicies.Add);
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails = context => context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            401 => "This needs a credential: an API key sent as Authorization: Bearer KEY (sightline keys add NAME --role analyst), or the browser session from the one-time link sightline serve prints.",
            403 => "The credential's role may not do this: changing the record needs an analyst's or admin's key or session.",
            _ => null,
        });
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = RequestGuards.CsrfHeader;
            o.Cookie.Name = "sightline-csrf";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY
        });
    }

    /// <summary>The checks, in order: Host, the request guards, who the request is, its CSRF token, what it may do.</summary>
    public static void Use(WebApplication app, AccessSettings settings)
    {
        app.UseHostFiltering();
        RequestGuards.UseBeforeAuthentication(app, settings);
        app.UseAuthentication();
        RequestGuards.UseAfterAuthentication(app);
        app.UseAuthorization();
    }
}
