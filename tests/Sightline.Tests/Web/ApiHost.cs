using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Sightline.Tests.Support;
using Sightline.Web;

namespace Sightline.Tests.Web;

/// <summary>Sightline's server over a fresh database with the bundled lists and the five sample reports: on the
/// ASP.NET Core test host for API tests, or on Kestrel at a free loopback port for the browser.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly KnowledgeFixture _knowledge;
    private readonly WebApplication _app;

    private ApiHost(KnowledgeFixture knowledge, WebApplication app, HttpClient client, string address)
    {
        _knowledge = knowledge;
        _app = app;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    /// <summary>Where the server listens (<c>http://127.0.0.1:PORT</c>); a placeholder on the test host.</summary>
    public string Address { get; }

    public string UploadFolder => Path.Combine(_knowledge.Files.Path, "uploads");

    /// <param name="settings">Configuration the server reads (such as <c>Sightline:Reviewer</c>).</param>
    /// <param name="limits">What one uploaded document may cost, when not the defaults.</param>
    public static async Task<ApiHost> StartAsync(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null, Sightline.Documents.DocumentLimits? limits = null)
    {
        var knowledge = new KnowledgeFixture(withSamples: true);
        var url = kestrel ? "http://127.0.0.1:0" : SightlineServer.DefaultUrl;
        var options = new ServerOptions(knowledge.DatabasePath, [url], "test-reviewer",
            Path.Combine(Repository.Root, "data", "models", "ner.model"), Path.Combine(knowledge.Files.Path, "uploads"))
        {
            Limits = limits ?? Sightline.Documents.DocumentLimits.Default,
        };
        var app = SightlineServer.Create(options, builder =>
        {
            if (!kestrel) builder.WebHost.UseTestServer();
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        if (!kestrel) return new ApiHost(knowledge, app, app.GetTestClient(), url);
        var address = app.Urls.Single();
        return new ApiHost(knowledge, app, new HttpClient { BaseAddress = new Uri(address) }, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        _knowledge.Dispose();
    }
}
