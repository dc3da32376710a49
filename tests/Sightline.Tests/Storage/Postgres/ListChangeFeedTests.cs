using Sightline.Composition;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Storage.Postgres;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>PostgreSQL's list change feed (ADR-042): a change of a list's active version is announced to every listener
/// when it commits and not before (a rolled-back import says nothing), and a listener whose connection is terminated
/// listens again, says so (a change may have been missed), and hears the changes committed after.</summary>
[Trait("Store", "Postgres")]
public sealed class ListChangeFeedTests : IDisposable
{
    /// <summary>How long a test waits for a signal before it fails: a bound, not a measurement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder _files = new();
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.CreateEmpty();

    [Fact]
    public async Task A_committed_import_is_announced_and_a_rolled_back_one_is_not()
    {
        using var feed = Stores.WatchLists(_database.Address, TimeProvider.System);
        using var lists = Stores.OpenLists(_database.Address, TimeProvider.System);

        using (var abandoned = lists.BeginImport(new ListSource("xx_abandoned", ListFormat.FtmJson, "abandoned.ftm.json", null, "hash", []), DateTimeOffset.UtcNow))
        {
            // disposed without a commit: rolled back, so nothing may be announced for it
        }
        Import(lists, "xx_feed", ("XF-1", "Teodor Quillane Maslow"));

        Assert.Equal("notified: xx_feed version 1", (await Next(feed)).Why);
    }

    [Fact]
    public async Task Activating_an_earlier_version_is_announced()
    {
        using var lists = Stores.OpenLists(_database.Address, TimeProvider.System);
        var first = Import(lists, "xx_feed", ("XF-1", "Teodor Quillane Maslow"));
        Import(lists, "xx_feed", ("XF-1", "Teodor Quillane Maslow"), ("XF-2", "Ingrid Vossberg Halloran"));
        using var feed = Stores.WatchLists(_database.Address, TimeProvider.System);

        lists.Activate(first.Id);

        Assert.Equal("notified: xx_feed version 1", (await Next(feed)).Why);
    }

    [Fact]
    public async Task A_listener_whose_connection_is_terminated_listens_again_and_hears_later_changes()
    {
        var notes = new List<string>();
        using var feed = Stores.WatchLists(_database.Address, TimeProvider.System, note: line => { lock (notes) notes.Add(line); });
        using var lists = Stores.OpenLists(_database.Address, TimeProvider.System);

        var terminated = _database.Scalar($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{PostgresListChangeFeed.ApplicationName}'");
        Assert.Equal(1L, terminated);

        Assert.Contains("listening again", (await Next(feed)).Why);
        Import(lists, "xx_feed", ("XF-1", "Teodor Quillane Maslow"));
        Assert.Equal("notified: xx_feed version 1", (await Next(feed)).Why);
        lock (notes) Assert.Contains(notes, note => note.Contains("was lost", StringComparison.Ordinal));
    }

    private static async Task<ListChangeSignal> Next(IListChangeFeed feed)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(Patience);
        return await feed.NextAsync(bounded.Token);
    }

    /// <summary>Imports a version of <paramref name="list"/> holding these people, as <c>sightline lists import</c> does.</summary>
    private ListVersion Import(IListStore lists, string list, params (string Id, string Name)[] people)
    {
        var file = _files.File($"{list}-{Guid.NewGuid():N}.ftm.json");
        File.WriteAllLines(file, people.Select(p =>
            $$$"""{"id": "{{{p.Id}}}", "schema": "Person", "properties": {"name": ["{{{p.Name}}}"], "topics": ["sanction"]}}"""));
        var outcome = new ListImporter(lists, TimeProvider.System).Import(ListReaders.Open(file, listName: list).Single());
        return Assert.IsType<ImportOutcome.Imported>(outcome).Version;
    }

    public void Dispose()
    {
        _database.Dispose();
        _files.Dispose();
    }
}
