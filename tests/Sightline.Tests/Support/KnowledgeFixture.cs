using Microsoft.Extensions.Time.Testing;
using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Screening;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>A fresh database with the bundled lists imported and a knowledge base next to them, ready to ingest: a copy
/// of a <see cref="TemplateDatabase"/>, with the sample reports already ingested when asked.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    private readonly StoreFixture _lists;

    public KnowledgeFixture(bool withSamples = false)
    {
        _lists = new StoreFixture(withSamples ? TemplateDatabase.ListsAndSamples : TemplateDatabase.Lists);
        Store = KnowledgeStore.Open(_lists.DatabasePath, _lists.Clock);
        Ingestor = NewIngestor();
    }

    public KnowledgeStore Store { get; }
    public string DatabasePath => _lists.DatabasePath;
    public Ingestor Ingestor { get; private set; }
    public TempFolder Files => _lists.Files;
    public ProfileReader Profiles => new(Store, _lists.Store);
    public SqliteListStore Lists => _lists.Store;
    public ListImporter ListImporter => _lists.Importer;
    public FakeTimeProvider Clock => _lists.Clock;
    public AlertStore Alerts => new(Store, Clock);
    public ReviewDesk Review => new(Store, _lists.Store, Clock);

    /// <summary>A new ingestor, as a new run of <c>sightline ingest</c> would make one, with the alert rules.</summary>
    public Ingestor NewIngestor() => Ingestor = Ingestor.WithAlerts(Store, _lists.Store, BundledAnalysis.Analyzer, BundledScreening.Screener, _lists.Clock);

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
        Store.Dispose();
        _lists.Dispose();
    }
}
