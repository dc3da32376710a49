using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Names;
using Sightline.Web.Access;

namespace Sightline.Web.Screening;

/// <summary>The body of <c>POST /compare</c>: two names, in any script.</summary>
public sealed record CompareRequest(string? A, string? B);

/// <summary><c>POST /compare</c>: two names compared on their own, as <c>sightline names compare --json</c> prints them:
/// the score, the decision, any conflict, and each token pair with how it was matched.</summary>
public static class CompareEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapPost("/compare", Compare).WithName("compare").WithTags("screening")
            .WithSummary("Compare two names ({\"a\": \"…\", \"b\": \"…\"}): score, decision, and how each pair of tokens matched")
            .Produces(200, contentType: "application/json").ProducesProblem(400)
            .RequireAuthorization(AccessPolicies.Read); // comparing names changes nothing

    private static IResult Compare(CompareRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.A) || string.IsNullOrWhiteSpace(request.B))
            return Problems.BadRequest("Two names needed", "The body needs {\"a\": \"first name\", \"b\": \"second name\"}, both non-empty.");
        var comparison = NamePairComparison.Compare(request.A, request.B);
        return new JsonBody(json => comparison.Write(json));
    }
}
