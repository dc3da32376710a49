using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Alerts;
using Sightline.Web.Access;

namespace Sightline.Web.Alerts;

/// <summary><c>GET /alerts</c> (open ones; <c>all=true</c> adds acknowledged ones) and <c>POST /alerts/{id}/ack</c>,
/// recorded under the holder of the request's credential.</summary>
public static class AlertEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/alerts", List).WithName("alerts").WithTags("alerts")
            .WithSummary("Alerts, newest first: open ones, or all with all=true").Produces(200, contentType: "application/json");
        app.MapPost("/alerts/{id}/ack", Acknowledge).WithName("acknowledge").WithTags("alerts")
            .WithSummary("Acknowledge an alert (recorded under the holder of the request's credential)").Produces(200, contentType: "application/json").ProducesProblem(404)
            .RequireAuthorization(AccessPolicies.Write);
    }

    private static IResult List(bool? all, int? limit, KnowledgeAccess kb)
    {
        var alerts = kb.Alerts.List(all ?? false, Math.Clamp(limit ?? 500, 1, 5000));
        return new JsonBody(json =>
        {
            json.WriteStartArray();
            foreach (var alert in alerts) Write(json, alert);
            json.WriteEndArray();
        });
    }

    private static async Task<IResult> Acknowledge(string id, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        var done = await state.Writer.DecideAsync((_, alerts) => alerts.Acknowledge(id, user.Holder()) ? alerts.Find(id) : null, cancel);
        return done is null
            ? Problems.NotFound("No such alert", $"No alert has the id '{id}' (GET /alerts?all=true lists them).")
            : new JsonBody(json => Write(json, done));
    }

    private static void Write(Utf8JsonWriter json, Alert alert)
    {
        json.WriteStartObject();
        json.WriteString("id", alert.Id);
        json.WriteString("rule", alert.Rule);
        json.WriteString("subject", alert.Subject);
        json.WriteString("summary", alert.Summary);
        json.WriteNumber("revision", alert.Revision);
        json.WriteString("raised_at", alert.RaisedAt);
        json.WriteString("updated_at", alert.UpdatedAt);
        json.WriteString("acknowledged_by", alert.AcknowledgedBy);
        if (alert.AcknowledgedAt is { } at) json.WriteString("acknowledged_at", at); else json.WriteNull("acknowledged_at");
        json.WritePropertyName("payload");
        using (var payload = JsonDocument.Parse(alert.Payload)) payload.WriteTo(json);
        json.WriteEndObject();
    }
}
