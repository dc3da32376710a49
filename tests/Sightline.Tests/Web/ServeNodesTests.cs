using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Sightline.Access;
using Sightline.Tests.Support;
using Sightline.Web;
using static Sightline.Tests.Web.NodeProbe;

namespace Sightline.Tests.Web;

/// <summary>
/// Serve nodes on one PostgreSQL database, on loopback (issue 21, ADR-042): a list version committed through one node,
/// or by the command line, is used by the other nodes within a bounded wait, without a request failing meanwhile; and a
/// node whose database went away answers <c>/readyz</c> 503 with the reason, keeps answering searches from memory, and
/// once the database is back is ready again, follows later list changes and writes again.
/// </summary>
[Trait("Store", "Postgres")]
public sealed class ServeNodesTests : IAsyncDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly StoreFixture _database = new(TemplateDatabase.Lists, TestStore.Postgres);
    private readonly List<WebApplication> _nodes = [];
    private readonly List<HttpClient> _clients = [];

    [Fact]
    public async Task A_list_version_committed_through_one_node_or_the_command_line_is_used_by_the_other()
    {
        var first = await StartNode();
        var second = await StartNode();
        Assert.Empty(await MatchIds(second, "xx_nodes", "Teodor Quillane Maslow"));

        // A new list imported through the first node's API is screened by the second.
        ApiHost.AddKey(_database.DatabasePath, "nodes-admin", AccessRole.Admin, out var secret);
        using var admin = new HttpClient { BaseAddress = first.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var form = new MultipartFormDataContent { { new StringContent(ListFile(("XN-1", "Teodor Quillane Maslow"))), "file", "xx_nodes.ftm.json" } };
        var imported = await admin.PostAsync("/lists", form, Cancel);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Cancel));
        await Eventually(second, "xx_nodes", "Teodor Quillane Maslow", "xx_nodes:XN-1");

        // A second version imported by the command line against the same database is screened by both nodes.
        var file = _database.Files.File("xx_nodes.ftm.json");
        await File.WriteAllTextAsync(file, ListFile(("XN-1", "Teodor Quillane Maslow"), ("XN-2", "Ingrid Vossberg Halloran")), Cancel);
        var run = await InProcessCli.RunAsync("lists", "import", file, "--db", _database.DatabasePath);
        Assert.True(run.ExitCode == 0, run.Error);
        await Eventually(second, "xx_nodes", "Ingrid Vossberg Halloran", "xx_nodes:XN-2");
        await Eventually(first, "xx_nodes", "Ingrid Vossberg Halloran", "xx_nodes:XN-2");
    }

    [Fact]
    public async Task A_node_whose_database_went_away_is_not_ready_and_is_ready_again_follows_changes_and_writes_once_it_is_back()
    {
        var node = await StartNode();
        var name = ((Npgsql.NpgsqlConnectionStringBuilder)new(_database.DatabasePath)).Database!;

        PostgresTestDatabase.Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        PostgresTestDatabase.Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        try
        {
            var down = await node.GetAsync("/readyz", Cancel);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            var problem = JsonDocument.Parse(await down.Content.ReadAsStringAsync(Cancel)).RootElement;
            Assert.StartsWith("The database cannot be read", problem.GetProperty("detail").GetString());
            Assert.Equal(HttpStatusCode.OK, (await node.GetAsync("/healthz", Cancel)).StatusCode);
            // Searches are answered from the index in memory meanwhile.
            Assert.Equal(HttpStatusCode.OK, (await Match(node, "default", "Teodor Quillane Maslow")).StatusCode);
        }
        finally
        {
            PostgresTestDatabase.Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        }
        await Ready(node);

        // The node listens again: a list imported afterwards by another process is screened by it.
        var file = _database.Files.File("xx_nodes.ftm.json");
        await File.WriteAllTextAsync(file, ListFile(("XN-1", "Teodor Quillane Maslow")), Cancel);
        var run = await InProcessCli.RunAsync("lists", "import", file, "--db", _database.DatabasePath);
        Assert.True(run.ExitCode == 0, run.Error);
        await Eventually(node, "xx_nodes", "Teodor Quillane Maslow", "xx_nodes:XN-1");

        // Its writer's connections were dropped too: a list imported through the node itself goes through.
        ApiHost.AddKey(_database.DatabasePath, "nodes-admin", AccessRole.Admin, out var secret);
        using var admin = new HttpClient { BaseAddress = node.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ListFile(("XN-1", "Teodor Quillane Maslow"), ("XN-2", "Ingrid Vossberg Halloran"))), "file", "xx_nodes.ftm.json" },
        };
        var imported = await admin.PostAsync("/lists", form, Cancel);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Cancel));
        await Eventually(node, "xx_nodes", "Ingrid Vossberg Halloran", "xx_nodes:XN-2");
    }

    /// <summary>A serve node over the test's database on a free loopback port, ready (its index loaded).</summary>
    private async Task<HttpClient> StartNode()
    {
        var options = new ServerOptions(_database.DatabasePath, ["http://127.0.0.1:0"], ApiHost.OwnerName,
            Path.Combine(Repository.Root, "data", "models", "ner.model"), _database.Files.File($"uploads-{_nodes.Count}"))
        {
            Compose = KnowledgeFixture.SharingModels,
        };
        var app = SightlineServer.Create(options);
        _nodes.Add(app);
        await app.StartAsync(Cancel);
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        _clients.Add(client);
        await Ready(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var node in _nodes) await node.DisposeAsync();
        var commandLineIndex = Sightline.Screening.Persistence.StoredScreeningIndex.PathFor(_database.DatabasePath); // in the local data folder, which a fresh machine may not have yet
        if (File.Exists(commandLineIndex)) File.Delete(commandLineIndex);
        _database.Dispose();
    }
}
