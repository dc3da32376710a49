using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>A unit of work is the transaction: what is written through it lands at commit and not before, is undone
/// when it is dropped uncommitted, and cannot be handed to another knowledge base.</summary>
public sealed class KnowledgeUnitOfWorkTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly KnowledgeStore _store;

    public KnowledgeUnitOfWorkTests() => _store = KnowledgeBase.Open(Path.Combine(_temp.Path, "kb.db"), new FakeTimeProvider());

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static AuditEntry Entry(string target) =>
        new() { Action = "confirm-claim", Target = target, Detail = "a test decision", User = "analyst", Reason = "checked", DecidedAt = "2026-01-02T03:04:05Z" };

    [Fact]
    public void Writes_land_at_commit_and_are_undone_when_the_unit_of_work_is_dropped()
    {
        using (var dropped = _store.Begin(TestContext.Current.CancellationToken)) _store.Reviews.Record(dropped, Entry("C-dropped"));
        Assert.Empty(_store.Reviews.Audit(0));

        using (var work = _store.Begin(TestContext.Current.CancellationToken))
        {
            _store.Reviews.Record(work, Entry("C-kept"));
            work.Commit();
        }
        var stored = Assert.Single(_store.Reviews.Audit(0));
        Assert.Equal(("C-kept", "analyst", "2026-01-02T03:04:05Z"), (stored.Target, stored.User, stored.DecidedAt));
        Assert.True(stored.Id > 0);
    }

    [Fact]
    public void A_unit_of_work_of_another_knowledge_base_is_refused()
    {
        using var other = KnowledgeBase.Open(Path.Combine(_temp.Path, "other.db"), new FakeTimeProvider());
        using var work = other.Begin(TestContext.Current.CancellationToken);
        Assert.Throws<ArgumentException>(() => _store.Reviews.Record(work, Entry("C-elsewhere")));
    }

    [Fact]
    public void Ingest_writes_land_at_commit_and_the_ingest_and_resolution_stores_refuse_another_knowledge_base()
    {
        using (var dropped = _store.Begin(TestContext.Current.CancellationToken)) _store.Ingest.AddEntity(dropped, "P-dropped", EntityKind.Person, "Tomas Ferrante");
        Assert.False(_store.Entities.Exists("P-dropped"));

        using (var work = _store.Begin(TestContext.Current.CancellationToken))
        {
            _store.Ingest.AddEntity(work, "P-kept", EntityKind.Person, "Tomas Ferrante");
            _store.Ingest.AddName(work, "P-kept", "Tomas Ferrante", "tomas ferrante", "report-1");
            Assert.Equal(["Tomas Ferrante"], _store.Resolution.Names(work, "P-kept"));
            work.Commit();
        }
        Assert.Equal([("P-kept", EntityKind.Person, "Tomas Ferrante")], _store.Resolution.AllNames());

        using var other = KnowledgeBase.Open(Path.Combine(_temp.Path, "other.db"), new FakeTimeProvider());
        using var foreign = other.Begin(TestContext.Current.CancellationToken);
        Assert.Throws<ArgumentException>(() => _store.Ingest.AddEntity(foreign, "P-elsewhere", EntityKind.Person, "Tomas Ferrante"));
        Assert.Throws<ArgumentException>(() => _store.Resolution.Names(foreign, "P-kept"));
    }

    [Fact]
    public async Task A_patient_writer_stops_waiting_when_its_budget_ends()
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromMilliseconds(200));
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() =>
        {
            using (_store.Begin(TestContext.Current.CancellationToken)) // another thread of this process holds the turn
            {
                held.Set();
                release.Wait(TestContext.Current.CancellationToken);
            }
        }, TestContext.Current.CancellationToken);
        held.Wait(TestContext.Current.CancellationToken);
        using (var second = KnowledgeBase.Open(Path.Combine(_temp.Path, "kb.db"), new FakeTimeProvider()))
            Assert.ThrowsAny<OperationCanceledException>(() => second.Begin(budget.Token));
        release.Set();
        await holder;

        using var turn = _store.Begin(TestContext.Current.CancellationToken);
        turn.Commit();
    }
}
