using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>notes</c> and <c>cases</c> as an analyst would use them, run in the test process on a copy of the template
/// database with the sample reports.</summary>
public sealed class CaseworkCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => File.Exists(_temp.File("k.db")) ? _temp.File("k.db") : TemplateDatabase.Copy(TemplateDatabase.ListsAndSamples, _temp.File("k.db"));

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", Db, "--user", "rana"]);

    [Fact]
    public async Task Notes_and_a_case_are_written_listed_audited_and_exported()
    {
        var meeting = JsonDocument.Parse((await Run("meetings", "--json", "--limit", "1")).Output.Split('\n')[0]).RootElement;
        var entity = meeting.GetProperty("participants").EnumerateArray().First(p => p.GetProperty("id").ValueKind == JsonValueKind.String).GetProperty("id").GetString()!;

        var added = await Run("notes", "add", entity, "Interview notes filed under the 2024 folder.");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.StartsWith("noted N-", added.Output);
        var listed = JsonDocument.Parse((await Run("notes", "list", entity, "--json")).Output).RootElement;
        Assert.Equal(("Interview notes filed under the 2024 folder.", "rana"), (listed.GetProperty("text").GetString(), listed.GetProperty("author").GetString()));

        Assert.Equal(0, (await Run("cases", "create", "Election season")).ExitCode);
        var add = await Run("cases", "add", "Election season", entity, meeting.GetProperty("id").GetString()!);
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("1 entity, 0 report(s), 1 meeting(s)", (await Run("cases", "list")).Output);

        var json = JsonDocument.Parse((await Run("cases", "export", "Election season", "--format", "json")).Output).RootElement;
        Assert.Equal(2, json.GetProperty("members").GetArrayLength());
        Assert.Equal("Interview notes filed under the 2024 folder.", json.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal(meeting.GetProperty("id").GetString(), json.GetProperty("meetings")[0].GetProperty("id").GetString());
        var csv = (await Run("cases", "export", "Election season", "--format", "csv")).Output;
        Assert.Contains(meeting.GetProperty("id").GetString()!, csv);

        var audit = (await Run("audit", "--json")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("action").GetString()).ToList();
        Assert.Equal(["add-to-case", "add-to-case", "create-case", "add-note"], audit);

        var missing = await Run("notes", "add", "M-000000000000", "Nothing.");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no meeting M-000000000000", missing.Error);
        Assert.Equal(1, (await Run("cases", "export", "no such case")).ExitCode);
    }
}
