using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Sightline.Web;

/// <summary>A request whose body or parameters cannot be read — JSON that does not parse, a value of the wrong type, a
/// body that is not JSON — is answered with a problem-details 400 (415 for another media type) saying where and what
/// was expected, instead of a bare status: <c>Line 3, position 18 (at $.queries.q1): '}' is invalid after a property
/// name. Expected a ':'.</c> Minimal APIs throw these only with <c>ThrowOnBadRequest</c>, which the server sets.</summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var json = bad.InnerException as JsonException;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = json is not null ? "The body is not valid JSON for this request" : "The request cannot be read",
                Detail = json is not null ? Where(json) : bad.Message,
            },
        });
    }

    /// <summary>The place (1-based line and position, and the JSON path when known) and the parser's words, without the
    /// 0-based place the parser appends to its message.</summary>
    private static string Where(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        if (message.StartsWith(WrongType, StringComparison.Ordinal))
            message = $"The value has the wrong type: {Expected(message[WrongType.Length..].TrimEnd('.'))} was expected.";
        var place = json.LineNumber is { } line ? $"Line {line + 1}, position {(json.BytePositionInLine ?? 0) + 1}" : "Somewhere in the body";
        var path = string.IsNullOrEmpty(json.Path) ? "" : $" (at {json.Path})";
        return $"{place}{path}: {message.Trim()}";
    }

    private const string WrongType = "The JSON value could not be converted to ";

    /// <summary>What a .NET type is written as in JSON, for a person who writes the JSON.</summary>
    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object",
        _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "an array",
        "System.String" => "a string",
        "System.Boolean" => "true or false",
        _ when type.StartsWith("System.Int", StringComparison.Ordinal) || type is "System.Double" or "System.Decimal" => "a number",
        _ => "an object",
    };
}
