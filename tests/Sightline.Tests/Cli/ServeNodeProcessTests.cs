using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
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
    private readonly List<Node> _nodes = [];

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

        foreach (var node in new[] { first, second })
        {
            var until = DateTime.UtcNow + Patience;
            while (!await Answers(node.Client!, "Benedetta Loxley Vane", "xx_procs:XP-1"))
            {
                Assert.True(DateTime.UtcNow < until, $"the {node.Name} node did not screen the new list; its standard error:\n{node.Error}");
                await Task.Delay(100, Cancel);
            }
            Assert.Contains("Lists reloaded (notified: xx_procs version 1):", node.Error);
            Assert.Contains("xx_procs version 1;", node.Error);
        }
    }

    /// <summary>Starts <c>sightline serve</c> on a free loopback port with a data folder of its own, and waits until it
    /// prints its address and answers <c>/readyz</c> 200.</summary>
    private async Task<Node> StartNode(string name)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Repository.CliAssembly, "--db", _database.DatabasePath, "serve", "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(argument);
        start.Environment.Remove("SIGHTLINE_DB");
        start.Environment["XDG_DATA_HOME"] = Directory.CreateDirectory(_database.Files.File($"data-{name}")).FullName;
        var node = new Node(name, Process.Start(start)!);
        _nodes.Add(node);
        var address = await node.AddressAsync(Patience);
        node.Client = new HttpClient { BaseAddress = new Uri(address) };
        var until = DateTime.UtcNow + Patience;
        while ((await node.Client.GetAsync("/readyz", Cancel)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, $"the {name} node was not ready; its standard error:\n{node.Error}");
            await Task.Delay(100, Cancel);
        }
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
        foreach (var node in _nodes) await node.StopAsync();
        File.Delete(Sightline.Screening.Persistence.StoredScreeningIndex.PathFor(_database.DatabasePath)); // the command line's, in the local data folder
        _database.Dispose();
    }

    /// <summary>A running <c>sightline serve</c> process and what it has printed.</summary>
    private sealed class Node
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _error = new();
        private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Node(string name, Process process)
        {
            Name = name;
            Process = process;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not { } line) return;
                lock (_output) _output.AppendLine(line);
                if (line.StartsWith("Sightline is serving ", StringComparison.Ordinal) && line.Split(" at ") is [_, var rest, ..])
                    _address.TrySetResult(rest.Split(' ')[0]);
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (_error) _error.AppendLine(line); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }
        public Process Process { get; }
        public HttpClient? Client { get; set; }

        public string Error { get { lock (_error) return _error.ToString(); } }

        public async Task<string> AddressAsync(TimeSpan patience)
        {
            var printed = await Task.WhenAny(_address.Task, Task.Delay(patience, Cancel));
            Assert.True(printed == _address.Task, $"the {Name} node printed no address; its output:\n{_output}\n{Error}");
            return await _address.Task;
        }

        public async Task StopAsync()
        {
            Client?.Dispose();
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync(Cancel);
            Process.Dispose();
        }
    }
}
