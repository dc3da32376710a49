using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// Analysts' merges and splits as resolution applies them to one document: an entity merged into another resolves to
/// the one it was merged into; in a document split off an entity, the entity resolves to the split-off one; and a
/// split-off entity is never chosen for a chain of another document (it stands for the documents it was split for).
/// </summary>
public sealed class EntityDecisions
{
    private readonly Dictionary<string, string> _merged;
    private readonly Dictionary<string, string> _splitHere;
    private readonly HashSet<string> _splitElsewhere;

    private EntityDecisions(Dictionary<string, string> merged, Dictionary<string, string> splitHere, HashSet<string> splitElsewhere)
    {
        _merged = merged;
        _splitHere = splitHere;
        _splitElsewhere = splitElsewhere;
    }

    public static EntityDecisions For(IResolutionStore store, IKnowledgeUnitOfWork work, string documentKey)
    {
        var merged = store.Merges(work).ToDictionary(m => m.FromId, m => m.IntoId, StringComparer.Ordinal);
        var splits = store.Splits(work);
        var here = splits.Where(s => s.DocumentKey == documentKey).ToDictionary(s => s.EntityId, s => s.NewId, StringComparer.Ordinal);
        var elsewhere = splits.Where(s => s.DocumentKey != documentKey).Select(s => s.NewId).Except(here.Values).ToHashSet(StringComparer.Ordinal);
        return new EntityDecisions(merged, here, elsewhere);
    }

    /// <summary>Whether resolution must not choose this entity for a chain of the document.</summary>
    public bool Excludes(string entityId) => _splitElsewhere.Contains(entityId);

    /// <summary>The entity a chain resolved to <paramref name="entityId"/> belongs to once merges and splits apply.</summary>
    public string Redirect(string entityId)
    {
        var id = Follow(entityId);
        return _splitHere.TryGetValue(id, out var split) ? Follow(split) : id;
    }

    private string Follow(string id)
    {
        for (var hops = 0; hops < 64 && _merged.TryGetValue(id, out var into); hops++) id = into;
        return id;
    }
}
