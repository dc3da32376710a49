using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline extract</c> and <c>sightline eval extract</c> run in the test process, on a copy of the template database.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public ExtractCommandTests() => _db = TemplateDatabase.CopyTo(_temp.File("extract.db"));

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", _db]);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Jsonl_has_the_annotation_fields_and_each_meeting_its_evidence()
    {
        var seed = Path.Combine(Repository.Root, "samples", "002_68aa221a60278593.txt");
        var run = await Run("extract", seed, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output.Trim());
        var root = json.RootElement;
        Assert.Equal("002_68aa221a60278593.txt", root.GetProperty("doc").GetString());
        Assert.Equal("2024-05-15", root.GetProperty("published").GetString());
        var persons = root.GetProperty("persons").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("Cui Wei", persons);
        Assert.Single(persons, p => p!.Contains("Khazali", StringComparison.Ordinal) && !p.StartsWith("Laith", StringComparison.Ordinal));
        var meeting = root.GetProperty("meetings").EnumerateArray().First(m => m.GetProperty("date").GetString() == "2024-05-13");
        Assert.Equal(["Qais Al-Khazali", "Cui Wei"], meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2024-05-13", meeting.GetProperty("date_start").GetString());
        Assert.Equal("met", meeting.GetProperty("kind").GetString());
        Assert.Equal("report", meeting.GetProperty("attributed_to").GetString());
        Assert.StartsWith("On May 13, 2024, Qais Al-Khazali", meeting.GetProperty("evidence").GetString());
        var span = meeting.GetProperty("evidence_span");
        Assert.StartsWith("text:", span.GetProperty("document").GetString()); // known by its text, never by its path (ADR-032)
        Assert.True(span.GetProperty("end").GetInt32() > span.GetProperty("start").GetInt32());
        Assert.Contains(root.GetProperty("sanctioned").EnumerateArray(), s => s.GetProperty("name").GetString() == "Qais Al-Khazali" && s.GetProperty("programs").EnumerateArray().Any(p => p.GetString() == "SDGT"));
        Assert.Contains(root.GetProperty("roles").EnumerateArray(), r => r.GetProperty("person").GetString() == "Cui Wei" && r.GetProperty("role").GetString() == "Chinese ambassador to Iraq");
    }

    [Fact]
    public async Task Meetings_that_did_not_happen_are_listed_only_with_all_kinds()
    {
        var report = _temp.Write("denial.txt", "Date: 2023-05-10\n\nMohammed Shia al-Sudani did not meet Qais al-Khazali in Baghdad on May 9, 2023, his office said.");
        var plain = await Run("extract", report, "--format", "jsonl");
        var all = await Run("extract", report, "--format", "jsonl", "--all-kinds");
        using var plainJson = JsonDocument.Parse(plain.Output.Trim());
        using var allJson = JsonDocument.Parse(all.Output.Trim());
        Assert.Empty(plainJson.RootElement.GetProperty("meetings").EnumerateArray());
        var denied = Assert.Single(allJson.RootElement.GetProperty("meetings").EnumerateArray());
        Assert.Equal("denied", denied.GetProperty("kind").GetString());
        Assert.False(denied.GetProperty("happened").GetBoolean());
        Assert.Equal("his office", denied.GetProperty("attributed_to").GetString());
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_others_are_extracted()
    {
        var junk = _temp.File("junk.bin");
        await File.WriteAllBytesAsync(junk, [0, 1, 2, 3, 0, 0, 7], TestContext.Current.CancellationToken);
        var good = _temp.Write("good.txt", "Date: 2024-05-15\n\nOn May 13, 2024, Hadi al-Amiri met with Iranian Foreign Minister Hossein Amir-Abdollahian in Baghdad.");
        var run = await Run("extract", junk, good);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{junk}: binary content", run.Error);
        Assert.Contains("Hadi al-Amiri + Hossein Amir-Abdollahian", run.Output);
    }

    [Fact]
    public async Task Eval_extract_scores_the_seeds_by_their_rules()
    {
        var run = await Run("eval", "extract", "--gold", Path.Combine(Repository.Root, "data", "eval", "seeds", "gold.jsonl"), Path.Combine(Repository.Root, "samples"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 of 5 annotated documents scored.", run.Output);
        Assert.Matches(@"(?m)^meetings\s+10\s+\d+\s+0\s", run.Output);
        Assert.Contains("Meeting confidence", run.Output);
    }

    [Fact]
    public async Task Eval_extract_names_a_bad_annotation_line()
    {
        var gold = _temp.Write("gold.jsonl", "{\"doc\": \"a.txt\"}\n{broken\n");
        var run = await Run("eval", "extract", "--gold", gold, _temp.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{gold}:2:", run.Error);
    }
}
