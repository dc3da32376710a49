using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Alerts;
using Sightline.Knowledge.Storage;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

namespace Sightline.Web.Alerts;

/// <summary><c>GET /alerts</c>, filtered by rule, status (open, acknowledged or all; <c>all=true</c> is status all),
/// the day they were last updated, the report or the meeting they come from; and <c>POST /alerts/{id}/ack</c>,
/// recorded under the holder of the request's credential.</summary>
public static class AlertEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/alerts", List).WithName("alerts").WithTags("alerts")
            .WithSummary("Alerts, newest first; filters: rule, status=open|acknowledged|all (open by default; all=true is status=all), " +
                         "since and until (yyyy-MM-dd, the day an alert was last updated, UTC), document (a report's id: the alerts it gave cause for), " +
                         "meeting (a meeting event's id)")
            .ProducesProblem(400).ProducesProblem(404);
        app.MapPost("/alerts/{id}/ack", Acknowledge).WithName("acknowledge").WithTags("alerts")
            .WithSummary("Acknowledge an alert (recorded under the holder of the request's credential)").ProducesProblem(404).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);
    }

    private static Results<JsonBody<IReadOnlyList<AlertJson>>, ProblemHttpResult> List(
        bool? all, string? rule, string? status, string? since, string? until, string? document, string? meeting, int? limit, KnowledgeAccess kb)
    {
        if (rule is not null && !AlertRules.All.Contains(rule))
            return Problems.BadRequest("No such rule", $"'{rule}' is not an alert rule; the rules are {string.Join(", ", AlertRules.All)}.");
        AlertState state;
        switch (status)
        {
            case null: state = all == true ? AlertState.All : AlertState.Open; break;
            case "open": state = AlertState.Open; break;
            case "acknowledged": state = AlertState.Acknowledged; break;
            case "all": state = AlertState.All; break;
            default: return Problems.BadRequest("No such status", $"'{status}' is not an alert status; use open, acknowledged or all.");
        }
        if (!TryDay(since, out var from)) return BadDay("since", since!);
        if (!TryDay(until, out var to)) return BadDay("until", until!);
        string? documentKey = null;
        if (document is not null && (documentKey = kb.Documents.KeyOf(document)) is null)
            return Problems.NotFound("No such document", $"No report has the id '{document}' (GET /documents lists them).");
        var query = new AlertQuery
        {
            Rule = rule, State = state, Since = from, Until = to, DocumentKey = documentKey, EventId = meeting, Limit = Math.Clamp(limit ?? 500, 1, 5000),
        };
        return JsonBody.Ok<IReadOnlyList<AlertJson>>([.. kb.Alerts.List(query).Select(AlertJson.Of)]);
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static ProblemHttpResult BadDay(string name, string text) =>
        Problems.BadRequest("Not a day", $"{name}='{text}' is not a day; write it yyyy-MM-dd (such as 2026-03-01).");

    private static async Task<Results<JsonBody<AlertJson>, ProblemHttpResult>> Acknowledge(string id, ClaimsPrincipal user, ServerState state, CancellationToken cancel)
    {
        var done = await state.Writer.DecideAsync((_, alerts) => alerts.Acknowledge(id, user.Holder()) ? alerts.Find(id) : null, cancel);
        return done is null
            ? Problems.NotFound("No such alert", $"No alert has the id '{id}' (GET /alerts?all=true lists them).")
            : JsonBody.Ok(AlertJson.Of(done));
    }
}
