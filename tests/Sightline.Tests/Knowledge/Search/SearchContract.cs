using Sightline.Knowledge;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;
using static Sightline.Tests.Knowledge.Search.SearchSeed;

namespace Sightline.Tests.Knowledge.Search;

/// <summary>
/// What full-text search answers on any store (ADR-040), asked of the <see cref="SearchSeed"/> knowledge base: each
/// store's test class opens its own store and runs these.
/// </summary>
public abstract class SearchContract : IDisposable
{
    private KnowledgeStore? _store;

    /// <summary>A new, empty knowledge base of the store under test.</summary>
    protected abstract KnowledgeStore OpenEmpty();

    protected KnowledgeStore Store => _store ??= Seeded(OpenEmpty());

    private static KnowledgeStore Seeded(KnowledgeStore store)
    {
        SearchSeed.Write(store);
        return store;
    }

    private string[] Documents(string typed, int limit = 50) =>
        [.. Store.Search.Documents(TextSearch.Parse(typed)!, limit).Select(d => d.Id!)];

    private string[] Names(string typed, int limit = 50) => [.. Store.Search.Names(NameSearch.Parse(typed)!, limit).Select(h => h.EntityId)];

    [Fact]
    public void Reports_holding_every_word_come_by_words_in_the_title_then_newest_then_by_id()
    {
        var sameDay = Ids(TextOnlyNewer, TextOnlySameDay).Order(StringComparer.Ordinal);
        Assert.Equal([.. Ids(BothInTitle, OneInTitle), .. sameDay, .. Ids(TextOnlyUndated)], Documents("envoy halvard"));
    }

    [Fact]
    public void A_report_lacking_one_word_is_not_found()
    {
        Assert.DoesNotContain(Ids(EnvoyWithoutHarbour)[0], Documents("envoy halvard"));
        Assert.Empty(Documents("envoy submarine"));
    }

    [Fact]
    public void The_limit_keeps_the_first_hits_in_order()
    {
        // Every "envoy" report with it in the title has one title word: the newest published come first.
        Assert.Equal(Ids(BothInTitle, EnvoyWithoutHarbour), Documents("envoy", limit: 2));
    }

    [Fact]
    public void Words_are_found_whatever_their_case_and_accents()
    {
        Assert.Equal(Ids(EnvoyWithoutHarbour), Documents("MULLER zurich"));
        Assert.Equal(Ids(EnvoyWithoutHarbour), Documents("jörg Müller"));
        Assert.Contains(Ids(TextOnlyNewer)[0], Documents("Envoy"));
    }

    [Fact]
    public void Words_of_other_scripts_are_found()
    {
        Assert.Equal(Ids(ArabicReport), Documents("الميناء"));
        Assert.Equal(Ids(ArabicReport), Documents("القائد"));
    }

    [Fact]
    public void A_listed_hit_is_the_report_as_the_list_of_reports_shows_it()
    {
        var hit = Assert.Single(Store.Search.Documents(TextSearch.Parse("Zürich")!, 10));
        Assert.Equal(Store.Documents.Listing(EnvoyWithoutHarbour), hit);
    }

    [Fact]
    public void A_text_kept_again_is_found_by_its_new_words_only()
    {
        var store = Store;
        using (var work = store.Begin(TestContext.Current.CancellationToken))
        {
            store.Ingest.KeepText(work, TextOnlyUndated, StableIds.Document(TextOnlyUndated), "A new text about submarines off the coast.");
            work.Commit();
        }
        Assert.Equal(Ids(TextOnlyUndated), Documents("submarines"));
        Assert.Equal(Ids(TextOnlySameDay), Documents("grain"));
    }

    [Fact]
    public void Names_come_equal_first_then_holding_each_word_whole_then_shorter()
    {
        Assert.Equal(["P-seed-alone", "P-seed-short", "P-seed-long", "P-seed-part"], Names("Tarek Vossberg"));
    }

    [Fact]
    public void A_part_of_a_name_finds_every_name_holding_it()
    {
        var hits = Names("vossb");
        Assert.Equal(["O-seed-org", "P-seed-alone", "P-seed-long", "P-seed-part", "P-seed-short"], hits.Order(StringComparer.Ordinal));
        Assert.Equal(["P-seed-other"], Names("quel"));
    }

    [Fact]
    public void One_hit_an_entity_with_its_best_fitting_name()
    {
        var hit = Assert.Single(Store.Search.Names(NameSearch.Parse("lind")!, 10));
        Assert.Equal(("P-seed-short", "Tarek Vossberg Lind", nameof(EntityKind.Person)), (hit.EntityId, hit.Name, hit.Kind));
        Assert.Equal(NameNorm.Of("Tarek Vossberg Lind"), hit.Matched);
    }

    [Fact]
    public void A_name_no_longer_borne_is_no_longer_found()
    {
        var store = Store;
        using (var work = store.Begin(TestContext.Current.CancellationToken))
        {
            store.Ingest.RemoveContent(work, BothInTitle); // the report that gave every seed name
            work.Commit();
        }
        Assert.Empty(store.Search.Names(NameSearch.Parse("Vossberg")!, 10));
    }

    [Fact]
    public void The_index_built_again_answers_as_before()
    {
        string[] Answers() => [.. Documents("envoy halvard"), .. Documents("الميناء"), .. Names("Tarek Vossberg"), .. Names("vossb")];
        var before = Answers();
        using (var work = Store.Begin(TestContext.Current.CancellationToken))
        {
            Store.Search.Reindex(work);
            work.Commit();
        }
        Assert.Equal(before, Answers());
    }

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }
}
