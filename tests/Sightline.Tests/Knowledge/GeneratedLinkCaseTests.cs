using Sightline.Knowledge.Resolution;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary><c>eval links</c> links its generated hard cases through the ingest and resolution stores in a unit of work
/// it never commits: the links are there inside it, and nothing of a case is left once it is dropped.</summary>
public class GeneratedLinkCaseTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public GeneratedLinkCaseTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="GeneratedLinkCaseTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected GeneratedLinkCaseTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void A_listed_name_links_to_its_entry_inside_the_unit_of_work_and_leaves_nothing_after_it()
    {
        var store = _knowledge.Store;
        var sdn = _knowledge.Lists.ActiveVersions().First(v => v.List == "us_ofac_sdn");
        var (label, name, text) = LinkCalibration.Generate(_knowledge.Lists.Entries(sdn.Id), 50).First(c => c.Label.Relation == "born as listed");
        var linker = new ListLinker(BundledScreening.Screener, _knowledge.Lists);

        using (var work = store.Begin(TestContext.Current.CancellationToken))
        {
            var links = LinkCalibration.LinkGenerated(store, work, linker, name, sdn.List, 7, text);
            Assert.Contains(links, l => label.Expected.Contains(l.Entry));
            Assert.Equal(links, store.Resolution.Tiers(work, "P-generated-7", sdn.List));
        }

        Assert.False(store.Entities.Exists("P-generated-7"));
        Assert.Empty(store.Resolution.Tiers(null, "P-generated-7"));
        Assert.DoesNotContain(store.Documents.Paths(), p => p.Key == "generated-7");
    }
}

/// <summary><see cref="GeneratedLinkCaseTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class GeneratedLinkCaseTestsOnPostgres() : GeneratedLinkCaseTests(TestStore.Postgres);
