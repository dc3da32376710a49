using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

namespace Sightline.Web.Alerts;

/// <summary><c>GET /alerts</c> (open ones; <c>all=true</c> adds acknowledged ones) and <c>POST /alerts/{id}/ack</c>,
/// recorded under the holder of the request's credential.</summary>
public static class AlertEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/alerts", List).WithName("alerts").WithTags("alerts")
            .WithSummary("Alerts, newest first: open ones, or all with all=true");
        app.MapPost("/alerts/{id}/ack", Acknowledge).WithName("acknowledge").WithTags("alerts")
            .WithSummary("Acknowledge an alert (recorded under the holder of the request's credential)").ProducesProblem(404).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);
    }

    private static JsonBody<IReadOnlyList<AlertJson>> List(bool? all, int? limit, KnowledgeAccess kb) =>
        JsonBody.Ok<IReadOnlyList<AlertJson>>([.. kb.Alerts.List(all ?? false, Math.Clamp(limit ?? 500, 1, 5000)).Select(AlertJson.Of)]);

    private static async Task<Results<JsonBody<AlertJson>, ProblemHttpResult>> Acknowledge(string id, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        var done = await state.Writer.DecideAsync((_, alerts) => alerts.Acknowledge(id, user.Holder()) ? alerts.Find(id) : null, cancel);
        return done is null
            ? Problems.NotFound("No such alert", $"No alert has the id '{id}' (GET /alerts?all=true lists them).")
            : JsonBody.Ok(AlertJson.Of(done));
    }
}
