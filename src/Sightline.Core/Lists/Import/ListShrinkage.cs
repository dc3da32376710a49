
namespace Sightline.Lists.Import;

/// <summary>Whether a new version lost too much of the active one: a list cut at a row boundary, or an OFAC set read
/// without its alias file, parses cleanly and would otherwise replace the list with a fraction of it.</summary>
internal static class ListShrinkage
{
    /// <summary>What was lost beyond <see cref="ImportChecks.MaximumLoss"/>, or null.</summary>
    public static string? Problem(IListStore store, ListVersion active, int entries, int names, ImportChecks checks)
    {
        var floor = 1 - checks.MaximumLoss;
        if (entries < active.Counts.Total * floor)
            return $"the new version has {entries:N0} entries against {active.Counts.Total:N0} in the active version {active.Number}, a loss of {Loss(entries, active.Counts.Total):P0} (at most {checks.MaximumLoss:P0} is accepted)";
        var activeNames = store.Entries(active.Id).Sum(e => e.Names.Count);
        return names < activeNames * floor
            ? $"the new version has {names:N0} names against {activeNames:N0} in the active version {active.Number}, a loss of {Loss(names, activeNames):P0} (at most {checks.MaximumLoss:P0} is accepted)"
            : null;
    }

    private static double Loss(int now, int before) => 1 - (double)now / before;
}
