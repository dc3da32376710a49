using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Sightline.Storage;

namespace Sightline.Web;

/// <summary>A write that could not have the writer's turn within the server's bound (another upload, or a command-line
/// ingest or list import holding the database) is answered 503 with <c>Retry-After</c> and a problem-details body
/// saying nothing was written — not a bare 500 (ADR-028).</summary>
internal sealed class WriterBusyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        if (exception is not WriterBusyException busy) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Another writer holds the database",
                Detail = busy.Message,
            },
        });
    }
}
