using Sightline.Documents;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>A report is known by its address or its text, never by where its file lay (ADR-032): the same folder read
/// from two places changes nothing, a missing path stores nothing, and no local path reaches what Sightline shows.</summary>
public class ReportIdentityTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public ReportIdentityTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ReportIdentityTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ReportIdentityTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    private static readonly string[] Tables = ["kb_documents", "kb_document_texts", "kb_mentions", "kb_names", "kb_claims", "kb_entities", "kb_events", "kb_links", "alerts"];

    private Dictionary<string, long> Counts() =>
        Tables.ToDictionary(t => t, t => (long)_knowledge.Sql.Scalar(null, $"SELECT COUNT(*) FROM {t}")!);

    /// <summary>The samples (reports and their sources.csv) copied to a folder of their own.</summary>
    private string SamplesCopy(string name) => _knowledge.Files.CopyFolder(Repository.Samples, name);

    private List<IngestOutcome> IngestFolder(string folder) =>
        _knowledge.Ingestor.IngestFiles(Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => ReportFile.In(folder, f))).ToList();

    [Fact]
    public void The_same_folder_from_two_places_is_ingested_once()
    {
        var first = IngestFolder(SamplesCopy("first/samples"));
        Assert.Equal(5, first.Count(o => o.Result == IngestResult.Added));
        var counts = Counts();
        Assert.True(counts["kb_claims"] > 0 && counts["kb_events"] > 0);

        _knowledge.NewIngestor();
        var second = IngestFolder(SamplesCopy("elsewhere/copy"));
        Assert.All(second, o => Assert.Equal(IngestResult.Unchanged, o.Result));
        Assert.Equal(counts, Counts());
        Assert.Equal(0L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_events WHERE reports > 1 AND id NOT IN (SELECT event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id GROUP BY event_id HAVING COUNT(DISTINCT c.document_key) > 1)"));
    }

    [Fact]
    public void Reports_are_keyed_by_text_shown_by_their_relative_path_and_titled_from_their_text()
    {
        var folder = SamplesCopy("collection");
        IngestFolder(folder);
        var rows = _knowledge.Sql.Query(null, "SELECT key, path, title FROM kb_documents ORDER BY path",
            r => (Key: r.GetString(0), Path: r.GetString(1), Title: r.IsDBNull(2) ? null : r.GetString(2)));
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.StartsWith(DocumentKeys.ContentPrefix, r.Key));
        Assert.All(rows, r => Assert.DoesNotContain('/', r.Path));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        // A dateline opening the text is not its title.
        Assert.DoesNotMatch(@"^\w+ \d{1,2}, \d{4}", rows[0].Title!);
    }

    [Fact]
    public void A_new_text_in_the_same_file_is_a_new_version_under_the_same_key()
    {
        var path = _knowledge.Files.Write("desk/report.txt", "On May 2, 2024, Governor Selim Varga met the envoy Petra Lindqvist in Mosul.\n");
        var added = Assert.Single(_knowledge.Ingest(path));
        File.WriteAllText(path, "On May 2, 2024, Governor Selim Varga met the envoy Petra Lindqvist in Mosul and in Erbil.\n");
        var replaced = Assert.Single(_knowledge.Ingest(path));
        Assert.Equal((IngestResult.Replaced, added.Key), (replaced.Result, replaced.Key));
        Assert.Equal(1L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents"));
    }

    [Fact]
    public void A_missing_path_fails_naming_it_and_stores_nothing()
    {
        var missing = _knowledge.Files.File("no-such-folder/report.txt");
        var outcome = Assert.Single(_knowledge.Ingest(missing));
        Assert.Equal(IngestResult.Failed, outcome.Result);
        Assert.Contains(missing, outcome.Diagnostic);
        Assert.Equal(0L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents"));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task The_ingest_command_names_a_missing_path_exits_non_zero_and_ingests_the_rest()
    {
        var missing = _knowledge.Files.File("typo/reprot.txt");
        var good = _knowledge.Files.Write("desk/good.txt", "On May 2, 2024, Governor Selim Varga met the envoy Petra Lindqvist in Mosul.\n");
        var run = await InProcessCli.RunAsync("ingest", missing, good, "--db", _knowledge.DatabasePath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: no such file or folder; nothing stored for it", run.Error);
        Assert.Contains("1 added", run.Output);
        Assert.Equal(1L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents"));
        Assert.Equal(0L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents WHERE status = 'failed'"));

        var alone = await InProcessCli.RunAsync("ingest", missing, "--db", _knowledge.DatabasePath);
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains(missing, alone.Error);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task No_export_or_profile_holds_the_folder_the_reports_were_read_from()
    {
        var folder = SamplesCopy("private/reports");
        var ingest = await InProcessCli.RunAsync("ingest", folder, "--db", _knowledge.DatabasePath);
        Assert.Equal(0, ingest.ExitCode);

        var outputs = new List<(string What, string Text)>();
        foreach (var format in new[] { "csv", "ftm", "gexf", "graphml" })
        {
            var file = _knowledge.Files.File($"export.{format}");
            var export = await InProcessCli.RunAsync("export", "--format", format, "--output", file, "--db", _knowledge.DatabasePath);
            Assert.True(export.ExitCode == 0, export.Error);
            outputs.Add((format, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)));
        }
        var profile = await InProcessCli.RunAsync("entity", "Qais al-Khazali", "--json", "--db", _knowledge.DatabasePath);
        outputs.Add(("entity --json", profile.Output));
        var text = await InProcessCli.RunAsync("entity", "Qais al-Khazali", "--db", _knowledge.DatabasePath);
        outputs.Add(("entity", text.Output));
        var alerts = await InProcessCli.RunAsync("alerts", "--json", "--db", _knowledge.DatabasePath);
        outputs.Add(("alerts --json", alerts.Output));

        Assert.All(outputs, o => Assert.True(o.Text.Length > 100, $"{o.What} is nearly empty"));
        foreach (var (what, output) in outputs)
        {
            Assert.False(output.Contains(folder, StringComparison.Ordinal), $"{what} holds the folder {folder}");
            Assert.False(output.Contains(_knowledge.Files.Path, StringComparison.Ordinal), $"{what} holds the temporary folder");
        }
        // The designation from a report names the report by its title.
        Assert.Contains("designated:   2019-12-06, from report Who is Qais al-Khazali", text.Output);
    }

    public void Dispose() => _knowledge.Dispose();
}

/// <summary><see cref="ReportIdentityTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ReportIdentityTestsOnPostgres() : ReportIdentityTests(TestStore.Postgres);
