using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>Globs passed unexpanded to a report command (<c>sightline analyze 'reports/**/*.txt'</c>): what they match, and
/// that they follow symbolic links on the same terms as a folder (ADR-023).</summary>
public sealed class GlobArgumentTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;
    private readonly string _reports;

    public GlobArgumentTests()
    {
        _db = TemplateDatabase.CopyTo(_temp.File("glob.db"));
        _reports = Path.Combine(_temp.Path, "reports");
        _temp.Write("reports/top.txt", "Title: Top\n\nIngrid Halvorsen met the envoy in Bergen on May 3, 2024.");
        _temp.Write("reports/2024/may/deep.txt", "Title: Deep\n\nTomasz Wierzbicki met the envoy in Gdansk on May 4, 2024.");
        _temp.Write("reports/2024/page.html", "<html><head><title>Page</title></head><body><p>Lucia Ferrante met the envoy in Turin.</p></body></html>");
    }

    public void Dispose() => _temp.Dispose();

    private Task<CliRunner.Result> Analyze(string pattern) => InProcessCli.RunAsync(["analyze", pattern, "--db", _db]);

    private static List<string> Headers(CliRunner.Result run) =>
        run.Output.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_double_star_matches_at_any_depth_and_a_star_within_one_folder()
    {
        var deep = await Analyze(Path.Combine(_reports, "**", "*.txt"));
        Assert.Equal(0, deep.ExitCode);
        Assert.Equal(2, Headers(deep).Count);
        Assert.Contains("Halvorsen", deep.Output);
        Assert.Contains("Wierzbicki", deep.Output);
        Assert.DoesNotContain("Ferrante", deep.Output);

        var top = await Analyze(Path.Combine(_reports, "*.txt"));
        Assert.Single(Headers(top));
        Assert.Contains("Halvorsen", top.Output);

        var oneLevel = await Analyze(Path.Combine(_reports, "*", "*.html"));
        Assert.Single(Headers(oneLevel));
        Assert.Contains("Ferrante", oneLevel.Output);
    }

    [Fact]
    public async Task A_glob_is_case_sensitive()
    {
        var run = await Analyze(Path.Combine(_reports, "**", "*.TXT"));
        Assert.Empty(Headers(run));
    }

    [Fact]
    public async Task A_glob_does_not_follow_a_link_out_of_its_folder()
    {
        var outside = _temp.Write("outside.txt", "Title: Elsewhere\n\nSigrun Eklund met Pavel Novak in Oslo on May 3, 2024.");
        File.CreateSymbolicLink(Path.Combine(_reports, "outside.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_reports, "2024", "loop"), _reports);

        var run = await Analyze(Path.Combine(_reports, "**", "*.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Headers(run).Count);
        Assert.DoesNotContain("Eklund", run.Output);
        Assert.Contains("outside.txt: a symbolic link, not followed", run.Error);
        Assert.Contains("loop: a symbolic link, not followed", run.Error);
    }
}
