using Sightline.Jobs;
using Sightline.Lists.Import;
using Sightline.Lists.Update;
using Sightline.Tests.Support;

namespace Sightline.Tests.Jobs;

/// <summary>The list download job (ADR-043) against a real HTTP server on loopback serving the bundled files: a list
/// the database holds already is found unchanged, and a download that fails throws, so that the engine retries it.</summary>
public class ListDownloadJobTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;
    private readonly TempFolder _mirror = new();
    private readonly LocalListServer _server;
    private readonly PipelinePool _pool;
    private readonly JobWork _work;

    public ListDownloadJobTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ListDownloadJobTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ListDownloadJobTests(TestStore store)
    {
        _knowledge = new KnowledgeFixture(store: store);
        _mirror.CopyFolder(Path.Combine(Repository.Lists, "us_ofac_sdn"), "us_ofac_sdn");
        _server = new LocalListServer(_mirror.Path);
        _pool = new PipelinePool(() => KnowledgeFixture.For(_knowledge.DatabasePath, _knowledge.Clock).Build());
        _work = new JobWork(_pool, Path.Combine(_knowledge.Files.Path, "uploads"), _knowledge.Clock)
        {
            Sources = OfficialSources.Mirrored(_server.BaseUri),
            AllowPlainHttp = true,
            DownloadRetryDelay = TimeSpan.FromMilliseconds(10), // the retries are the downloader's tests' concern (ListUpdaterTests)
        };
    }

    public void Dispose()
    {
        _pool.Dispose();
        _server.Dispose();
        _mirror.Dispose();
        _knowledge.Dispose();
    }

    [Fact]
    public async Task A_list_the_database_holds_already_is_downloaded_and_found_unchanged()
    {
        var notes = new List<string>();
        var outcome = await _work.DownloadList("us_ofac_sdn", notes.Add, TestContext.Current.CancellationToken);

        Assert.IsType<ImportOutcome.Unchanged>(outcome);
        Assert.Equal("us_ofac_sdn: unchanged", notes[^1]);
        Assert.True(_server.Requests >= 4); // the four files of the SDN set
    }

    [Fact]
    public async Task A_failed_download_throws_so_that_the_job_is_retried_and_keeps_the_active_version()
    {
        var active = _knowledge.Lists.ActiveVersions().Single(v => v.List == "us_ofac_sdn");
        _server.Break("us_ofac_sdn/sdn.csv", LocalListServer.Fault.CloseHalfway);

        await Assert.ThrowsAsync<ListDownloadException>(() => _work.DownloadList("us_ofac_sdn", _ => { }, TestContext.Current.CancellationToken));
        Assert.Equal(active.Id, _knowledge.Lists.ActiveVersions().Single(v => v.List == "us_ofac_sdn").Id);
    }

    [Fact]
    public async Task A_list_without_a_source_is_refused_without_retry() =>
        await Assert.ThrowsAsync<JobInputException>(() => _work.DownloadList("xx_unknown", _ => { }, TestContext.Current.CancellationToken));
}

/// <summary><see cref="ListDownloadJobTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ListDownloadJobTestsOnPostgres() : ListDownloadJobTests(TestStore.Postgres);
