using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Import;

public class ListImporterTests : IDisposable
{
    private readonly TestStore _testStore;
    private StoreFixture? _store;

    public ListImporterTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ListImporterTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ListImporterTests(TestStore store) => _testStore = store;

    /// <summary>The store a test imports into: empty, unless the test began with <see cref="WithSdnImported"/>.</summary>
    private StoreFixture Fixture => _store ??= new StoreFixture(store: _testStore);

    public void Dispose() => _store?.Dispose();

    private ImportOutcome ImportSdn(string folder) => Fixture.Importer.Import(new OfacCsvListReader(folder, OfacFileSet.Sdn, published: TemplateDatabase.DatedSdnPublished));

    /// <summary>Starts from the store <see cref="ImportSdn"/> of the bundled SDN set leaves (version 1, active), copied
    /// from a template made once a run, and returns that version. A test about the first import imports instead.</summary>
    private ListVersion WithSdnImported()
    {
        Assert.Null(_store);
        _store = new StoreFixture(TemplateDatabase.DatedOfacSdn, _testStore);
        return Assert.Single(_store.Store.Versions("us_ofac_sdn"));
    }

    [Fact]
    public void FirstImport_CreatesActiveVersionOne()
    {
        var outcome = Assert.IsType<ImportOutcome.Imported>(ImportSdn(Repository.SdnFolder));
        Assert.Equal((1, true, 8976), (outcome.Version.Number, outcome.Version.Active, outcome.Version.Counts.Total));
        Assert.Equal("OFAC SDN as of 2021-07-07", outcome.Version.Label);
        Assert.Null(outcome.Diff);
        Assert.Equal("AL-KHAZALI, Qais", Fixture.Store.Entry("us_ofac_sdn", "28004")!.Name);
    }

    [Fact]
    public void SameFileTwice_ChangesNothing()
    {
        WithSdnImported();
        var again = Assert.IsType<ImportOutcome.Unchanged>(ImportSdn(Repository.SdnFolder));
        Assert.Equal(1, again.Active.Number);
        Assert.Single(Fixture.Store.Versions("us_ofac_sdn"));
    }

    [Fact]
    public void SameList_ImportedByAnotherProcessBeforeThisImportTookTheWritersTurn_IsNotImportedAgain()
    {
        WithSdnImported();
        // This importer looked before the other import committed (two serve nodes starting on one empty database) and
        // took the writer's turn after it.
        var late = new ListImporter(new FirstLookSeesNoLists(Fixture.Store), TimeProvider.System);
        var outcome = Assert.IsType<ImportOutcome.Unchanged>(late.Import(new OfacCsvListReader(Repository.SdnFolder, OfacFileSet.Sdn, published: TemplateDatabase.DatedSdnPublished)));
        Assert.Equal(1, outcome.Active.Number);
        Assert.Single(Fixture.Store.Versions("us_ofac_sdn"));
    }

    [Fact, Trait("Speed", "Slow")]
    public void BadFile_LeavesThePreviousVersionActive()
    {
        WithSdnImported();
        var copy = Fixture.Files.CopyFolder(Repository.SdnFolder, "bad");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Append("99999,\"ONLY, Three\",\"individual\""));

        var failed = Assert.IsType<ImportOutcome.Failed>(ImportSdn(copy));
        Assert.Contains("sdn.csv:8977: expected 12 fields", failed.Error);
        var versions = Fixture.Store.Versions("us_ofac_sdn");
        Assert.Equal(1, Assert.Single(versions).Number);
        Assert.True(versions[0].Active);
        Assert.Equal(8976, Fixture.Store.EntryHashes(versions[0].Id).Count);
    }

    [Fact, Trait("Speed", "Slow")]
    public void NewVersion_DiffsAddedRemovedAndChangedFields_AndRecordsFirstSeen()
    {
        WithSdnImported();
        var copy = Fixture.Files.CopyFolder(Repository.SdnFolder, "v2");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines
            .Where(l => !l.StartsWith("36,", StringComparison.Ordinal))
            .Select(l => l.StartsWith("28005,", StringComparison.Ordinal) ? l.Replace("\"SDGT] [GLOMAG\"", "\"SDGT] [GLOMAG] [IRAQ3\"") : l)
            .Append("99999,\"NEW, Person\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1980.\""));

        Fixture.Clock.Advance(TimeSpan.FromDays(1));
        var imported = Assert.IsType<ImportOutcome.Imported>(ImportSdn(copy));
        var diff = imported.Diff!;
        Assert.Equal(2, imported.Version.Number);
        Assert.Equal(["99999"], diff.Added.Select(e => e.Id));
        Assert.Equal(["36"], diff.Removed.Select(e => e.Id));
        var changed = Assert.Single(diff.Changed);
        Assert.Equal("28005", changed.After.Id);
        Assert.Equal(["programs"], changed.Fields);

        Assert.Equal(2, Fixture.Store.FirstSeen("us_ofac_sdn", "99999")!.Number);
        Assert.Null(Fixture.Store.FirstSeen("us_ofac_sdn", "28004"));
        Assert.False(Fixture.Store.Versions("us_ofac_sdn")[0].Active);
        Assert.Equal(8976, Fixture.Store.EntryHashes(Fixture.Store.Versions("us_ofac_sdn")[0].Id).Count); // old version kept whole
    }

    [Fact]
    public void Staleness_FollowsThePublicationDate()
    {
        var version = WithSdnImported();
        Assert.True(version.IsStale(Fixture.Clock.GetUtcNow(), TimeSpan.FromDays(30)));
        Assert.False(version.IsStale(new DateTimeOffset(2021, 7, 20, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(30)));
    }

    [Fact]
    public void BundledSnapshot_ImportsAllThreeLists()
    {
        var outcomes = BundledLists.Open(Repository.Lists).Select(r => Fixture.Importer.Import(r)).ToList();
        Assert.All(outcomes, o => Assert.IsType<ImportOutcome.Imported>(o));
        Assert.Equal([("un_sc_sanctions", 1003), ("us_ofac_cons", 442), ("us_ofac_sdn", 8976)],
            Fixture.Store.ActiveVersions().Select(v => (v.List, v.Counts.Total)));
        Assert.Equal(["us_ofac_sdn"], Fixture.Store.ListsHolding("28004"));
    }

    [Fact]
    public void StoredEntries_RoundTripExactly()
    {
        var read = new OfacCsvListReader(Repository.SdnFolder, OfacFileSet.Sdn).ReadEntries().Single(e => e.Id == "28004");
        WithSdnImported();
        var stored = Fixture.Store.Entry("us_ofac_sdn", "28004")!;
        Assert.Equal(Sightline.Lists.Model.EntryJson.Serialize(read), Sightline.Lists.Model.EntryJson.Serialize(stored));
    }

    [Fact]
    public void DuplicateFtmIds_FailTheImport()
    {
        var line = """{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}""";
        var path = Fixture.Files.Write("dup.json", line + "\n" + line + "\n");
        var failed = Assert.IsType<ImportOutcome.Failed>(Fixture.Importer.Import(ListReaders.Open(path).Single()));
        Assert.Contains("appears twice", failed.Error);
        Assert.Empty(Fixture.Store.ActiveVersions());
    }
}

/// <summary><see cref="ListImporterTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ListImporterTestsOnPostgres() : ListImporterTests(TestStore.Postgres);
