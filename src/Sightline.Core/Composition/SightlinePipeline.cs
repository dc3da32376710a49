using Sightline.Alerts;
using Sightline.Analysis;
using Sightline.Casework;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Screening;
using Sightline.Storage;

namespace Sightline.Composition;

/// <summary>
/// Sightline put together by <see cref="SightlineBuilder"/>: the knowledge base and the lists in one database (SQLite or PostgreSQL, by its address), the
/// active lists with their names index and report analyzer, and what is built on them — the ingestor with its alert
/// rules, list imports, and what a change of the active lists sets off (the knowledge base re-screened, the names index
/// reloaded). One connection each to the knowledge base and the lists: a host uses it from one writer at a time.
/// </summary>
public sealed class SightlinePipeline : IDisposable
{
    private readonly Func<ActiveLists, ScreeningIndex> _index;
    private readonly Func<ActiveLists, DocumentAnalyzer> _analyzer;
    private ActiveLists? _active;

    internal SightlinePipeline(string databasePath, TimeProvider clock, WriterWait writers, Func<ActiveLists, ScreeningIndex> index, Func<ActiveLists, DocumentAnalyzer> analyzer)
    {
        DatabasePath = databasePath;
        Clock = clock;
        _index = index;
        _analyzer = analyzer;
        Lists = Stores.OpenLists(databasePath, clock);
        Lists.Writers = writers;
        Store = KnowledgeBase.Open(databasePath, clock);
        Store.Writers = writers;
    }

    /// <summary>The database address (<see cref="StoreAddress"/>) as the host gave it.</summary>
    public string DatabasePath { get; }
    public TimeProvider Clock { get; }
    public KnowledgeStore Store { get; }
    public IListStore Lists { get; }

    /// <summary>Raised when the active lists were found changed and what is built on them was replaced (after an
    /// import or activation here, or one by another process): a host that hands out the names index takes the new one.</summary>
    public event Action<ActiveLists>? ListsChanged;

    /// <summary>The active lists and what is built on them, made again when the active versions changed since.</summary>
    public ActiveLists ActiveLists()
    {
        var versions = Lists.ActiveVersions();
        if (_active is { } active && active.AreStill(versions)) return active;
        var first = _active is null;
        _active = new ActiveLists(versions, Lists, _index, _analyzer);
        if (!first) ListsChanged?.Invoke(_active);
        return _active;
    }

    /// <summary>Opens again the connections the database dropped (a PostgreSQL server restarted, or the sessions were
    /// terminated), found by a round trip each; nothing on SQLite. A long-running host calls it at the start of each
    /// writer's turn, so that it writes again once its database is back (ADR-042).</summary>
    public void Reconnect()
    {
        Store.Reconnect();
        Lists.Reconnect();
    }

    /// <summary>The active lists as they are in the database now, read through a connection of their own (this
    /// pipeline's, and its own <see cref="ActiveLists()"/>, are not touched, so any thread may call it), with their entries
    /// and names index built before it returns: what a server builds off the request path when another process changed the
    /// lists (ADR-042).</summary>
    public ActiveLists LoadActiveLists()
    {
        using var store = Stores.OpenLists(DatabasePath, Clock);
        var lists = new ActiveLists(store.ActiveVersions(), store, _index, _analyzer);
        _ = lists.Entries;
        _ = lists.Screener;
        return lists;
    }

    /// <summary>An ingestor over the active lists, with the stored entities loaded and the meeting and watch alert rules
    /// in each document's transaction: what a new run of <c>sightline ingest</c> or a server upload uses. It reads the
    /// lists active at each document, so a list another process imports during the run is taken up. Each document is
    /// bounded by <paramref name="limits"/> (by default <see cref="DocumentLimits.Default"/>).</summary>
    public Ingestor Ingestor(DocumentLimits? limits = null)
    {
        var entities = EntityIndex.Load(Store.Resolution, ActiveLists().Screener.Index.Weight);
        var lists = new CurrentLists(this);
        return new Ingestor(Store, lists, entities, Clock, lists) { Limits = limits ?? DocumentLimits.Default };
    }

    public ListImporter Importer(Action<string, int>? progress = null) => new(Lists, Clock) { Progress = progress };

    public AlertStore Alerts() => new(Store, Clock);

    public ReviewDesk Review() => new(Store, Lists, Clock);

    public ProfileReader Profiles() => new(Store, Lists);

    public Notebook Notes() => new(Store, Clock);

    public CaseFiles Cases() => new(Store, Lists, Clock);

    /// <summary>What each import that made a new version sets off (<see cref="AfterActiveVersionChange"/>).</summary>
    public IReadOnlyList<ListRescreen> AfterListImports(IEnumerable<ImportOutcome> outcomes) =>
        outcomes.OfType<ImportOutcome.Imported>().Select(imported => AfterActiveVersionChange(imported.Version, imported.Diff)).ToList();

    /// <summary>After a list's active version changed, by an import or by activating an earlier version
    /// (<paramref name="diff"/> from the version that was active to this one; null for a list's first version): the names
    /// index and analyzer are made again over the new active lists, and the knowledge base is re-screened against them,
    /// raising designation and delisting alerts (none for a first version while the knowledge base is empty).</summary>
    public ListRescreen AfterActiveVersionChange(ListVersion version, ListDiff? diff)
    {
        var active = ActiveLists();
        if (diff is null && !Store.Entities.Any()) return new ListRescreen(version, false, 0);
        var linker = new ListLinker(active.Screener, Lists);
        var rules = new ListChangeAlerts(Store, Alerts());
        var raised = diff is not null ? rules.AfterListVersion(diff, linker) : rules.AfterFirstVersion(version, Lists, linker);
        return new ListRescreen(version, true, raised);
    }

    public void Dispose()
    {
        Store.Dispose();
        Lists.Dispose();
    }
}

/// <summary>What a change of a list's active version did to the knowledge base: whether it was re-screened, and how
/// many designation and delisting alerts that raised.</summary>
public sealed record ListRescreen(ListVersion Version, bool Rescreened, int Raised);
