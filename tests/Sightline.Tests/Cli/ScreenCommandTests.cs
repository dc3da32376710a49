using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline screen</c> run as a process, on a fresh database that it fills with the bundled lists.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private Dictionary<string, string> Env => new() { ["SIGHTLINE_DB"] = _temp.File("screen.db") };

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OneName_PrintsRankedResultsWithExplanations()
    {
        var run = await CliRunner.RunAsync(Env, "screen", "Sheikh Qais Khazali", "--limit", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("importing the bundled lists", run.Error);
        Assert.Matches(@"1\s+1\.00\s+MATCH\s+us_ofac_sdn\s+28004\s+AL-KHAZALI, Qais", run.Output);
        Assert.Contains("Khazali ~ KHAZALI: Exact", run.Output);
        Assert.Contains("set aside: Sheikh (honorific)", run.Output);
    }

    [Fact]
    public async Task SecondRun_ReadsTheIndexStoredBesideTheDatabase()
    {
        var first = await CliRunner.RunAsync(Env, "screen", "Qais Khazali", "--json");
        Assert.Contains("Screening index: none is stored for this database yet; building it.", first.Error);
        Assert.True(File.Exists(_temp.File("screen.db.index")));

        var second = await CliRunner.RunAsync(Env, "screen", "Qais Khazali", "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Error);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Json_HasTheDocumentedShape()
    {
        var run = await CliRunner.RunAsync(Env, "screen", "قيس الخزعلي", "--json");
        using var doc = JsonDocument.Parse(run.Output);
        var top = doc.RootElement.GetProperty("results")[0];
        Assert.Equal("قيس الخزعلي", doc.RootElement.GetProperty("query").GetString());
        Assert.Equal("us_ofac_sdn", top.GetProperty("list").GetString());
        Assert.Equal("28004", top.GetProperty("list_id").GetString());
        Assert.Equal("Person", top.GetProperty("schema").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.Equal("transliteration", top.GetProperty("explanation").GetProperty("tokens")[0].GetProperty("how").GetString());
    }

    [Fact]
    public async Task Batch_WritesOneLineAQueryInOrder_AndReportsBadRows()
    {
        var input = _temp.File("in.csv");
        var output = _temp.File("out.jsonl");
        await File.WriteAllTextAsync(input, "full_name,date_of_birth,nationality,schema\nQais Khazali,1974,iq,person\n,,,\nKhazali,,,organization\n", TestContext.Current.CancellationToken);
        var run = await CliRunner.RunAsync(Env, "screen", "--input", input, "--output", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 3: the name is empty; skipped", run.Error);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(3, lines.Length);
        Assert.Equal("28004", JsonDocument.Parse(lines[0]).RootElement.GetProperty("results")[0].GetProperty("list_id").GetString());
        Assert.Equal("the name is empty", JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString());
        var organization = JsonDocument.Parse(lines[2]).RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("match").GetBoolean());
        Assert.Equal("28283", organization.GetProperty("list_id").GetString());
    }

    [Fact]
    public async Task Batch_FromStandardInput_ReadsOneNameALine()
    {
        var run = await CliRunner.RunWithInputAsync("Qais Khazali\nMikhail Bogdanov\n", Env, "screen", "--input", "-");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Mikhail Bogdanov", JsonDocument.Parse(lines[1]).RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task CsvWithoutANameColumn_FailsClearly()
    {
        var input = _temp.File("bad.csv");
        await File.WriteAllTextAsync(input, "first,last\nQais,Khazali\n", TestContext.Current.CancellationToken);
        var run = await CliRunner.RunAsync(Env, "screen", "--input", input, "--output", _temp.File("o.jsonl"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no full_name or name column (columns: first, last)", run.Error);
        Assert.False(File.Exists(_temp.File("o.jsonl")));
    }
}
