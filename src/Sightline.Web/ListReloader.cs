using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sightline.Composition;
using Sightline.Lists;
using Sightline.Storage;
using Sightline.Web.Health;

namespace Sightline.Web;

/// <summary>
/// Keeps a serve node's names index on the lists active in the database when another process changes them — another
/// node, or <c>sightline lists import</c> on the command line (ADR-042). It waits on the store's list change feed
/// (PostgreSQL's <c>LISTEN</c>; a check every few seconds on SQLite), reads the active versions, and when they differ
/// from those served, builds the new entries and names index off the request path and hands them to
/// <see cref="ServerState"/> at once: requests keep the lists they have until then, and none waits. One line on the
/// standard error per reload; a reload that fails (the database gone) is tried again, waiting longer each time, while
/// the node serves the lists it has.
/// </summary>
public sealed class ListReloader(IServiceProvider services, string databasePath) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    /// <summary>How long a check waits for this server's own write to end (<see cref="KnowledgeWriter.WhenIdleAsync"/>).</summary>
    private static readonly TimeSpan OwnWriteBound = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield(); // the server starts without waiting for the feed's connection
        try
        {
            // Listening starts before the served lists are read, and they are compared once loaded: no change between
            // the two is missed.
            using var feed = Stores.WatchLists(databasePath, TimeProvider.System, Console.Error.WriteLine);
            await services.GetRequiredService<ServerReadiness>().WhenLoaded.WaitAsync(stop);
            var state = services.GetRequiredService<ServerState>();
            var signal = new ListChangeSignal("loaded at start");
            while (true)
            {
                await ReloadWhenChangedAsync(state, signal, stop);
                signal = await feed.NextAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Reloads when the active versions differ from those served; tries again until it could read them.</summary>
    private async Task ReloadWhenChangedAsync(ServerState state, ListChangeSignal signal, CancellationToken stop)
    {
        // A change this server made itself (POST /lists) is served when its turn ends: build it once, not twice.
        await state.Writer.WhenIdleAsync(OwnWriteBound, stop);
        var wait = FirstRetry;
        while (true)
        {
            try
            {
                ReloadWhenChanged(state, signal);
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"Lists: could not check for a new list version ({signal.Why}): {e.GetBaseException().Message}; " +
                    $"serving {Describe(state.ListVersions)} meanwhile, trying again in {wait.TotalSeconds:0} s.");
                await Task.Delay(wait, stop);
                wait = wait * 2 < LongestRetry ? wait * 2 : LongestRetry;
            }
        }
    }

    private void ReloadWhenChanged(ServerState state, ListChangeSignal signal)
    {
        if (StoreAddress.Parse(databasePath).IsMissingFile) return; // a removed SQLite file is not made again by a check
        if (SameVersions(ActiveVersions(), state.ListVersions)) return;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var lists = state.Sightline.LoadActiveLists();
            // Serve them only if they are still the active ones (another import may have committed while they were built).
            if (!SameVersions(ActiveVersions(), lists.Versions)) continue;
            state.Serve(lists);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lists reloaded ({signal.Why}): {Describe(lists.Versions)}; {lists.Entries.Count:N0} entries; in {clock.Elapsed.TotalSeconds:0.00} s."));
            return;
        }
    }

    private IReadOnlyList<ListVersion> ActiveVersions()
    {
        using var store = Stores.OpenLists(databasePath, TimeProvider.System);
        return store.ActiveVersions();
    }

    private static bool SameVersions(IReadOnlyList<ListVersion> a, IReadOnlyList<ListVersion> b) =>
        a.Select(v => v.Id).Order().SequenceEqual(b.Select(v => v.Id).Order());

    /// <summary>The versions in words: <c>ofac-sdn version 3, un-sc version 1</c>.</summary>
    private static string Describe(IReadOnlyList<ListVersion> versions) =>
        versions.Count == 0 ? "no list" : string.Join(", ", versions.Select(v => $"{v.List} version {v.Number}"));
}
