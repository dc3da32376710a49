using System.Text;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>A document's time budget and a caller's cancellation (ADR-029): the document is rolled back whole, a
/// previous good version stays, and the batch goes on; a Telegram export is ingested message by message with its progress.</summary>
public class BoundedIngestTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public BoundedIngestTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="BoundedIngestTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected BoundedIngestTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    public void Dispose() => _knowledge.Dispose();

    private const string Short = """
        Title: Governor receives trade delegation

        On June 4, 2024, Governor Selim Varga met with the trade envoy Petra Lindqvist in Mosul. They discussed the border crossing.
        """;

    /// <summary>About 300 KB of report text: far more than can be analysed in a few milliseconds.</summary>
    private static string Long()
    {
        var text = new StringBuilder("Title: Governor receives trade delegation\n\n");
        for (var i = 0; i < 2500; i++)
            text.Append($"On June {1 + i % 28}, 2024, Governor Selim Varga met with the trade envoy Petra Lindqvist in Mosul, meeting number {i}. They discussed the border crossing.\n\n");
        return text.ToString();
    }

    private Ingestor WithBudget(TimeSpan budget) => _knowledge.Sightline.Ingestor(DocumentLimits.Default with { TimeBudget = budget });

    private long Count(string table, string key) =>
        Convert.ToInt64(_knowledge.Sql.Scalar(null, $"SELECT COUNT(*) FROM {table} WHERE document_key = $0", key));

    [Fact]
    public void A_document_past_its_time_budget_is_rolled_back_the_previous_version_stays_and_the_batch_goes_on()
    {
        var report = _knowledge.Files.Write("reports/a-report.txt", Short);
        var other = _knowledge.Files.Write("reports/b-other.txt", Short.Replace("Mosul", "Kirkuk"));
        var added = Assert.Single(_knowledge.Ingest(report));
        Assert.Equal(IngestResult.Added, added.Result);
        var claims = Count("kb_claims", added.Key);
        Assert.True(claims > 0);

        File.WriteAllText(report, Long());
        var outcomes = WithBudget(TimeSpan.FromMilliseconds(10)).IngestFiles([report, other], TestContext.Current.CancellationToken).ToList();

        Assert.Equal(IngestResult.Failed, outcomes[0].Result);
        Assert.Contains("analysing and storing it took longer than the budget of 0.01 s a document; stopped, and nothing of it was stored", outcomes[0].Diagnostic);
        Assert.Equal(claims, Count("kb_claims", added.Key)); // the good version stays whole
        Assert.Equal("ingested", _knowledge.Sql.Scalar(null, "SELECT status FROM kb_documents WHERE key = $0", added.Key));
        Assert.Equal(["a-report.txt", "b-other.txt"], outcomes.Select(o => o.Path)); // and the next file is read
    }

    [Fact]
    public void A_caller_that_cancels_gets_the_cancellation_and_nothing_of_the_document_is_stored()
    {
        var path = _knowledge.Files.Write("gone.txt", Short);
        var document = Assert.Single(DocumentReader.Read(path).Documents);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _knowledge.Ingestor.Ingest(document, path, cancel.Token));

        Assert.Null(_knowledge.Sql.Scalar(null, "SELECT status FROM kb_documents WHERE key = $0", document.Key));
        Assert.Equal(0, Count("kb_mentions", document.Key));
        // The ingestor is still good for the next document.
        Assert.Equal(IngestResult.Added, _knowledge.Ingestor.Ingest(document, path, TestContext.Current.CancellationToken).Result);
    }

    [Fact]
    public void A_telegram_export_is_ingested_message_by_message_each_outcome_saying_which_of_how_many()
    {
        var export = _knowledge.Files.Write("channel/result.json", """
            {"name": "Northern Desk", "type": "public_channel", "id": 4242, "messages": [
              {"id": 10, "type": "message", "date": "2024-06-05T09:00:00", "text": "Governor Selim Varga met with the envoy Petra Lindqvist in Mosul on June 4, 2024."},
              {"id": 11, "type": "service", "date": "2024-06-05T09:05:00", "action": "pin_message"},
              {"id": 12, "type": "message", "date": "2024-06-05T10:00:00", "text": 7},
              {"id": 13, "type": "message", "date": "2024-06-06T08:00:00", "text": "The envoy Petra Lindqvist left Mosul for Erbil on June 5, 2024."}
            ]}
            """);

        var outcomes = _knowledge.Ingest(export);

        Assert.Equal([(1, 4), (3, 4), (4, 4)], outcomes.Select(o => (o.Message!.Index, o.Message.Count)));
        Assert.Equal([IngestResult.Added, IngestResult.Failed, IngestResult.Added], outcomes.Select(o => o.Result));
        Assert.Equal(["telegram:4242/10", "telegram:4242/13"], outcomes.Where(o => o.Result == IngestResult.Added).Select(o => o.Key));
        Assert.Contains("message 3 of 'Northern Desk': 'text' is Number", outcomes[1].Diagnostic);
    }
}

/// <summary><see cref="BoundedIngestTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class BoundedIngestTestsOnPostgres() : BoundedIngestTests(TestStore.Postgres);
