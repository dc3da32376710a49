using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sightline.Cli.Output;
using Sightline.Web;
using Sightline.Web.Access;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve</c>: the web application and HTTP API over the same database, on loopback only.</summary>
internal static class ServeCommand
{
    public static Option<string[]> Urls() =>
        new("--urls") { Description = $"Where to listen (default {SightlineServer.DefaultUrl}; beyond loopback only with API keys, TLS and --host)", DefaultValueFactory = _ => [SightlineServer.DefaultUrl] };

    public static Option<string[]> Hosts() =>
        new("--host") { Description = "A host name clients reach the server by, when it listens beyond loopback (requests naming another host are refused)" };

    public static Option<bool> BehindTlsProxy() =>
        new("--behind-tls-proxy") { Description = "A proxy in front terminates TLS, so an http:// address beyond loopback is allowed (API keys are still required)" };

    public static Command Create()
    {
        var urls = Urls();
        var maxUpload = new Option<int>("--max-upload-mb")
        {
            Description = "Largest report an upload may be, in MB; a larger one is answered 413",
            DefaultValueFactory = _ => (int)(Documents.DocumentLimits.Default.MaxFileBytes / 1024 / 1024),
        };
        var hosts = Hosts();
        var behindProxy = BehindTlsProxy();
        var queue = new Option<bool>("--queue") { Description = "Keep uploads in the PostgreSQL database and queue them for the workers (sightline worker), answering 202 with the job, instead of ingesting them in the request" };
        var command = new Command("serve", "Serve the web application and the HTTP API (yente-compatible /match, OpenAPI at /openapi/v1.json) over the database; prints a one-time sign-in link for the browser")
        {
            urls, hosts, behindProxy, maxUpload, queue,
        };
        command.SetAction(async (result, cancel) =>
        {
            var address = Storage.StoreAddress.Resolve(result.GetValue(GlobalOptions.Database));
            if (result.GetValue(queue) && address is not Storage.PostgresAddress)
            {
                Console.Error.WriteLine($"sightline serve: --queue needs a PostgreSQL database (--db postgres://…) that the workers reach; {address.Display} is a SQLite file, whose server ingests uploads itself");
                return 2;
            }
            string path;
            using (var session = CliSession.Open(result))
            {
                session.ListsOrBundled();
                path = session.DatabasePath;
            }
            if (result.GetValue(maxUpload) <= 0)
            {
                Console.Error.WriteLine("sightline serve: --max-upload-mb must be positive");
                return 2;
            }
            var limits = Documents.DocumentLimits.Default with { MaxFileBytes = result.GetValue(maxUpload) * 1024L * 1024 };
            return await ServeAsync(result, path, result.GetValue(urls)!, cancel, result.GetValue(hosts), result.GetValue(behindProxy), limits, result.GetValue(queue));
        });
        return command;
    }

    /// <summary>Serves until Ctrl+C, after printing the address and the one-time sign-in link; 2 when the address is
    /// refused or taken.</summary>
    public static async Task<int> ServeAsync(ParseResult result, string databasePath, IReadOnlyList<string> urls, CancellationToken cancel,
        IReadOnlyList<string>? hosts = null, bool behindTlsProxy = false, Documents.DocumentLimits? limits = null, bool queueUploads = false)
    {
        WebApplication app;
        try
        {
            app = SightlineServer.Create(new ServerOptions(databasePath, urls, GlobalOptions.Reviewer(result), ProjectPaths.NerModel, ServerOptions.UploadFolderFor(databasePath),
                hosts, behindTlsProxy)
            {
                Limits = limits ?? Documents.DocumentLimits.Default,
                QueueUploads = queueUploads,
            });
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"sightline serve: {e.Message}");
            return 2;
        }
        try
        {
            await app.StartAsync(cancel);
            SightlineServer.RequireAllowedAddresses(app);
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync();
            Console.Error.WriteLine($"sightline serve: {e.Message}{e switch
            {
                IOException => $" (another program holds the address; choose another with --urls {SightlineServer.DefaultUrl.Replace("5080", "5081")})",
                System.Net.Sockets.SocketException => $" (cannot listen at {string.Join(", ", urls)}; use {SightlineServer.DefaultUrl} or http://[::1]:5080)",
                _ => "",
            }}");
            return 2;
        }
        // Loaded before the address is printed, so the first search answers at once; meanwhile /healthz answers and
        // /readyz says the index is loading.
        StepStatus.Run("Loading the screening index and the names on the lists", () => app.Services.GetRequiredService<ServerState>());
        foreach (var url in app.Urls) Console.WriteLine($"Sightline is serving {Storage.StoreAddress.Parse(databasePath).Display} at {url} (API: {url}/openapi/v1.json). Ctrl+C stops it.");
        var owner = app.Services.GetRequiredService<AccessSettings>().Owner;
        Console.WriteLine($"Sign in as {owner} (admin) by opening, once: {PublicAddress(app.Urls.First(), hosts, behindTlsProxy)}{app.Services.GetRequiredService<SignInLink>().Path}");
        Console.WriteLine("Programs send an API key as Authorization: Bearer KEY (sightline keys add NAME --role analyst).");
        await app.WaitForShutdownAsync(cancel);
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>The address a browser uses: the bound one, or with <c>--host</c> that name (behind a TLS proxy, on https's
    /// own port), since a request naming a wildcard address is refused.</summary>
    private static string PublicAddress(string bound, IReadOnlyList<string>? hosts, bool behindTlsProxy)
    {
        if (hosts is not [var host, ..]) return bound;
        return behindTlsProxy ? $"https://{host}" : new UriBuilder(bound) { Host = host }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
