using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Names;
using Sightline.Web.Access;
using Sightline.Names.Contracts;

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
            .ProducesProblem(400)
            .RequireAuthorization(AccessPolicies.Read); // comparing names changes nothing

    private static Results<JsonBody<NameComparisonJson>, ProblemHttpResult> Compare(CompareRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.A) || string.IsNullOrWhiteSpace(request.B))
            return Problems.BadRequest("Two names needed", "The body needs {\"a\": \"first name\", \"b\": \"second name\"}, both non-empty.");
        return JsonBody.Ok(NameComparisonJson.Of(NamePairComparison.Compare(request.A, request.B)));
    }
}
