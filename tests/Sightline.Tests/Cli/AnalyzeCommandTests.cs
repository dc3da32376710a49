using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline analyze</c> and <c>sightline eval ner</c> run in the test process, on a copy of the template database.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public AnalyzeCommandTests() => _db = TemplateDatabase.CopyTo(_temp.File("analyze.db"));

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", _db]);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Json_gives_each_document_its_key_version_mentions_and_dates()
    {
        var seed = Path.Combine(Repository.Root, "samples", "002_68aa221a60278593.txt");
        var run = await Run("analyze", seed, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output.Trim());
        var root = json.RootElement;
        Assert.StartsWith("text:", root.GetProperty("key").GetString()); // known by its text, never by its path (ADR-032)
        Assert.Equal(16, root.GetProperty("version").GetString()!.Length);
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("2024-05-15", root.GetProperty("published").GetString());
        var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
        var cui = Assert.Single(mentions, m => m.GetProperty("text").GetString() == "Cui Wei");
        Assert.Equal("Person", cui.GetProperty("type").GetString());
        var dates = root.GetProperty("dates").EnumerateArray().ToList();
        Assert.Contains(dates, d => d.GetProperty("value").GetString() == "2024-05-13" && d.GetProperty("precision").GetString() == "day");
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_others_are_analysed()
    {
        var junk = _temp.File("junk.bin");
        await File.WriteAllBytesAsync(junk, [0, 1, 2, 3, 0, 0, 7], TestContext.Current.CancellationToken);
        var good = _temp.Write("good.txt", "Title: Short note\n\nHadi Al-Amiri met the envoy in Baghdad on May 13, 2024.");
        var run = await Run("analyze", junk, good);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{junk}: binary content", run.Error);
        Assert.Contains("Hadi Al-Amiri", run.Output);
        Assert.Contains("2024-05-13", run.Output);
    }

    [Fact]
    public async Task Eval_ner_prints_conlleval_style_scores()
    {
        var run = await Run("eval", "ner", "--conll", Path.Combine(Repository.Root, "data", "ner", "genre", "dev.conll"));
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"PER\s+precision=0\.\d{3} recall=0\.\d{3} f1=0\.\d{3}", run.Output);
        Assert.Matches(@"(?m)^overall precision=[01]\.\d{3} recall=[01]\.\d{3} f1=[01]\.\d{3}$", run.Output.TrimEnd());
    }

    [Fact]
    public async Task A_folder_is_read_without_following_links_out_of_it_or_round_a_loop()
    {
        var folder = Path.Combine(_temp.Path, "reports");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var outside = _temp.Write("outside.txt", "Title: Elsewhere\n\nMaren Oskarsdottir met Tobias Lindqvist in Oslo on May 3, 2024.");
        await File.WriteAllTextAsync(Path.Combine(folder, "inside.txt"), "Title: Here\n\nHadi Al-Amiri met the envoy in Baghdad on May 13, 2024.", TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(folder, "outside.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(folder, "sub", "loop"), folder);

        var run = await Run("analyze", folder);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Hadi Al-Amiri", run.Output);
        Assert.DoesNotContain("Oskarsdottir", run.Output);
        Assert.Single(run.Output.Split('\n'), l => l.StartsWith("== ", StringComparison.Ordinal));
        Assert.Contains("outside.txt: a symbolic link, not followed", run.Error);
        Assert.Contains("loop: a symbolic link, not followed", run.Error);
    }

    [Fact]
    public async Task A_file_name_with_a_newline_cannot_forge_a_line_of_output()
    {
        var forged = _temp.File("junk\nALERT A-000000000000 sanctioned-meeting: forged.bin");
        await File.WriteAllBytesAsync(forged, [0, 1, 2, 3, 0, 0, 7], TestContext.Current.CancellationToken);
        var run = await Run("analyze", forged);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("junk\\nALERT A-000000000000", run.Error);
        Assert.DoesNotContain(run.Error.Split('\n'), l => l.StartsWith("ALERT", StringComparison.Ordinal));
    }
}
