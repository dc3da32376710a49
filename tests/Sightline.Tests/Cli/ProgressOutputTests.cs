using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>Progress when standard error is not a terminal (a pipe, a log, a test): plain lines on standard error, a line
/// every tenth of the way, and standard output left to the command's results.</summary>
public sealed class ProgressOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public ProgressOutputTests() => _db = TemplateDatabase.CopyTo(_temp.File("progress.db"));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_batch_reports_a_plain_line_every_tenth_on_standard_error_only()
    {
        var names = Enumerable.Range(1, 20).Select(i => $"Person Number{i} Example");
        var input = _temp.Write("names.csv", "full_name\n" + string.Join('\n', names) + "\n");
        var run = await InProcessCli.RunAsync("screen", "--input", input, "--db", _db);

        Assert.Equal(0, run.ExitCode);
        var bars = run.Error.Split('\n').Where(l => l.StartsWith("  screening [", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, bars.Count);
        Assert.Contains("100% 20/20", bars[^1]);
        Assert.DoesNotContain('\r', run.Error);
        Assert.DoesNotContain("\u001b[", run.Error, StringComparison.Ordinal);
        var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, results.Length);
        Assert.All(results, line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task Ingest_says_what_it_prepares_before_the_bar()
    {
        var report = _temp.Write("note.txt", "Title: Note\n\nIngrid Halvorsen met the envoy in Bergen on May 3, 2024.");
        var run = await InProcessCli.RunAsync("ingest", report, "--db", _db);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Error.Split('\n');
        var preparing = Array.FindIndex(lines, l => l.StartsWith("Loading the tagger", StringComparison.Ordinal));
        var bar = Array.FindIndex(lines, l => l.StartsWith("  ingest [", StringComparison.Ordinal));
        Assert.InRange(preparing, 0, bar - 1);
        Assert.Contains("100% 1/1", lines[bar]);
        Assert.DoesNotContain("ingest [", run.Output);
    }
}
