using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>
/// Two <c>sightline serve</c> processes on one PostgreSQL database, each with its own local data folder (so each keeps
/// its own stored names index), as the README runs them (ADR-042): a list imported by a third process, the command line,
/// is screened by both within a bounded wait, and each prints its one reload line naming the notice and the versions.
/// </summary>
[Trait("Store", "Postgres")]
[Trait("Speed", "Slow")]
public sealed class ServeNodeProcessTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly StoreFixture _database = new(TemplateDatabase.Lists, TestStore.Postgres);
    private readonly List<(SightlineProcess Process, HttpClient Client)> _nodes = [];

    [Fact]
    public async Task A_list_imported_by_the_command_line_is_screened_by_two_serve_processes()
    {
        var first = await StartNode("first");
        var second = await StartNode("second");

        var file = _database.Files.File("xx_procs.ftm.json");
        await File.WriteAllTextAsync(file,
            """{"id": "XP-1", "schema": "Person", "properties": {"name": ["Benedetta Loxley Vane"], "topics": ["sanction"]}}""" + "\n", Cancel);
        var import = await CliRunner.RunAsync("lists", "import", file, "--db", _database.DatabasePath);
        Assert.True(import.ExitCode == 0, import.Error);

        foreach (var (node, client) in new[] { first, second })
        {
            var until = DateTime.UtcNow + Patience;
            while (!await Answers(client, "Benedetta Loxley Vane", "xx_procs:XP-1"))
            {
                Assert.True(DateTime.UtcNow < until, $"the {node.Name} node did not screen the new list; what it printed:\n{node.Printed}");
                await Task.Delay(100, Cancel);
            }
            Assert.Contains("Lists reloaded (notified: xx_procs version 1):", node.Printed);
            Assert.Contains("xx_procs version 1;", node.Printed);
        }
    }

    private async Task<(SightlineProcess Process, HttpClient Client)> StartNode(string name)
    {
        var node = await SightlineProcess.StartNodeAsync(name, _database.DatabasePath, _database.Files.File($"data-{name}"), Patience, Cancel);
        _nodes.Add(node);
        return node;
    }

    private static async Task<bool> Answers(HttpClient node, string name, string id)
    {
        using var response = await node.PostAsJsonAsync("/match/default", new
        {
            queries = new Dictionary<string, object> { ["q"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = [name] } } },
        }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("responses").GetProperty("q").GetProperty("results")
            .EnumerateArray().Any(r => r.GetProperty("id").GetString() == id);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (process, client) in _nodes)
        {
            client.Dispose();
            await process.DisposeAsync();
        }
        var commandLineIndex = Sightline.Screening.Persistence.StoredScreeningIndex.PathFor(_database.DatabasePath); // in the local data folder, which a fresh machine may not have yet
        if (File.Exists(commandLineIndex)) File.Delete(commandLineIndex);
        _database.Dispose();
    }
}
