using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sightline.Web.Alerts;
using Sightline.Web.Knowledge;
using Sightline.Web.Lists;
using Sightline.Web.Match;
using Sightline.Web.Review;
using Sightline.Web.Screening;

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
    public static WebApplication Create(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        foreach (var url in options.Urls) RequireLoopback(url);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // no line a request; problems still show
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // the command prints its own address line
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical); // a failed start is reported by the caller, in one line
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // A stable document: the same title whatever program hosts the server, and no listening address in it.
            document.Info.Title = "Sightline";
            document.Info.Version = "v1";
            document.Info.Description = "Screening against the sanctions lists (yente-compatible /match) and the knowledge base of reports.";
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        // One upload limit (a report file of at most Limits.MaxFileBytes) for the server and the form reader, answered
        // with 413 by the upload endpoint instead of Kestrel's 30 MB default and a bare 500.
        var bodyLimit = options.Limits.MaxFileBytes + ServerOptions.MultipartOverhead;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = bodyLimit);
        configure?.Invoke(builder);
        // Kestrel also takes endpoints from configuration (appsettings.json in the working folder, Kestrel__Endpoints__…
        // in the environment), which override UseUrls: they pass the same guard.
        foreach (var endpoint in builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren())
            RequireLoopback(endpoint["Url"] ?? $"(Kestrel endpoint '{endpoint.Key}' without a Url)");
        var reviewer = builder.Configuration["Sightline:Reviewer"] is { Length: > 0 } configured ? configured : options.Reviewer;
        builder.Services.AddSingleton(_ => new ServerState(options, reviewer, TimeProvider.System));
        builder.Services.AddScoped<KnowledgeAccess>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        SecurityHeaders.Use(app);
        WebUi.Use(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapPost("/match/{dataset}", (string dataset, MatchRequest? body, ServerState state, int? limit, double? threshold, string? algorithm) =>
                MatchEndpoint.Handle(dataset, body, state, limit, threshold, algorithm))
            .WithName("match").WithTags("screening").WithSummary("Screen entities against the lists, in OpenSanctions yente's request and response shape")
            .Produces<MatchResponse>().ProducesProblem(400).ProducesProblem(404);
        ScreenEndpoint.Map(app);
        CompareEndpoint.Map(app);
        SearchEndpoint.Map(app);
        EntityEndpoints.Map(app);
        MeetingEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        AlertEndpoints.Map(app);
        ListEndpoints.Map(app);
        ReviewEndpoints.Map(app);
        return app;
    }

    /// <summary>Throws when the started server listens anywhere beyond this machine, however it was configured: the last
    /// guard, after the addresses were bound.</summary>
    public static void RequireLoopbackAddresses(WebApplication app)
    {
        foreach (var url in app.Urls) RequireLoopback(url);
    }

    /// <summary>Throws when <paramref name="url"/> would listen beyond this machine.</summary>
    public static void RequireLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{url}' is not an address such as {DefaultUrl} (Sightline serves loopback only)");
        var host = uri.Host;
        var ip = IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed : null;
        var loopback = host == "localhost" || (ip is not null && IPAddress.IsLoopback(ip));
        if (loopback && ip is { IsIPv4MappedToIPv6: true })
            throw new ArgumentException($"'{url}' is an IPv4 address written as IPv6, which the server cannot listen on; write {ip.MapToIPv4()} instead");
        if (!loopback)
            throw new ArgumentException($"'{url}' listens beyond this machine; Sightline serves loopback only (127.0.0.1, [::1], localhost) until access control exists");
    }
}
