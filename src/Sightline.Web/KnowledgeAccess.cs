using Sightline.Alerts;
using Sightline.Casework;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Storage;
using Sightline.Review;
using Sightline.Lists;

namespace Sightline.Web;

/// <summary>One request's read connection to the knowledge base and the lists (SQLite in WAL mode and PostgreSQL let
/// readers run beside the writer), and the readers built on it. The list store is opened only by the requests that use it.</summary>
public sealed class KnowledgeAccess(ServerState state) : IDisposable
{
    private readonly KnowledgeStore _store = KnowledgeBase.Open(state.DatabasePath, state.Clock);
    private IListStore? _lists;

    public IListStore Lists => _lists ??= Stores.OpenLists(state.DatabasePath, state.Clock);
    public IDocumentQueries Documents => _store.Documents;
    public IEntityQueries Entities => _store.Entities;
    public ProfileReader Profiles => new(_store, Lists);
    public EventReader Events => Profiles.Events;
    public ContactGraph Graph => new(_store);
    public AlertStore Alerts => new(_store, state.Clock);
    public ReviewDesk Review => new(_store, Lists, state.Clock);
    public Notebook Notes => new(_store, state.Clock);
    public CaseFiles Cases => new(_store, Lists, state.Clock);
    public KnowledgeStore Store => _store;
    public IReadOnlyList<QueuedLink> LinkQueue(int limit, bool includeCandidates) => Sightline.Review.LinkQueue.Read(_store, Lists, limit, includeCandidates);

    /// <summary>Entities named <paramref name="name"/> in any spelling, best first (or the entity with that id).</summary>
    public IReadOnlyList<(string Id, string Name, double Score)> Find(string name) => EntityLookup.Find(_store, name);

    public void Dispose()
    {
        _lists?.Dispose();
        _store.Dispose();
    }
}
