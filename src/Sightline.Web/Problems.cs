using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sightline.Web;

/// <summary>The RFC 7807 problems the endpoints answer with, each with a detail a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) => TypedResults.Problem(statusCode: 404, title: title, detail: detail);

    public static ProblemHttpResult BadRequest(string title, string detail) => TypedResults.Problem(statusCode: 400, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(statusCode: 409, title: title, detail: detail);

    public static ProblemHttpResult NoEntity(string id) =>
        NotFound("No such entity", $"'{id}' is neither a knowledge-base entity (P-…, O-…) nor a list entry (list:id, such as us_ofac_sdn:28004). Search first: GET /search/default?q=NAME.");
}
