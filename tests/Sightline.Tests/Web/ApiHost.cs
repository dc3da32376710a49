using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Access;
using Sightline.Tests.Support;
using Sightline.Web;
using Sightline.Web.Access;

namespace Sightline.Tests.Web;

/// <summary>Sightline's server over a fresh database with the bundled lists and the five sample reports: on the
/// ASP.NET Core test host for API tests, or on Kestrel at a free loopback port for the browser. <see cref="Client"/>
/// carries no credential (reads on loopback are open); <see cref="Analyst"/> and <see cref="ClientAs"/> carry API keys,
/// as every write needs one (ADR-027).</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly StoreFixture _database;
    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];
    private readonly bool _onKestrel;
    private HttpClient? _analyst;

    private ApiHost(StoreFixture database, WebApplication app, HttpClient client, string address, bool onKestrel)
    {
        _database = database;
        _app = app;
        _onKestrel = onKestrel;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    /// <summary>GETs <paramref name="path"/> with <see cref="Client"/> and gives its body; an answer other than a success
    /// fails the test with its status and body.</summary>
    public async Task<string> GetText(string path)
    {
        var cancel = TestContext.Current.CancellationToken;
        var response = await Client.GetAsync(path, cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary><see cref="GetText"/>, read as JSON.</summary>
    public async Task<System.Text.Json.JsonElement> GetJson(string path) =>
        System.Text.Json.JsonDocument.Parse(await GetText(path)).RootElement.Clone();

    /// <summary>Where the server listens (<c>http://127.0.0.1:PORT</c>); a placeholder on the test host.</summary>
    public string Address { get; }

    /// <summary>The database the server serves (a copy of its own).</summary>
    public string DatabasePath => _database.DatabasePath;

    public TempFolder Files => _database.Files;

    public string UploadFolder => Path.Combine(_database.Files.Path, "uploads");

    /// <summary>The holder of <see cref="Analyst"/>'s key, whom its writes are recorded under.</summary>
    public const string AnalystName = "test-analyst";

    /// <summary>A client with an analyst's API key: what a test that writes uses.</summary>
    public HttpClient Analyst => _analyst ??= ClientAs(AnalystName, AccessRole.Analyst);

    /// <summary>The one-time sign-in link's path and query, as <c>sightline serve</c> prints it (null once spent).</summary>
    public string? SignInPath => _app.Services.GetRequiredService<SignInLink>().Path;

    /// <summary>Makes an API key for <paramref name="holder"/> with <paramref name="role"/>, as <c>sightline keys add</c>
    /// does; <paramref name="secret"/> is the key itself.</summary>
    public AccessKey AddKey(string holder, AccessRole role, out string secret) => AddKey(DatabasePath, holder, role, out secret);

    /// <summary>Makes an API key in the database at <paramref name="databasePath"/>.</summary>
    public static AccessKey AddKey(string databasePath, string holder, AccessRole role, out string secret)
    {
        using var store = Sightline.Composition.Stores.OpenAccessKeys(databasePath, TimeProvider.System);
        var made = new AccessKeys(store, TimeProvider.System).Add(holder, role, "test-admin");
        secret = made.Secret;
        return made.Key;
    }

    /// <summary>A new client sending <paramref name="secret"/> as its bearer key (or no credential when null).</summary>
    public HttpClient ClientWithKey(string? secret)
    {
        var client = _onKestrel ? new HttpClient { BaseAddress = new Uri(Address) } : _app.GetTestServer().CreateClient();
        if (secret is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        _clients.Add(client);
        return client;
    }

    /// <summary>A client with a fresh API key for <paramref name="holder"/> with <paramref name="role"/>.</summary>
    public HttpClient ClientAs(string holder, AccessRole role)
    {
        AddKey(holder, role, out var secret);
        return ClientWithKey(secret);
    }

    /// <summary>The server's owner, whom the one-time sign-in link's session acts as.</summary>
    public const string OwnerName = "test-owner";

    /// <param name="settings">Configuration the server reads (such as <c>Sightline:Reviewer</c>).</param>
    /// <param name="options">Changes the options before the server is built (where it listens, its host names); the
    /// database exists by then, so keys can be added to it with <c>AddKey(databasePath, …)</c>.</param>
    /// <param name="limits">What one uploaded document may cost, when not the defaults.</param>
    /// <param name="store">The store the server's database is on (ADR-041).</param>
    public static async Task<ApiHost> StartAsync(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null, Func<ServerOptions, ServerOptions>? options = null,
        Sightline.Documents.DocumentLimits? limits = null, TestStore store = TestStore.Sqlite)
    {
        var database = new StoreFixture(TemplateDatabase.ListsAndSamples, store);
        var url = kestrel ? "http://127.0.0.1:0" : SightlineServer.DefaultUrl;
        var serverOptions = new ServerOptions(database.DatabasePath, [url], OwnerName,
            Path.Combine(Repository.Root, "data", "models", "ner.model"), Path.Combine(database.Files.Path, "uploads"))
        {
            Limits = limits ?? Sightline.Documents.DocumentLimits.Default,
            Compose = KnowledgeFixture.SharingModels,
        };
        serverOptions = options?.Invoke(serverOptions) ?? serverOptions;
        var app = SightlineServer.Create(serverOptions, builder =>
        {
            if (!kestrel) builder.WebHost.UseTestServer();
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        if (!kestrel) return new ApiHost(database, app, app.GetTestClient(), url, onKestrel: false);
        var address = app.Urls.Single();
        return new ApiHost(database, app, new HttpClient { BaseAddress = new Uri(address) }, address, onKestrel: true);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        foreach (var client in _clients) client.Dispose();
        await _app.DisposeAsync();
        _database.Dispose();
    }
}
