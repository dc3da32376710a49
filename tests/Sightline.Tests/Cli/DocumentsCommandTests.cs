using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>documents</c> and <c>documents --search</c> on a copy of the template database with the sample reports.</summary>
public sealed class DocumentsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => File.Exists(_temp.File("k.db")) ? _temp.File("k.db") : TemplateDatabase.Copy(TemplateDatabase.ListsAndSamples, _temp.File("k.db"));

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", Db]);

    private static List<JsonElement> Lines(CliRunner.Result result) =>
        [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task The_reports_are_listed_and_searched_by_their_words()
    {
        var all = Lines(await Run("documents", "--json"));
        Assert.Equal(5, all.Count);

        var found = await Run("documents", "--search", "Khazali ambassador", "--json");
        Assert.True(found.ExitCode == 0, found.Error);
        var hits = Lines(found);
        Assert.NotEmpty(hits);
        Assert.True(hits.Count < all.Count);
        Assert.All(hits, h => Assert.StartsWith("D-", h.GetProperty("id").GetString()));

        var table = await Run("documents", "--search", "Khazali ambassador");
        Assert.StartsWith($"{hits.Count} report{(hits.Count == 1 ? "" : "s")} holding every word of \"Khazali ambassador\", best first:", table.Output);
        Assert.Contains(hits[0].GetProperty("id").GetString()!, table.Output);
    }

    [Fact]
    public async Task A_search_without_a_word_is_an_error()
    {
        var refused = await Run("documents", "--search", "... ,,, ?");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("holds no word", refused.Error);
    }
}
