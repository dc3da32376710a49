using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using Sightline.Screening.Batch;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench match</c>: a load generator for running serve nodes. N clients, each sending one
/// yente <c>/match/default</c> request at a time, in turn to each node given, for a number of seconds; the names are the
/// evaluation fixtures' (listed persons and non-matches). Prints requests a second, latency percentiles and every
/// failed request (an answer other than 200 or no answer), per node and in all; exits 1 when any request failed.</summary>
internal static class BenchMatch
{
    public static Command Create()
    {
        var nodes = new Option<string[]>("--node") { Description = "A serve node's address (http://127.0.0.1:5081); repeat for each node", Required = true, AllowMultipleArgumentsPerToken = true };
        var clients = new Option<int>("--clients") { Description = "Requests in flight at once, each client waiting for its answer before the next", DefaultValueFactory = _ => 8 };
        var seconds = new Option<double>("--seconds") { Description = "How long to send requests", DefaultValueFactory = _ => 30 };
        var command = new Command("match", "Load serve nodes with /match requests from N concurrent clients; print requests a second, latencies and failures") { nodes, clients, seconds };
        command.SetAction((result, cancel) =>
        {
            var addresses = result.GetValue(nodes)!;
            if (addresses.FirstOrDefault(a => !Uri.TryCreate(a, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) is { } bad)
            {
                Console.Error.WriteLine($"sightline bench match: '{bad}' is not a node's address such as http://127.0.0.1:5081");
                return Task.FromResult(2);
            }
            return RunAsync([.. addresses.Select(a => new Uri(a))], Math.Max(1, result.GetValue(clients)), TimeSpan.FromSeconds(Math.Max(1, result.GetValue(seconds))), cancel);
        });
        return command;
    }

    private sealed record Sample(int Node, double Milliseconds, string? Failure);

    private static async Task<int> RunAsync(Uri[] nodes, int clients, TimeSpan duration, CancellationToken cancel)
    {
        var names = FixtureNames("positives_un_untreated.csv").Concat(FixtureNames("negatives_us.csv")).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"bench match: {clients} clients on {string.Join(", ", nodes.Select(n => n.ToString()))} for {duration.TotalSeconds:0} s; {names.Count:N0} names in turn; {Environment.ProcessorCount} cores");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        var samples = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => Client(client, http, nodes, names, stop.Token), cancel)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).ToList();
        for (var node = 0; node < nodes.Length; node++)
            Console.WriteLine($"  {nodes[node]}: {Summary([.. all.Where(s => s.Node == node)], elapsed)}");
        Console.WriteLine($"  all nodes: {Summary(all, elapsed)}");
        foreach (var failure in all.Where(s => s.Failure is not null).Select(s => s.Failure).Distinct().Take(10))
            Console.WriteLine($"  failed: {failure}");
        return all.Any(s => s.Failure is not null) ? 1 : 0;
    }

    /// <summary>One client: a request at a time, to the nodes in turn, until stopped.</summary>
    private static async Task<List<Sample>> Client(int client, HttpClient http, Uri[] nodes, List<string> names, CancellationToken stop)
    {
        var samples = new List<Sample>();
        for (var i = client; !stop.IsCancellationRequested; i += 7)
        {
            var node = samples.Count % nodes.Length;
            var name = names[i % names.Count];
            var body = new { queries = new Dictionary<string, object> { ["q"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = [name] } } } };
            var sent = Stopwatch.StartNew();
            string? failure;
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(nodes[node], "/match/default"), body, CancellationToken.None);
                failure = response.IsSuccessStatusCode ? null : $"{nodes[node]}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failure = $"{nodes[node]}: {e.Message}";
            }
            samples.Add(new Sample(node, sent.Elapsed.TotalMilliseconds, failure));
        }
        return samples;
    }

    private static string Summary(List<Sample> samples, double seconds)
    {
        if (samples.Count == 0) return "no request";
        var latencies = samples.Select(s => s.Milliseconds).Order().ToArray();
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
        return $"{samples.Count:N0} requests, {samples.Count / seconds:N1} requests/s, {samples.Count(s => s.Failure is not null):N0} failed; " +
            $"latency p50 {Percentile(0.5):N1} ms, p95 {Percentile(0.95):N1} ms, p99 {Percentile(0.99):N1} ms";
    }

    private static IEnumerable<string> FixtureNames(string file)
    {
        var path = ProjectPaths.Data("eval", file);
        using var stream = File.OpenRead(path);
        foreach (var row in BatchInput.Csv(stream, path))
            if (row.Query is { } query) yield return query.Name;
    }
}
