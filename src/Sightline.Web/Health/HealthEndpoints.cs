using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Web.Contracts;

namespace Sightline.Web.Health;

/// <summary>
/// <c>GET /healthz</c> (the process answers) and <c>GET /readyz</c> (the screening index is loaded and the database
/// readable; 503 with the reason otherwise), as yente has them, for load balancers and orchestrators. Both answer
/// without a credential even on a server that requires API keys (ADR-035); they say nothing about the record.
/// </summary>
public static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", () => JsonBody.Ok(new StatusJson("ok"))).WithName("healthz").WithTags("system")
            .WithSummary("Liveness: the server answers (no credential needed)")
            .AllowAnonymous();
        app.MapGet("/readyz", Ready).WithName("readyz").WithTags("system")
            .WithSummary("Readiness: the screening index is loaded and the database readable, else 503 with the reason (no credential needed)")
            .ProducesProblem(503)
            .AllowAnonymous();
    }

    private static Results<JsonBody<StatusJson>, ProblemHttpResult> Ready(ServerReadiness readiness) =>
        readiness.NotReadyBecause(TimeProvider.System) is { } why
            ? TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", detail: why)
            : JsonBody.Ok(new StatusJson("ok"));
}
