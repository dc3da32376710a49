using Sightline.Lists.Import;
using Sightline.Lists.Update;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Update;

/// <summary>The real download path (HttpClient, a real HTTP server on loopback) against the bundled files.</summary>
public class ListUpdaterTests : IDisposable
{
    private readonly StoreFixture _fx;
    private readonly TempFolder _mirror = new();
    private readonly LocalListServer _server;
    private readonly HttpClient _http = ListDownloader.CreateClient(TimeSpan.FromSeconds(30));

    public ListUpdaterTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ListUpdaterTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ListUpdaterTests(TestStore store)
    {
        _fx = new StoreFixture(store: store);
        foreach (var list in new[] { "us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions" })
            _mirror.CopyFolder(Path.Combine(Repository.Lists, list), list);
        File.Move(Path.Combine(_mirror.Path, "un_sc_sanctions", "UN_consolidated.xml"), Path.Combine(_mirror.Path, "un_sc_sanctions", "consolidated.xml"));
        _server = new LocalListServer(_mirror.Path);
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        _mirror.Dispose();
        _fx.Dispose();
    }

    // The loopback test server speaks plain http, which a real update refuses unless told (see the tests below).
    private ListUpdater Updater(bool allowHttp = true, long maxBytes = 200L * 1024 * 1024) =>
        new(new ListDownloader(_http) { RetryDelay = TimeSpan.FromMilliseconds(10), AllowPlainHttp = allowHttp, MaxBytes = maxBytes }, _fx.Importer, _fx.Files.Path);

    private Task<IReadOnlyList<ImportOutcome>> Update(params string[] lists) => Update(Updater(), lists);

    private Task<IReadOnlyList<ImportOutcome>> Update(ListUpdater updater, params string[] lists) =>
        updater.UpdateAsync(OfficialSources.Mirrored(_server.BaseUri).Where(s => lists.Contains(s.List)), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Update_DownloadsVerifiesAndImportsEveryList()
    {
        var outcomes = await Update("us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions");
        Assert.All(outcomes, o => Assert.IsType<ImportOutcome.Imported>(o));
        var sdn = _fx.Store.ActiveVersions().Single(v => v.List == "us_ofac_sdn");
        Assert.Equal(8976, sdn.Counts.Total);
        Assert.Equal(_server.LastModified, sdn.Published); // the server's Last-Modified is the publication date
        Assert.StartsWith(_server.BaseUri.GetLeftPart(UriPartial.Authority), sdn.Location);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), _fx.Store.ActiveVersions().Single(v => v.List == "un_sc_sanctions").Published);
    }

    [Fact]
    public async Task UpdateTwice_SecondFindsNothingNew()
    {
        await Update("us_ofac_sdn");
        Assert.IsType<ImportOutcome.Unchanged>(Assert.Single(await Update("us_ofac_sdn")));
    }

    [Fact]
    public async Task ServerFailingHalfway_KeepsTheActiveVersion()
    {
        await Update("us_ofac_sdn");
        OfacFiles.EditLines(Path.Combine(_mirror.Path, "us_ofac_sdn", "sdn.csv"), lines => lines.Skip(1));
        _server.Break("us_ofac_sdn/sdn.csv", LocalListServer.Fault.CloseHalfway);

        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("us_ofac_sdn")));
        Assert.Contains("sdn.csv", failed.Error);
        Assert.Contains("tried 3 times", failed.Error);
        Assert.Equal(1, Assert.Single(_fx.Store.Versions("us_ofac_sdn")).Number);
    }

    [Fact]
    public async Task ServerFailingOnce_IsRetried()
    {
        _server.Break("un_sc_sanctions/consolidated.xml", LocalListServer.Fault.CloseHalfwayOnce);
        Assert.IsType<ImportOutcome.Imported>(Assert.Single(await Update("un_sc_sanctions")));
    }

    [Fact]
    public async Task ServerUnavailableOnce_IsRetried()
    {
        _server.Break("us_ofac_cons/cons_alt.csv", LocalListServer.Fault.UnavailableOnce);
        Assert.IsType<ImportOutcome.Imported>(Assert.Single(await Update("us_ofac_cons")));
        Assert.Equal(5, _server.Requests); // four files, one of them twice
    }

    [Fact]
    public async Task MissingFile_IsNotRetried()
    {
        File.Delete(Path.Combine(_mirror.Path, "us_ofac_cons", "cons_alt.csv"));
        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("us_ofac_cons")));
        Assert.DoesNotContain("tried", failed.Error);
        Assert.Equal(2, _server.Requests); // the primary file, then the missing one once
    }

    [Fact]
    public async Task TruncatedOfacFile_IsRefused()
    {
        await Update("us_ofac_sdn");
        // A file cut at a line end parses, but lacks OFAC's 0x1A end byte and most of its rows.
        var sdn = Path.Combine(_mirror.Path, "us_ofac_sdn", "sdn.csv");
        var bytes = File.ReadAllBytes(sdn);
        var cut = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length / 3) + 1;
        File.WriteAllBytes(sdn, bytes[..cut]);

        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("us_ofac_sdn")));
        Assert.Contains("truncated", failed.Error);
        Assert.True(Assert.Single(_fx.Store.Versions("us_ofac_sdn")).Active);
    }

    [Fact]
    public async Task TruncatedUnFile_IsRefused()
    {
        await Update("un_sc_sanctions");
        var un = Path.Combine(_mirror.Path, "un_sc_sanctions", "consolidated.xml");
        var text = File.ReadAllText(un);
        File.WriteAllText(un, text[..(text.Length * 2 / 3)]);

        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("un_sc_sanctions")));
        Assert.Contains("consolidated.xml", failed.Error);
        Assert.Single(_fx.Store.Versions("un_sc_sanctions"));
    }

    [Fact]
    public async Task MissingFile_IsAClearFailure()
    {
        File.Delete(Path.Combine(_mirror.Path, "us_ofac_cons", "cons_alt.csv"));
        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("us_ofac_cons")));
        Assert.Contains("404", failed.Error);
        Assert.Empty(_fx.Store.ActiveVersions());
    }

    [Fact]
    public async Task PlainHttpSource_IsRefusedUnlessAllowed()
    {
        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update(Updater(allowHttp: false), "un_sc_sanctions")));
        Assert.Contains("https only", failed.Error);
        Assert.Equal(0, _server.Requests);
        Assert.Empty(_fx.Store.ActiveVersions());
    }

    [Fact]
    public async Task RedirectToAnotherHost_IsNotFollowed()
    {
        var elsewhere = new Uri($"http://localhost:{_server.BaseUri.Port}/un_sc_sanctions/consolidated.xml");
        _server.Redirect("un_sc_sanctions/consolidated.xml", elsewhere);
        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update("un_sc_sanctions")));
        Assert.Contains("another host", failed.Error);
        Assert.Empty(_fx.Store.ActiveVersions());
    }

    [Fact]
    public async Task RedirectOnTheSameHost_IsFollowed()
    {
        File.Copy(Path.Combine(_mirror.Path, "un_sc_sanctions", "consolidated.xml"), Path.Combine(_mirror.Path, "un_sc_sanctions", "moved.xml"));
        _server.Redirect("un_sc_sanctions/consolidated.xml", new Uri(_server.BaseUri, "un_sc_sanctions/moved.xml"));
        Assert.IsType<ImportOutcome.Imported>(Assert.Single(await Update("un_sc_sanctions")));
    }

    [Fact]
    public async Task FileLargerThanTheCap_IsRefused()
    {
        var failed = Assert.IsType<ImportOutcome.Failed>(Assert.Single(await Update(Updater(maxBytes: 10_000), "un_sc_sanctions")));
        Assert.Contains("more than the 10,000 bytes", failed.Error);
        Assert.Empty(_fx.Store.ActiveVersions());
    }
}

/// <summary><see cref="ListUpdaterTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ListUpdaterTestsOnPostgres() : ListUpdaterTests(TestStore.Postgres);
