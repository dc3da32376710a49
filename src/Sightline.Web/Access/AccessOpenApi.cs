using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sightline.Web.Access;

/// <summary>Says in the OpenAPI document how a client authenticates (an API key as a bearer token, or the browser
/// session's cookie) and which operations need an analyst's credential.</summary>
public static class AccessOpenApi
{
    private const string Bearer = "api_key";

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from `sightline keys add NAME --role reader|analyst|admin`. Reads on a loopback-only server need none; " +
                              "writes need an analyst's or admin's key (or the browser session from the one-time link, with X-CSRF-Token).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy);
            if (policies.Any(p => p is AccessPolicies.Write or AccessPolicies.Admin))
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
            return Task.CompletedTask;
        });
    }
}
