using System.Text.Json;
using Sightline.Alerts.Contracts;
using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;
using Sightline.Knowledge.Storage;
using Sightline.Lists;
using Sightline.Lists.Model;

namespace Sightline.Alerts;

/// <summary>
/// What a new list version means for the knowledge base. Every entity is screened again against the active lists (its
/// automatic and candidate links are rewritten; an analyst's confirmed and rejected links stay as they are), in one
/// transaction. An entity now linked to an entry the new version added raises a <see cref="AlertRules.Designated"/>
/// alert; an entity that was linked to an entry the new version removed raises a <see cref="AlertRules.Delisted"/>
/// alert. Each alert carries the diff entry and is keyed by the list change (list, entry, kind, version) and the
/// entity, so the same change never alerts twice. A list's first version counts every entry as added.
/// </summary>
public sealed class ListChangeAlerts(KnowledgeStore store, AlertStore alerts)
{
    /// <summary>Re-screens the knowledge base with <paramref name="linker"/> (over the new active lists) and raises the
    /// alerts <paramref name="diff"/> gives cause for; answers how many were raised.</summary>
    public int AfterListVersion(ListDiff diff, ListLinker linker)
    {
        var added = diff.Added.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return Apply(diff.To, diff.From.Number, id => added.GetValueOrDefault(id), diff.Removed, linker);
    }

    /// <summary>The same for the first version of a list new to the database: every entry is new, so each entity it
    /// links raises a <see cref="AlertRules.Designated"/> alert.</summary>
    public int AfterFirstVersion(ListVersion version, IListStore lists, ListLinker linker) =>
        Apply(version, 0, id => lists.Entry(version.List, id, version.Id), [], linker);

    private int Apply(ListVersion to, int fromNumber, Func<string, ListEntry?> addedEntry, IReadOnlyList<ListEntry> removedEntries, ListLinker linker)
    {
        var removed = removedEntries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        using var work = store.Begin();
        var wasLinked = store.Alerts.CountingLinks(work, to.List).Where(l => removed.ContainsKey(l.ListId)).ToList();
        foreach (var (id, kind) in store.Alerts.Entities(work))
            linker.Relink(store.Resolution, work, id, kind);
        var nowLinked = store.Alerts.CountingLinks(work, to.List).Select(l => (Link: l, Entry: addedEntry(l.ListId))).Where(l => l.Entry is not null).ToList();

        var raised = 0;
        foreach (var (link, entry) in nowLinked)
            raised += Raise(work, AlertRules.Designated, to, fromNumber, link, entry!, $"{to.List} version {to.Number} lists {entry!.Name} ({link.ListId}; {Programs(entry)}), linked to {link.Name} ({link.State})");
        foreach (var link in wasLinked)
            raised += Raise(work, AlertRules.Delisted, to, fromNumber, link, removed[link.ListId], $"{to.List} version {to.Number} removes {removed[link.ListId].Name} ({link.ListId}), which {link.Name} was linked to ({link.State})");
        work.Commit();
        return raised;
    }

    private int Raise(IKnowledgeUnitOfWork work, string rule, ListVersion to, int fromNumber, ListLinkRow link, ListEntry entry, string summary)
    {
        var payload = Payload(rule, to, fromNumber, link, entry);
        return alerts.Raise(work, rule, $"{to.List} {link.ListId} v{to.Number} {link.EntityId}", summary, payload) ? 1 : 0;
    }

    /// <summary>The stored payload of a list-change alert.</summary>
    internal static string Payload(string rule, ListVersion to, int fromNumber, ListLinkRow link, ListEntry entry) =>
        JsonSerializer.Serialize(ListChangeAlertJson.Of(rule, to, fromNumber, link, entry), AlertJsonContext.Default.ListChangeAlertJson);

    private static string Programs(ListEntry entry) => entry.Programs.Count > 0 ? string.Join(", ", entry.Programs) : "no programme given";
}
