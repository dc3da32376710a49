using System.Diagnostics;
using System.Net;
using System.Text;

namespace Sightline.Tests.Support;

/// <summary>
/// A real <c>sightline</c> process (the built command line, run by <c>dotnet</c>) with a local data folder of its own, as
/// a deployment runs a serve node or a worker on its own machine; keeps what it prints. A serve node's address is read
/// from its "Sightline is serving … at URL" line.
/// </summary>
public sealed class SightlineProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SightlineProcess(string name, Process process)
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

    /// <summary>What it printed so far, both streams.</summary>
    public string Printed { get { lock (_output) lock (_error) return $"{_output}\n{_error}"; } }

    /// <summary>Starts <c>sightline --db DATABASE ARGS…</c> with its data folder (<c>XDG_DATA_HOME</c>) under
    /// <paramref name="dataFolder"/>, where the database's screening index is stored already when its lists are the
    /// bundled ones (<see cref="PlacedScreeningIndex"/>).</summary>
    public static SightlineProcess Start(string name, string database, string dataFolder, params string[] args)
    {
        var start = ProgramStart.For(["--db", database, .. args]);
        start.Environment["XDG_DATA_HOME"] = Directory.CreateDirectory(dataFolder).FullName;
        PlacedScreeningIndex.For(database, dataFolder);
        return new SightlineProcess(name, Process.Start(start)!);
    }

    /// <summary>Starts <c>sightline serve</c> on a free loopback port and waits until it answers <c>/readyz</c> 200;
    /// answers the node with a client on its address.</summary>
    public static async Task<(SightlineProcess Node, HttpClient Client)> StartNodeAsync(string name, string database, string dataFolder, TimeSpan patience, CancellationToken cancel, params string[] args)
    {
        var node = Start(name, database, dataFolder, ["serve", "--urls", "http://127.0.0.1:0", .. args]);
        var printed = await Task.WhenAny(node._address.Task, Task.Delay(patience, cancel));
        Assert.True(printed == node._address.Task, $"the {name} node printed no address:\n{node.Printed}");
        var client = new HttpClient { BaseAddress = new Uri(await node._address.Task) };
        var until = DateTime.UtcNow + patience;
        while ((await client.GetAsync("/readyz", cancel)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, $"the {name} node was not ready:\n{node.Printed}");
            await Task.Delay(100, cancel);
        }
        return (node, client);
    }

    /// <summary>SIGKILL: the process dies where it stands, as when its machine is lost.</summary>
    public void Kill() => Process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
    }
}
