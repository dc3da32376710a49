using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline screen</c> run in the test process on a copy of the template database (lists and stored index);
/// on a fresh database it fills with the bundled lists; and once as the program, to hold its standard output.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Db => _temp.File("screen.db");

    private string Template(bool withIndex = true) => File.Exists(Db) ? Db : TemplateDatabase.CopyTo(Db, withIndex);

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", Template()]);

    public void Dispose() => _temp.Dispose();

    [Fact, Trait("Speed", "Slow")]
    public async Task OneName_PrintsRankedResultsWithExplanations()
    {
        var run = await InProcessCli.RunAsync("screen", "Sheikh Qais Khazali", "--limit", "3", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("importing the bundled lists", run.Error);
        Assert.Matches(@"1\s+1\.00\s+MATCH\s+us_ofac_sdn\s+28004\s+AL-KHAZALI, Qais", run.Output);
        Assert.Contains("Khazali ~ KHAZALI: Exact", run.Output);
        Assert.Contains("set aside: Sheikh (honorific)", run.Output);
    }

    [Fact]
    public async Task SecondRun_ReadsTheIndexStoredBesideTheDatabase()
    {
        Template(withIndex: false);
        var first = await Run("screen", "Qais Khazali", "--json");
        Assert.Contains("Screening index: none is stored for this database yet; building it.", first.Error);
        Assert.True(File.Exists(_temp.File("screen.db.index")));

        var second = await Run("screen", "Qais Khazali", "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Error);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task The_program_and_an_in_process_run_give_the_same_output_and_exit_code()
    {
        string[] args = ["screen", "Qais Khazali", "--limit", "5", "--db", Template()];
        var program = await CliRunner.RunAsync(args);
        var inProcess = await InProcessCli.RunAsync(args);
        Assert.Equal(0, program.ExitCode);
        Assert.Equal((program.ExitCode, program.Output, program.Error), (inProcess.ExitCode, inProcess.Output, inProcess.Error));
        Assert.Contains("AL-KHAZALI, Qais", program.Output);

        var missing = _temp.File("missing.csv");
        var programFails = await CliRunner.RunAsync("screen", "--input", missing, "--db", Db);
        var inProcessFails = await InProcessCli.RunAsync("screen", "--input", missing, "--db", Db);
        Assert.Equal(2, programFails.ExitCode);
        Assert.Equal((programFails.ExitCode, programFails.Error), (inProcessFails.ExitCode, inProcessFails.Error));
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task Json_HasTheDocumentedShape()
    {
        // The program itself: its standard output carries the UTF-8 JSON, Arabic and all.
        var run = await CliRunner.RunAsync("screen", "قيس الخزعلي", "--json", "--db", Template());
        Assert.Equal(0, run.ExitCode);
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
        var run = await Run("screen", "--input", input, "--output", output);
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
        var run = await InProcessCli.RunWithInputAsync("Qais Khazali\nMikhail Bogdanov\n", "screen", "--input", "-", "--db", Template());
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
        var run = await Run("screen", "--input", input, "--output", _temp.File("o.jsonl"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no full_name or name column (columns: first, last)", run.Error);
        Assert.False(File.Exists(_temp.File("o.jsonl")));
    }
}
