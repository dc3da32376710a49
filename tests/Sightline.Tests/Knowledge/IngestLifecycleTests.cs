using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>Re-ingesting, new versions, analysts' decisions and failures: what ingesting twice or badly must not do.</summary>
public class IngestLifecycleTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public IngestLifecycleTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="IngestLifecycleTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected IngestLifecycleTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    private const string Report = """
        Title: Militia leader meets envoy

        On May 2, 2024, Qais al-Khazali met with Iraqi Prime Minister Haider al-Abadi in Baghdad. The two discussed the elections.
        """;

    private List<string> Ids(string table) => _knowledge.Sql.Query(null, $"SELECT id FROM {table} ORDER BY id", r => r.GetString(0));

    [Fact]
    public void Ingesting_the_same_text_again_changes_nothing_and_keeps_every_id()
    {
        var first = _knowledge.IngestSamples();
        var (entities, claims, events) = (Ids("kb_entities"), Ids("kb_claims"), Ids("kb_events"));
        _knowledge.NewIngestor();
        var second = _knowledge.IngestSamples();
        Assert.All(second, o => Assert.Equal(IngestResult.Unchanged, o.Result));
        Assert.Equal(entities, Ids("kb_entities"));
        Assert.Equal(claims, Ids("kb_claims"));
        Assert.Equal(events, Ids("kb_events"));
        Assert.Equal(5, first.Count);
    }

    [Fact]
    public void Every_event_is_indexed_by_each_pair_of_its_parties_as_the_migration_backfills_it()
    {
        _knowledge.IngestSamples();
        var stored = _knowledge.Sql.Query(null, "SELECT pair || '@' || event_id FROM kb_event_pairs", r => r.GetString(0)).Order(StringComparer.Ordinal).ToList();
        var expected = _knowledge.Sql.Query(null,
                "SELECT a.party_key, b.party_key, a.event_id FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key <> b.party_key",
                r => (A: r.GetString(0), B: r.GetString(1), Event: r.GetString(2)))
            .Where(p => string.CompareOrdinal(p.A, p.B) < 0) // the smaller key first, as the store compares them
            .Select(p => p.A + '\u001f' + p.B + "@" + p.Event).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(stored);
        Assert.Equal(expected, stored);
    }

    [Fact]
    public void A_folder_manifest_names_the_publisher_is_never_read_as_a_report_and_its_problems_reach_the_outcomes()
    {
        var report = _knowledge.Files.Write("reports/report.txt", Report);
        var manifest = _knowledge.Files.Write("reports/sources.csv", "file,publisher,published\nreport.txt,Al-Monitor,2024-05-03\nother.txt,Someone,soon\n");
        var outcomes = _knowledge.Ingest(manifest, report);
        var outcome = Assert.Single(outcomes);
        Assert.Equal((IngestResult.Added, "report.txt"), (outcome.Result, outcome.Path));
        Assert.Contains("sources.csv: line 3: published 'soon' is not a date", outcome.Diagnostic);
        Assert.Equal("Al-Monitor", _knowledge.Sql.Scalar(null, "SELECT publisher FROM kb_documents WHERE key = $0", outcome.Key));

        // Editing the manifest makes a new version carrying the new publisher.
        File.WriteAllText(manifest, "file,publisher\nreport.txt,Al-Monitor English\n");
        _knowledge.NewIngestor();
        Assert.Equal(IngestResult.Replaced, Assert.Single(_knowledge.Ingest(report)).Result);
        Assert.Equal("Al-Monitor English", _knowledge.Sql.Scalar(null, "SELECT publisher FROM kb_documents WHERE key = $0", outcome.Key));
    }

    [Fact]
    public void A_new_version_replaces_its_claims_and_keeps_decisions_that_still_apply()
    {
        var path = _knowledge.Files.Write("report.txt", Report);
        Assert.Equal(IngestResult.Added, Assert.Single(_knowledge.Ingest(path)).Result);
        var claim = Assert.Single(_knowledge.Sql.Query(null, "SELECT id FROM kb_claims WHERE kind = 'meeting'", r => r.GetString(0)));
        _knowledge.Sql.Run(null, "UPDATE kb_claims SET status = 'confirmed' WHERE id = $0", claim);

        File.WriteAllText(path, Report + "\nOn June 3, 2024, Haider al-Abadi met Antonio Guterres in New York.\n");
        Assert.Equal(IngestResult.Replaced, Assert.Single(_knowledge.Ingest(path)).Result);
        Assert.Equal("confirmed", _knowledge.Sql.Scalar(null, "SELECT status FROM kb_claims WHERE id = $0", claim));
        Assert.Equal(1L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents"));
        Assert.Equal(2L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_claims WHERE kind = 'meeting'"));
    }

    [Fact]
    public void A_page_that_names_another_reports_address_does_not_replace_it()
    {
        const string page = """
            <html><head><link rel="canonical" href="https://news.example/story-1"><title>{0}</title></head>
            <body><article><p>{1}</p></article></body></html>
            """;
        var original = _knowledge.Files.Write("original.html", string.Format(page, "Envoy meets militia leader",
            "On May 2, 2024, Qais al-Khazali met with Iraqi Prime Minister Haider al-Abadi in Baghdad. The two discussed the elections."));
        var impostor = _knowledge.Files.Write("impostor.html", string.Format(page, "Nothing happened", "Nobody met anybody in Baghdad this week."));
        Assert.Equal(IngestResult.Added, Assert.Single(_knowledge.Ingest(original)).Result);

        var outcome = Assert.Single(_knowledge.Ingest(impostor));
        Assert.Equal((IngestResult.Added, "impostor.html"), (outcome.Result, outcome.Path));
        Assert.StartsWith("text:", outcome.Key);
        Assert.Contains("kept as a separate document", outcome.Diagnostic);
        Assert.Equal(1L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_claims WHERE kind = 'meeting' AND document_key = 'https://news.example/story-1'"));

        // The file that stored the address may still replace it with a new version.
        File.WriteAllText(original, string.Format(page, "Envoy meets militia leader", "On May 2, 2024, Qais al-Khazali met with Haider al-Abadi in Baghdad."));
        Assert.Equal(IngestResult.Replaced, Assert.Single(_knowledge.Ingest(original)).Result);
    }

    [Fact]
    public void The_same_text_under_other_names_is_one_document()
    {
        var first = _knowledge.Files.Write("a/report.txt", Report);
        var copy = _knowledge.Files.Write("b/copy-of-report.txt", Report);
        var added = Assert.Single(_knowledge.Ingest(first));
        Assert.Equal(IngestResult.Added, added.Result);

        var outcome = Assert.Single(_knowledge.Ingest(copy));
        Assert.Equal((IngestResult.Unchanged, added.Key), (outcome.Result, outcome.Key));
        Assert.Equal(1L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_documents"));
    }

    [Fact]
    public void A_document_that_fails_is_stored_with_its_diagnostic_and_the_batch_goes_on()
    {
        var broken = _knowledge.Files.Write("broken.pdf", "this is not a PDF");
        var good = _knowledge.Files.Write("good.txt", Report);
        var outcomes = _knowledge.Ingest(broken, good);
        Assert.Contains(outcomes, o => o.Result == IngestResult.Failed && o.Diagnostic!.Contains("broken.pdf", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Result == IngestResult.Added && o.Path == "good.txt");
        Assert.Equal("failed", _knowledge.Sql.Scalar(null, "SELECT status FROM kb_documents WHERE path = $0", "broken.pdf"));
        Assert.Contains(broken, _knowledge.Ingestor.FailedFiles().Select(f => f.Location));
    }

    [Fact]
    public void Removing_what_a_report_said_removes_its_events_and_the_entities_only_it_named()
    {
        var path = _knowledge.Files.Write("report.txt", Report);
        _knowledge.Ingest(path);
        Assert.NotEmpty(Ids("kb_events"));
        File.WriteAllText(path, "Title: Nothing\n\nThe weather in Baghdad was hot.\n");
        _knowledge.Ingest(path);
        Assert.Empty(Ids("kb_events"));
        Assert.Empty(Ids("kb_entities"));
    }

    public void Dispose() => _knowledge.Dispose();
}

/// <summary><see cref="IngestLifecycleTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class IngestLifecycleTestsOnPostgres() : IngestLifecycleTests(TestStore.Postgres);
