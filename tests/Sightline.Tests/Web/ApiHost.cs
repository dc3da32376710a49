using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sightline.Lists.Import;
using Sightline.Tests.Support;
using Sightline.Web;

namespace Sightline.Tests.Web;

/// <summary>Sightline's server on the ASP.NET Core test host, over a fresh database with the bundled lists.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly StoreFixture _store;
    private readonly WebApplication _app;

    private ApiHost(StoreFixture store, WebApplication app)
    {
        _store = store;
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<ApiHost> StartAsync()
    {
        var store = new StoreFixture();
        foreach (var reader in BundledLists.Open(Repository.Lists)) store.Importer.Import(reader);
        var options = new ServerOptions(store.DatabasePath, [SightlineServer.DefaultUrl], "test-reviewer",
            Path.Combine(Repository.Root, "data", "models", "ner.model"), Path.Combine(store.Files.Path, "uploads"));
        var app = SightlineServer.Create(options, builder => builder.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new ApiHost(store, app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        _store.Dispose();
    }
}
