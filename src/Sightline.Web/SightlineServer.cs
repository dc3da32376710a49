using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sightline.Access;
using Sightline.Composition;
using Sightline.Web.Access;
using Sightline.Web.Alerts;
using Sightline.Web.Casework;
using Sightline.Web.Contracts;
using Sightline.Web.Health;
using Sightline.Web.Knowledge;
using Sightline.Web.Lists;
using Sightline.Web.Match;
using Sightline.Web.Review;
using Sightline.Web.Screening;

namespace Sightline.Web;

/// <summary>
/// Sightline's HTTP server: the same store and names engine as the command line, on ASP.NET Core's own web server.
/// It binds to loopback unless API keys, TLS and host names allow more (<see cref="ListeningGuard"/>), and every
/// request passes access control (<see cref="AccessControl"/>, ADR-027). Errors are RFC 7807 problem details; the
/// OpenAPI document is served at <c>/openapi/v1.json</c>.
/// </summary>
public static class SightlineServer
{
    public const string DefaultUrl = ListeningGuard.DefaultUrl;

    /// <summary>Builds the application; <paramref name="configure"/> lets tests swap the server for a test host.</summary>
    public static WebApplication Create(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // no line a request; problems still show
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // the command prints its own address line
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical); // a failed start is reported by the caller, in one line
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // its keys stay in memory (MemoryKeyRepository), unencrypted on purpose
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => AccessOpenApi.Describe(o.AddDocumentTransformer((document, _, _) =>
        {
            // A stable document: the same title whatever program hosts the server, and no listening address in it.
            document.Info.Title = "Sightline";
            document.Info.Version = "v1";
            document.Info.Description = "Screening against the sanctions lists (yente-compatible /match) and the knowledge base of reports.";
            document.Servers?.Clear();
            return Task.CompletedTask;
        })));
        // One upload limit (a report file of at most Limits.MaxFileBytes) for the server and the form reader, answered
        // with 413 by the upload endpoint instead of Kestrel's 30 MB default and a bare 500.
        var bodyLimit = options.Limits.MaxFileBytes + ServerOptions.MultipartOverhead;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = bodyLimit);
        configure?.Invoke(builder);
        // Kestrel also takes endpoints from configuration (appsettings.json in the working folder, Kestrel__Endpoints__…
        // in the environment), which override UseUrls: they pass the same guard.
        var fromConfiguration = builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"] ?? $"(Kestrel endpoint '{endpoint.Key}' without a Url)");
        var owner = builder.Configuration["Sightline:Reviewer"] is { Length: > 0 } configured ? configured : options.Reviewer;
        var access = ListeningGuard.Check(options.Urls.Concat(fromConfiguration), options with { Reviewer = owner }, KeysExist(options.DatabasePath));
        AccessControl.AddServices(builder.Services, access);
        var writerWait = double.TryParse(builder.Configuration["Sightline:WriterWaitSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds) : ServerState.DefaultWriterWait;
        builder.Services.AddSingleton(services => new ServerReadiness(services, options.DatabasePath));
        builder.Services.AddSingleton(services =>
        {
            var state = new ServerState(options, TimeProvider.System, writerWait);
            services.GetRequiredService<ServerReadiness>().MarkLoaded();
            return state;
        });
        builder.Services.AddHostedService(services => new ListReloader(services, options.DatabasePath)); // lists changed by another process (ADR-042)
        builder.Services.AddExceptionHandler<WriterBusyHandler>();
        // A body or parameter that cannot be read throws, so that BadRequestHandler answers where and why (ADR-035).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddScoped<KnowledgeAccess>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        SecurityHeaders.Use(app);
        AccessControl.Use(app, access);
        WebUi.Use(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapPost("/match/{dataset}", (string dataset, MatchRequest? body, ServerState state, int? limit, double? threshold, string? algorithm) =>
                MatchEndpoint.Handle(dataset, body, state, limit, threshold, algorithm))
            .WithName("match").WithTags("screening").WithSummary("Screen entities against the lists, in OpenSanctions yente's request and response shape")
            .Produces<MatchResponse>().ProducesProblem(400).ProducesProblem(404)
            .RequireAuthorization(AccessPolicies.Read); // screening reads the lists; it changes nothing
        CatalogEndpoints.Map(app);
        HealthEndpoints.Map(app);
        ScreenEndpoint.Map(app);
        CompareEndpoint.Map(app);
        SearchEndpoint.Map(app);
        EntityEndpoints.Map(app);
        MeetingEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        Jobs.JobEndpoints.Map(app);
        AlertEndpoints.Map(app);
        ListEndpoints.Map(app);
        ReviewEndpoints.Map(app);
        NoteEndpoints.Map(app);
        CaseEndpoints.Map(app);
        SessionEndpoints.Map(app);
        return app;
    }

    /// <summary>Throws when the started server listens beyond this machine although it was opened for loopback only,
    /// however Kestrel was configured: the last guard, after the addresses were bound.</summary>
    public static void RequireAllowedAddresses(WebApplication app)
    {
        if (app.Services.GetRequiredService<AccessSettings>().Exposed) return;
        foreach (var url in app.Urls) ListeningGuard.RequireLoopback(url);
    }

    private static bool KeysExist(string databasePath)
    {
        using var store = Stores.OpenAccessKeys(databasePath, TimeProvider.System);
        return new AccessKeys(store, TimeProvider.System).AnyActive();
    }
}
