using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>The `sightline` commands against a fresh database: in the test process, and as the program where the
/// environment and the exit code of a failed batch are what is tested.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Db => _temp.File("cli.db");

    public void Dispose() => _temp.Dispose();

    [Fact, Trait("Speed", "Slow")]
    public async Task Demo_LoadsTheBundledListsAndShowsAnEntry()
    {
        var run = await InProcessCli.RunAsync("demo", "--no-serve", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("imported  us_ofac_sdn version 1: 8,976 entries", run.Output);
        Assert.Contains("OFAC SDN as of 2021-07-07 — STALE", run.Output);
        Assert.Contains("8,976 entries", run.Output);
        Assert.Contains("1,003 entries (730 persons, 273 organizations", run.Output);
        Assert.Contains("AL-KHAZALI, Qais", run.Output);
        // Every long step says on standard error that it has started, in order, as plain lines off a terminal.
        var steps = new[] { "  us_ofac_sdn: entries read…", "  un_sc_sanctions: entries read…", "Loading the tagger", "  indexing entries [", "  ingest [" }
            .Select(step => run.Error.IndexOf(step, StringComparison.Ordinal)).ToList();
        Assert.All(steps, at => Assert.True(at >= 0, run.Error));
        Assert.Equal(steps.Order(), steps);
        Assert.DoesNotContain("\u001b[", run.Error, StringComparison.Ordinal);

        var again = await InProcessCli.RunAsync("demo", "--no-serve", "--db", Db);
        Assert.Contains("unchanged us_ofac_sdn", again.Output);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task ListsShowAndJson_UseTheDatabaseFromTheEnvironment()
    {
        var env = new Dictionary<string, string> { ["SIGHTLINE_DB"] = Db };
        Assert.Equal(0, (await CliRunner.RunAsync(env, "lists", "import", Repository.SdnFolder, "--published", "2021-07-07")).ExitCode);

        var lists = await CliRunner.RunAsync(env, "lists");
        Assert.Contains("us_ofac_sdn", lists.Output);
        Assert.Contains("STALE", lists.Output);

        var json = await CliRunner.RunAsync(env, "lists", "show", "28004", "--json");
        using var doc = JsonDocument.Parse(json.Output);
        Assert.Equal("AL-KHAZALI, Qais", doc.RootElement.GetProperty("name").GetString());
        Assert.Equal("1974-06-20", doc.RootElement.GetProperty("birthDates")[0].GetProperty("from").GetString());

        var missing = await CliRunner.RunAsync(env, "lists", "show", "no-such-id");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no entry no-such-id", missing.Error);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task ImportOfABadFile_FailsWithItsLine_AndTheBatchGoesOn()
    {
        var bad = _temp.Write("bad.json", "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n{oops\n");
        var run = await CliRunner.RunAsync("lists", "import", bad, Repository.ConsFolder, "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED    bad: bad.json:2: not valid JSON", run.Output);
        Assert.Contains("imported  us_ofac_cons", run.Output);
    }

    [Fact]
    public async Task Diff_WithOneVersion_SaysSo()
    {
        await InProcessCli.RunAsync("lists", "import", Repository.ConsFolder, "--db", Db);
        var run = await InProcessCli.RunAsync("lists", "diff", "--db", Db);
        Assert.Contains("no list has two versions yet", run.Output);
    }
}
