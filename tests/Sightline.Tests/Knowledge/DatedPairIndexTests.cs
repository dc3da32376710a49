using Sightline.Knowledge;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>The dated pair index (ADR-044): a dated meeting claim reads only the events of its pairs that may overlap
/// its date, so a much-repeated pair's meetings far from that date are never candidates, and grouping is unchanged.</summary>
public class DatedPairIndexTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public DatedPairIndexTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/>: <see cref="DatedPairIndexTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected DatedPairIndexTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    private void Ingest(string file, string published, string sentence) =>
        _knowledge.Ingest(_knowledge.Files.Write(file, $"Title: Talks in Vienna\n{(published.Length > 0 ? $"Published: {published}\n" : "")}\n{sentence} The talks went on for hours.\n"));

    private List<(string Id, string? Start)> Events() =>
        _knowledge.Sql.Query(null, "SELECT id, date_start FROM kb_events ORDER BY id", r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));

    [Fact]
    public void A_meeting_of_a_pair_far_from_the_date_is_not_a_candidate_and_one_near_it_or_undated_is()
    {
        Ingest("2019.txt", "2019-03-10", "On March 4, 2019, Tarik Omari met with Lena Voss in Vienna.");
        Ingest("2024.txt", "2024-05-03", "On May 2, 2024, Tarik Omari met with Lena Voss in Vienna.");
        Ingest("undated.txt", "", "Tarik Omari has met with Lena Voss in Vienna.");
        var events = Events();
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Start == "2019-03-04");
        Assert.Contains(events, e => e.Start is null);
        var pair = Assert.Single(_knowledge.Sql.Query(null, "SELECT DISTINCT pair FROM kb_event_pairs", r => r.GetString(0)));
        var pairs = new[] { pair, string.Join('\u001f', pair.Split('\u001f').Reverse()) };

        using var work = _knowledge.Store.Begin(TestContext.Current.CancellationToken);
        var near = _knowledge.Store.Events.EventsOfPairs(work, pairs, new DayRange(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 3)));
        var all = _knowledge.Store.Events.EventsOfPairs(work, pairs);

        Assert.Equal(events.Where(e => e.Start is null or "2024-05-02").Select(e => e.Id).Order(StringComparer.Ordinal), near.Select(e => e.EventId).Order(StringComparer.Ordinal));
        Assert.Equal(events.Select(e => e.Id).Order(StringComparer.Ordinal), all.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_later_report_of_the_same_meeting_joins_its_event_and_one_of_another_year_makes_its_own()
    {
        Ingest("first.txt", "2024-05-03", "On May 2, 2024, Tarik Omari met with Lena Voss in Vienna.");
        Ingest("again.txt", "2024-05-09", "On May 2, 2024, Lena Voss held talks with Tarik Omari in Vienna.");
        Assert.Single(Events());
        Ingest("later.txt", "2025-05-09", "On May 2, 2025, Lena Voss held talks with Tarik Omari in Vienna.");
        Assert.Equal(["2024-05-02", "2025-05-02"], Events().Select(e => e.Start).Order(StringComparer.Ordinal));
        Assert.Equal(2, _knowledge.Sql.Query(null, "SELECT bounded_start FROM kb_event_pairs WHERE bounded_start IS NOT NULL", r => r.GetString(0)).Count);
    }

    public void Dispose() => _knowledge.Dispose();
}

/// <summary><see cref="DatedPairIndexTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class DatedPairIndexTestsOnPostgres() : DatedPairIndexTests(TestStore.Postgres);
