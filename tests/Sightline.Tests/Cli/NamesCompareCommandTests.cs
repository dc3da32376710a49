using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline names compare</c>: one pair as text or JSON, and a CSV of pairs to JSON lines where a bad
/// row is reported and the batch goes on.</summary>
public sealed class NamesCompareCommandTests
{
    [Fact]
    public async Task One_pair_prints_the_decision_and_the_token_alignment()
    {
        var result = await InProcessCli.RunAsync("names", "compare", "Karima Haddad", "HADDAD, Kamal");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no match", result.Output);
        Assert.Contains("Haddad  ↔  HADDAD  exact", result.Output);

        var json = await InProcessCli.RunAsync("names", "compare", "Анна Петрова", "Anna Petrova", "--json");
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal("match", root.GetProperty("decision").GetString());
        Assert.Equal(2, root.GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public async Task A_csv_of_pairs_gives_one_json_line_each_and_bad_rows_say_why()
    {
        using var folder = new TempFolder();
        var input = folder.Write("pairs.csv", "a,b\nSamir Nouri,\"NOURI, Samir\"\nonly one field\nיעקב כהן,Yaakov Cohen\n");
        var output = folder.File("out.jsonl");
        var result = await InProcessCli.RunAsync("names", "compare", "--input", input, "--output", output);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("match", lines[0].GetProperty("decision").GetString());
        Assert.Contains("fields", lines[1].GetProperty("error").GetString());
        Assert.Equal(4, lines[2].GetProperty("line").GetInt32());
        Assert.Equal("match", lines[2].GetProperty("decision").GetString());
    }
}
