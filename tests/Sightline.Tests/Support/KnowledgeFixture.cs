using Microsoft.Extensions.Time.Testing;
using Sightline.Alerts;
using Sightline.Analysis;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Screening;
using Sightline.Lists;

namespace Sightline.Tests.Support;

/// <summary>A fresh database with the bundled lists imported and a knowledge base next to them, ready to ingest: a copy
/// of a <see cref="TemplateDatabase"/>, with the sample reports already ingested when asked, on SQLite or on PostgreSQL
/// (<see cref="TestStore"/>, ADR-041).</summary>
public sealed class KnowledgeFixture : IDisposable
{
    private readonly StoreFixture _lists;

    public KnowledgeFixture(bool withSamples = false, TestStore store = TestStore.Sqlite)
    {
        _lists = new StoreFixture(withSamples ? TemplateDatabase.ListsAndSamples : TemplateDatabase.Lists, store);
        Sightline = For(_lists.DatabasePath, _lists.Clock).Build();
        Store = Sightline.Store;
        Ingestor = NewIngestor();
    }

    /// <summary>Sightline put together as every host does, with the names index and analyzer the tests share while the
    /// bundled lists are the active ones (made from the store's lists otherwise).</summary>
    public static SightlineBuilder For(string databasePath, TimeProvider clock) => SharingModels(new SightlineBuilder(databasePath).UseClock(clock));

    /// <summary>The builder given the names index and analyzer the tests share while the bundled lists are the active
    /// ones (made from the store's lists otherwise): loaded once a run instead of once a store or server.</summary>
    public static SightlineBuilder SharingModels(SightlineBuilder builder) => builder
        .UseScreeningIndex(lists => BundledScreening.AreActive(lists.Versions) ? BundledScreening.Screener.Index : ScreeningIndex.Build(lists.Entries))
        .UseAnalyzer(lists => BundledScreening.AreActive(lists.Versions) ? BundledAnalysis.Analyzer : DocumentAnalyzer.Create(BundledAnalysis.Model, lists.Entries.ToList()));

    public SightlinePipeline Sightline { get; }
    public KnowledgeStore Store { get; }
    /// <summary>The database's address: a SQLite file's path or a PostgreSQL connection string (<c>--db</c> takes either).</summary>
    public string DatabasePath => _lists.DatabasePath;

    /// <summary>Raw SQL on this database, whichever store it is.</summary>
    public StoreSql Sql => Store.Sql;
    public Ingestor Ingestor { get; private set; }
    public TempFolder Files => _lists.Files;
    public ProfileReader Profiles => new(Store, _lists.Store);
    public IListStore Lists => _lists.Store;
    public ListImporter ListImporter => _lists.Importer;
    public FakeTimeProvider Clock => _lists.Clock;
    public AlertStore Alerts => new(Store, Clock);
    public ReviewDesk Review => new(Store, _lists.Store, Clock);

    /// <summary>A new ingestor, as a new run of <c>sightline ingest</c> would make one, with the alert rules.</summary>
    public Ingestor NewIngestor() => Ingestor = Sightline.Ingestor();

    /// <summary>A linker over the lists active now, as after a list update.</summary>
    public ListLinker CurrentLinker() => new(new Screener(ScreeningIndexLoader.FromStore(_lists.Store)), _lists.Store);

    public List<IngestOutcome> Ingest(params string[] files) => Ingestor.IngestFiles(files).ToList();

    public List<IngestOutcome> IngestSamples() => Ingest(Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray());

    public EntityProfile Profile(string name)
    {
        var found = EntityLookup.Find(Store, name);
        Assert.NotEmpty(found);
        return Profiles.Read(found[0].Id)!;
    }

    public void Dispose()
    {
        Sightline.Dispose();
        _lists.Dispose();
    }
}
