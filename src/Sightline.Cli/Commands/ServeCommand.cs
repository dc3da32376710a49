using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve</c>: the HTTP API over the same database, on loopback only.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls") { Description = $"Where to listen (loopback only; default {SightlineServer.DefaultUrl})", DefaultValueFactory = _ => [SightlineServer.DefaultUrl] };
        var command = new Command("serve", "Serve the HTTP API (yente-compatible /match, OpenAPI at /openapi/v1.json) over the database, on loopback only") { urls };
        command.SetAction(async (result, cancel) =>
        {
            string path;
            using (var session = CliSession.Open(result))
            {
                session.ListsOrBundled();
                path = session.DatabasePath;
            }
            WebApplication app;
            try { app = SightlineServer.Create(path, result.GetValue(urls)!); }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"sightline serve: {e.Message}");
                return 2;
            }
            await app.StartAsync(cancel);
            foreach (var url in app.Urls) Console.WriteLine($"Sightline is serving {path} at {url} (OpenAPI: {url}/openapi/v1.json). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }
}
