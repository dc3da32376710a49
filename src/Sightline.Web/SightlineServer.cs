using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Web.Match;

namespace Sightline.Web;

/// <summary>
/// Sightline's HTTP server: the same store and names engine as the command line, on ASP.NET Core's own web server.
/// It binds to loopback addresses only and refuses any other until access control exists. Errors are RFC 7807 problem
/// details; the OpenAPI document is served at <c>/openapi/v1.json</c>.
/// </summary>
public static class SightlineServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the application; <paramref name="configure"/> lets tests swap the server for a test host.</summary>
    public static WebApplication Create(string databasePath, IReadOnlyList<string> urls, Action<WebApplicationBuilder>? configure = null)
    {
        foreach (var url in urls) RequireLoopback(url);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. urls]);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            // A stable document: the same title whatever program hosts the server, and no listening address in it.
            document.Info.Title = "Sightline";
            document.Info.Version = "v1";
            document.Info.Description = "Screening against the sanctions lists (yente-compatible /match) and the knowledge base of reports.";
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(_ => new ServerState(databasePath, TimeProvider.System));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapPost("/match/{dataset}", (string dataset, MatchRequest? body, ServerState state, int? limit, double? threshold, string? algorithm) =>
                MatchEndpoint.Handle(dataset, body, state, limit, threshold, algorithm))
            .WithName("match").WithTags("screening").WithSummary("Screen entities against the lists, in OpenSanctions yente's request and response shape")
            .Produces<MatchResponse>().ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/lists", (ServerState state) => Results.Ok(state.Lists.Order(StringComparer.Ordinal)))
            .WithName("lists").WithTags("lists").WithSummary("The loaded lists (the datasets /match accepts besides 'default')");
        return app;
    }

    /// <summary>Throws when <paramref name="url"/> would listen beyond this machine.</summary>
    public static void RequireLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{url}' is not an address such as {DefaultUrl} (Sightline serves loopback only)");
        var host = uri.Host;
        var loopback = host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback)
            throw new ArgumentException($"'{url}' listens beyond this machine; Sightline serves loopback only (127.0.0.1, [::1], localhost) until access control exists");
    }
}
