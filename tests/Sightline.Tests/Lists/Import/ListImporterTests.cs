using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Import;

public class ListImporterTests : IDisposable
{
    private readonly StoreFixture _fx;

    public ListImporterTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ListImporterTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ListImporterTests(TestStore store) => _fx = new StoreFixture(store: store);

    public void Dispose() => _fx.Dispose();

    private ImportOutcome ImportSdn(string folder) => _fx.Importer.Import(new OfacCsvListReader(folder, OfacFileSet.Sdn, published: new DateTimeOffset(2021, 7, 7, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void FirstImport_CreatesActiveVersionOne()
    {
        var outcome = Assert.IsType<ImportOutcome.Imported>(ImportSdn(Repository.SdnFolder));
        Assert.Equal((1, true, 8976), (outcome.Version.Number, outcome.Version.Active, outcome.Version.Counts.Total));
        Assert.Equal("OFAC SDN as of 2021-07-07", outcome.Version.Label);
        Assert.Null(outcome.Diff);
        Assert.Equal("AL-KHAZALI, Qais", _fx.Store.Entry("us_ofac_sdn", "28004")!.Name);
    }

    [Fact]
    public void SameFileTwice_ChangesNothing()
    {
        ImportSdn(Repository.SdnFolder);
        var again = Assert.IsType<ImportOutcome.Unchanged>(ImportSdn(Repository.SdnFolder));
        Assert.Equal(1, again.Active.Number);
        Assert.Single(_fx.Store.Versions("us_ofac_sdn"));
    }

    [Fact, Trait("Speed", "Slow")]
    public void BadFile_LeavesThePreviousVersionActive()
    {
        ImportSdn(Repository.SdnFolder);
        var copy = _fx.Files.CopyFolder(Repository.SdnFolder, "bad");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Append("99999,\"ONLY, Three\",\"individual\""));

        var failed = Assert.IsType<ImportOutcome.Failed>(ImportSdn(copy));
        Assert.Contains("sdn.csv:8977: expected 12 fields", failed.Error);
        var versions = _fx.Store.Versions("us_ofac_sdn");
        Assert.Equal(1, Assert.Single(versions).Number);
        Assert.True(versions[0].Active);
        Assert.Equal(8976, _fx.Store.EntryHashes(versions[0].Id).Count);
    }

    [Fact, Trait("Speed", "Slow")]
    public void NewVersion_DiffsAddedRemovedAndChangedFields_AndRecordsFirstSeen()
    {
        ImportSdn(Repository.SdnFolder);
        var copy = _fx.Files.CopyFolder(Repository.SdnFolder, "v2");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines
            .Where(l => !l.StartsWith("36,", StringComparison.Ordinal))
            .Select(l => l.StartsWith("28005,", StringComparison.Ordinal) ? l.Replace("\"SDGT] [GLOMAG\"", "\"SDGT] [GLOMAG] [IRAQ3\"") : l)
            .Append("99999,\"NEW, Person\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1980.\""));

        _fx.Clock.Advance(TimeSpan.FromDays(1));
        var imported = Assert.IsType<ImportOutcome.Imported>(ImportSdn(copy));
        var diff = imported.Diff!;
        Assert.Equal(2, imported.Version.Number);
        Assert.Equal(["99999"], diff.Added.Select(e => e.Id));
        Assert.Equal(["36"], diff.Removed.Select(e => e.Id));
        var changed = Assert.Single(diff.Changed);
        Assert.Equal("28005", changed.After.Id);
        Assert.Equal(["programs"], changed.Fields);

        Assert.Equal(2, _fx.Store.FirstSeen("us_ofac_sdn", "99999")!.Number);
        Assert.Null(_fx.Store.FirstSeen("us_ofac_sdn", "28004"));
        Assert.False(_fx.Store.Versions("us_ofac_sdn")[0].Active);
        Assert.Equal(8976, _fx.Store.EntryHashes(_fx.Store.Versions("us_ofac_sdn")[0].Id).Count); // old version kept whole
    }

    [Fact]
    public void Staleness_FollowsThePublicationDate()
    {
        var version = Assert.IsType<ImportOutcome.Imported>(ImportSdn(Repository.SdnFolder)).Version;
        Assert.True(version.IsStale(_fx.Clock.GetUtcNow(), TimeSpan.FromDays(30)));
        Assert.False(version.IsStale(new DateTimeOffset(2021, 7, 20, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(30)));
    }

    [Fact]
    public void BundledSnapshot_ImportsAllThreeLists()
    {
        var outcomes = BundledLists.Open(Repository.Lists).Select(r => _fx.Importer.Import(r)).ToList();
        Assert.All(outcomes, o => Assert.IsType<ImportOutcome.Imported>(o));
        Assert.Equal([("un_sc_sanctions", 1003), ("us_ofac_cons", 442), ("us_ofac_sdn", 8976)],
            _fx.Store.ActiveVersions().Select(v => (v.List, v.Counts.Total)));
        Assert.Equal(["us_ofac_sdn"], _fx.Store.ListsHolding("28004"));
    }

    [Fact]
    public void StoredEntries_RoundTripExactly()
    {
        var read = new OfacCsvListReader(Repository.SdnFolder, OfacFileSet.Sdn).ReadEntries().Single(e => e.Id == "28004");
        ImportSdn(Repository.SdnFolder);
        var stored = _fx.Store.Entry("us_ofac_sdn", "28004")!;
        Assert.Equal(Sightline.Lists.Model.EntryJson.Serialize(read), Sightline.Lists.Model.EntryJson.Serialize(stored));
    }

    [Fact]
    public void DuplicateFtmIds_FailTheImport()
    {
        var line = """{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}""";
        var path = _fx.Files.Write("dup.json", line + "\n" + line + "\n");
        var failed = Assert.IsType<ImportOutcome.Failed>(_fx.Importer.Import(ListReaders.Open(path).Single()));
        Assert.Contains("appears twice", failed.Error);
        Assert.Empty(_fx.Store.ActiveVersions());
    }
}

/// <summary><see cref="ListImporterTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ListImporterTestsOnPostgres() : ListImporterTests(TestStore.Postgres);
