using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve</c>: the web application and HTTP API over the same database, on loopback only.</summary>
internal static class ServeCommand
{
    public static Option<string[]> Urls() =>
        new("--urls") { Description = $"Where to listen (loopback only; default {SightlineServer.DefaultUrl})", DefaultValueFactory = _ => [SightlineServer.DefaultUrl] };

    public static Command Create()
    {
        var urls = Urls();
        var maxUpload = new Option<int>("--max-upload-mb")
        {
            Description = "Largest report an upload may be, in MB; a larger one is answered 413",
            DefaultValueFactory = _ => (int)(Documents.DocumentLimits.Default.MaxFileBytes / 1024 / 1024),
        };
        var command = new Command("serve", "Serve the web application and the HTTP API (yente-compatible /match, OpenAPI at /openapi/v1.json) over the database, on loopback only") { urls, maxUpload };
        command.SetAction(async (result, cancel) =>
        {
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
            return await ServeAsync(result, path, result.GetValue(urls)!, cancel, limits);
        });
        return command;
    }

    /// <summary>Serves until Ctrl+C, after printing the address; 2 when the address is refused or taken.</summary>
    public static async Task<int> ServeAsync(ParseResult result, string databasePath, IReadOnlyList<string> urls, CancellationToken cancel, Documents.DocumentLimits? limits = null)
    {
        WebApplication app;
        try
        {
            app = SightlineServer.Create(new ServerOptions(databasePath, urls, GlobalOptions.Reviewer(result), ProjectPaths.NerModel, ServerOptions.UploadFolderFor(databasePath))
            {
                Limits = limits ?? Documents.DocumentLimits.Default,
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
            SightlineServer.RequireLoopbackAddresses(app);
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
        foreach (var url in app.Urls) Console.WriteLine($"Sightline is serving {databasePath} at {url} (API: {url}/openapi/v1.json). Open it in a browser; Ctrl+C stops it.");
        await app.WaitForShutdownAsync(cancel);
        await app.DisposeAsync();
        return 0;
    }
}
