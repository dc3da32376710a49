using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Sightline.Review;
using Sightline.Web.Access;

namespace Sightline.Web.Review;

/// <summary>What a review action needs: always why (kept in the audit trail), and for some the entity merged into, the
/// document split off, or the list entry linked.</summary>
public sealed record ReviewRequest(string? Why, string? Into = null, string? Document = null, string? List = null, string? ListId = null);

/// <summary>
/// The review actions of <c>sightline confirm|reject|not-a-meeting|link|unlink|merge|split</c> over HTTP, each recorded
/// under the holder of the request's credential (an analyst's key or session) with the request's <c>why</c>, and
/// <c>GET /audit</c>. A decision that cannot be made as asked is a 409 problem saying why.
/// </summary>
public static class ReviewEndpoints
{
    public static void Map(WebApplication app)
    {
        Action(app, "/claims/{id}/confirm", "confirm-claim", "Confirm a claim", (desk, id, r, who) => { desk.ConfirmClaim(id, who, r.Why!); return id; });
        Action(app, "/claims/{id}/reject", "reject-claim", "Reject a claim", (desk, id, r, who) => { desk.RejectClaim(id, who, r.Why!); return id; });
        Action(app, "/meetings/{id}/not-a-meeting", "not-a-meeting", "Reject every claim of a meeting event: it was not a meeting",
            (desk, id, r, who) => { desk.NotAMeeting(id, who, r.Why!); return id; });
        Action(app, "/entities/{id}/link", "link", "Link the entity to a list entry (list, list_id)",
            (desk, id, r, who) => { desk.Link(id, Required(r.List, "list"), Required(r.ListId, "list_id"), who, r.Why!); return id; });
        Action(app, "/entities/{id}/unlink", "unlink", "Unlink the entity from a list entry (list, list_id)",
            (desk, id, r, who) => { desk.Unlink(id, Required(r.List, "list"), Required(r.ListId, "list_id"), who, r.Why!); return id; });
        Action(app, "/entities/{id}/merge", "merge", "Merge the entity into another (into)",
            (desk, id, r, who) => { desk.Merge(id, Required(r.Into, "into"), who, r.Why!); return r.Into!; });
        Action(app, "/entities/{id}/split", "split", "Split off what one document (document: its id or key) says as a new entity",
            (desk, id, r, who) => desk.Split(id, Required(r.Document, "document"), who, r.Why!));
        app.MapGet("/review/links", (int? limit, bool? probable, KnowledgeAccess kb) =>
                TypedResults.Ok(kb.LinkQueue(Math.Clamp(limit ?? 100, 1, 5000), probable != true).Select(QueuedLinkView.Of).ToList()))
            .WithName("review-links").WithTags("review").Produces<List<QueuedLinkView>>()
            .WithSummary("Links waiting for an analyst, most consequential first (meetings with alerts): probable links, which count already, and candidates (probable=true: only probable links). Confirm with /entities/{id}/link, reject with /entities/{id}/unlink");
        app.MapGet("/audit", (int? limit, KnowledgeAccess kb) =>
                TypedResults.Ok(kb.Review.Audit(Math.Clamp(limit ?? 200, 1, 5000))))
            .WithName("audit").WithTags("review").WithSummary("The review decisions, newest first: who, when, what and why");
    }

    private static void Action(WebApplication app, string route, string name, string summary, Func<ReviewDesk, string, ReviewRequest, string, string> decide) =>
        app.MapPost(route, async Task<Results<Ok<ReviewResult>, ProblemHttpResult>> (string id, ReviewRequest? body, ClaimsPrincipal user, ServerState state, KnowledgeAccess kb, CancellationToken cancel) =>
            {
                if (string.IsNullOrWhiteSpace(body?.Why))
                    return Problems.BadRequest("Say why", "A review decision needs {\"why\": \"…\"}; it is kept in the audit trail.");
                var request = body with { Document = body.Document is { } document ? DocumentKey(kb, document) : null };
                try
                {
                    var result = await state.Writer.DecideAsync((desk, _) => decide(desk, id, request, user.Holder()), cancel);
                    return TypedResults.Ok(new ReviewResult(name, id, result, user.Holder()));
                }
                catch (ReviewException e)
                {
                    return Problems.Conflict("The decision cannot be made", e.Message);
                }
            })
            .WithName(name).WithTags("review").WithSummary(summary).Produces<ReviewResult>().ProducesProblem(400).ProducesProblem(409).ProducesProblem(503)
            .RequireAuthorization(AccessPolicies.Write);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ReviewException($"this decision needs \"{field}\"") : value;

    /// <summary>A document's key from its <c>D-</c> id; anything else is taken as the key or path itself.</summary>
    private static string DocumentKey(KnowledgeAccess kb, string document)
    {
        if (!document.StartsWith("D-", StringComparison.Ordinal)) return document;
        return kb.Documents.KeyOf(document) ?? document;
    }
}

/// <summary>A link waiting for an analyst (<see cref="LinkQueue"/>): <c>tier</c> is <c>probable</c> for a link that
/// counts already and null for a candidate.</summary>
public sealed record QueuedLinkView(
    string EntityId, string Entity, string List, string ListId, string EntryName, string State, string? Tier, double Score, string Reason,
    int AlertedMeetings, int Meetings)
{
    public static QueuedLinkView Of(QueuedLink q) =>
        new(q.EntityId, q.EntityName, q.List, q.ListId, q.EntryName, q.State, q.State == "probable" ? "probable" : null, Math.Round(q.Score, 4), q.Reason,
            q.AlertedMeetings, q.Meetings);
}

/// <summary>A decision made: the action, the entity, claim or event it was about, what it produced (the entity merged
/// into, the new entity of a split) and who made it.</summary>
public sealed record ReviewResult(string Action, string Target, string Result, string Reviewer);
