using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Storage;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>One writer at a time on a PostgreSQL database, whatever connection or machine it writes from (ADR-028,
/// ADR-039): a second writer waits for the first, or gives up with nothing written once its bound passes; and a writer
/// sees that another wrote since it last read.</summary>
public sealed class PostgresWriterTurnTests
{
    [Fact]
    public void A_bounded_writer_gives_up_while_another_holds_the_turn_and_gets_it_after()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using var first = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        using var second = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        var notes = new List<string>();
        second.Writers = new WriterWait(TimeSpan.FromMilliseconds(200), notes.Add);

        using (first.Begin(TestContext.Current.CancellationToken))
        {
            var busy = Assert.Throws<WriterBusyException>(() => second.Begin(TestContext.Current.CancellationToken));
            Assert.DoesNotContain("Password", busy.Message);
        }
        Assert.Single(notes);
        using var turn = second.Begin(TestContext.Current.CancellationToken);
        turn.Commit();
    }

    [Fact]
    public void A_patient_writer_stops_waiting_when_its_budget_ends()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using var first = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        using var second = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromMilliseconds(200));

        using (first.Begin(TestContext.Current.CancellationToken))
            Assert.ThrowsAny<OperationCanceledException>(() => second.Begin(budget.Token));
        using var turn = second.Begin(TestContext.Current.CancellationToken);
        turn.Commit();
    }

    [Fact]
    public void A_list_import_waits_for_the_knowledge_base_writer()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using var knowledge = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        using var lists = Stores.OpenLists(database.Address, new FakeTimeProvider());
        lists.Writers = new WriterWait(TimeSpan.FromMilliseconds(100));
        using (knowledge.Begin(TestContext.Current.CancellationToken))
            Assert.Throws<WriterBusyException>(() => lists.BeginImport(new(
                "test_list", Sightline.Lists.Formats.ListFormat.OfacSdnCsv, "test.csv", null, "hash", []), DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void The_data_version_changes_when_another_connection_commits_and_not_for_its_own_commits()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using var mine = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        using var other = KnowledgeBase.Open(database.Address, new FakeTimeProvider());
        var before = mine.Resolution.DataVersion();
        using (var work = mine.Begin(TestContext.Current.CancellationToken)) work.Commit();
        Assert.Equal(before, mine.Resolution.DataVersion());
        using (var work = other.Begin(TestContext.Current.CancellationToken)) work.Commit();
        var after = mine.Resolution.DataVersion();
        Assert.NotEqual(before, after);
        Assert.Equal(after, mine.Resolution.DataVersion());
    }
}
