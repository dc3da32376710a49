using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Import;

/// <summary>A local import runs the checks an update runs: a list cut at a row boundary, an OFAC set without its alias
/// file, or an FtM file named after an official list never becomes the active version by accident (ADR-022).</summary>
public sealed class HollowedListTests : IDisposable
{
    /// <summary>A store holding the bundled OFAC SDN set as its first version, which the hollowed copies are imported over.</summary>
    private readonly StoreFixture _fx = new(TemplateDatabase.OfacSdn);

    public void Dispose() => _fx.Dispose();

    private ImportOutcome ImportSdn(string folder, ImportChecks? checks = null) => ImportSdn(_fx, folder, checks);

    private static ImportOutcome ImportSdn(StoreFixture store, string folder, ImportChecks? checks = null) =>
        store.Importer.Import(new OfacCsvListReader(folder, OfacFileSet.Sdn), checks);

    private string SdnCopy(string name) => _fx.Files.CopyFolder(Repository.SdnFolder, name);

    [Fact]
    public void SetCutAtARowBoundary_IsRefused_AndTheActiveVersionStays()
    {
        var copy = SdnCopy("cut");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Take(100)); // keeps OFAC's end byte

        var failed = Assert.IsType<ImportOutcome.Failed>(ImportSdn(copy));
        Assert.Contains("100 entries against 8,976", failed.Error);
        Assert.Contains("--allow-shrink", failed.Error);
        Assert.Equal(8976, Assert.Single(_fx.Store.ActiveVersions()).Counts.Total);
    }

    [Fact]
    public void ShrinkTheAnalystAllows_IsImportedWithAWarning()
    {
        var copy = SdnCopy("cut");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Take(100));

        var imported = Assert.IsType<ImportOutcome.Imported>(ImportSdn(copy, ImportChecks.Standard with { AllowShrink = true }));
        Assert.Equal(100, imported.Version.Counts.Total);
        Assert.Contains(imported.Version.Warnings, w => w.Contains("allowed by --allow-shrink", StringComparison.Ordinal));
    }

    [Fact, Trait("Speed", "Slow")]
    public void SmallChange_PassesTheChecks()
    {
        var copy = SdnCopy("v2");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Skip(50));
        Assert.IsType<ImportOutcome.Imported>(ImportSdn(copy));
    }

    [Fact, Trait("Speed", "Slow")]
    public void SetWithoutItsAliasFile_IsRefused_AndLosesNamesEvenWhenPartialIsAllowed()
    {
        var copy = SdnCopy("no-aliases");
        File.Delete(Path.Combine(copy, "alt.csv"));

        var missing = Assert.IsType<ImportOutcome.Failed>(ImportSdn(copy));
        Assert.Contains("alt.csv not found beside sdn.csv", missing.Error);

        // Told the set is partial on purpose, the names it lost still stop it: every entry is there, a third of the names are not.
        var shrunk = Assert.IsType<ImportOutcome.Failed>(ImportSdn(copy, ImportChecks.Standard with { AllowPartial = true }));
        Assert.Contains("names against", shrunk.Error);
        Assert.Single(_fx.Store.Versions("us_ofac_sdn"));
    }

    [Fact]
    public void FileWithoutOfacsEndByte_IsRefusedOnImportToo()
    {
        using var empty = new StoreFixture();
        var copy = SdnCopy("truncated");
        var sdn = Path.Combine(copy, "sdn.csv");
        var bytes = File.ReadAllBytes(sdn);
        File.WriteAllBytes(sdn, bytes[..(Array.LastIndexOf(bytes, (byte)'\n') + 1)]);

        var failed = Assert.IsType<ImportOutcome.Failed>(ImportSdn(empty, copy));
        Assert.Contains("no end-of-file byte 0x1A", failed.Error);
        Assert.Empty(empty.Store.ActiveVersions());
    }

    [Fact]
    public void FtmFileNamedAfterAnOfficialList_IsNotReadAsThatList()
    {
        var path = _fx.Files.Write("us_ofac_sdn.json", """{"id": "x", "schema": "Person", "properties": {"name": ["Somebody Else"]}}""" + "\n");
        var refused = Assert.Throws<ListFormatException>(() => ListReaders.Open(path));
        Assert.Contains("--list", refused.Message);

        // Named on purpose, it still may not hollow the official list out.
        var failed = Assert.IsType<ImportOutcome.Failed>(_fx.Importer.Import(ListReaders.Open(path, listName: "us_ofac_sdn").Single()));
        Assert.Contains("1 entries against 8,976", failed.Error);
        Assert.Equal("AL-KHAZALI, Qais", _fx.Store.Entry("us_ofac_sdn", "28004")!.Name);
    }

    [Fact, Trait("Speed", "Slow")]
    public void AnEarlierVersion_CanBeMadeActiveAgain()
    {
        var first = Assert.Single(_fx.Store.ActiveVersions());
        var copy = SdnCopy("v2");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Where(l => !l.StartsWith("28004,", StringComparison.Ordinal)));
        Assert.IsType<ImportOutcome.Imported>(ImportSdn(copy));
        Assert.Null(_fx.Store.Entry("us_ofac_sdn", "28004"));

        _fx.Store.Activate(first.Id);
        Assert.Equal(1, Assert.Single(_fx.Store.ActiveVersions()).Number);
        Assert.Equal("AL-KHAZALI, Qais", _fx.Store.Entry("us_ofac_sdn", "28004")!.Name);
        Assert.Equal(2, _fx.Store.Versions("us_ofac_sdn").Count); // nothing was deleted
    }
}
