using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;
using Sightline.Lists;
using Sightline.Lists.Model;
using Sightline.Storage;

namespace Sightline.Alerts;

/// <summary>
/// What a new list version means for the knowledge base. Every entity is screened again against the active lists (its
/// automatic and candidate links are rewritten; an analyst's confirmed and rejected links stay as they are), in one
/// transaction. An entity now linked to an entry the new version added raises a <see cref="AlertRules.Designated"/>
/// alert; an entity that was linked to an entry the new version removed raises a <see cref="AlertRules.Delisted"/>
/// alert. Each alert carries the diff entry and is keyed by the list change (list, entry, kind, version) and the
/// entity, so the same change never alerts twice. A list's first version counts every entry as added.
/// </summary>
public sealed class ListChangeAlerts(SqliteConnection connection, AlertStore alerts)
{
    public ListChangeAlerts(KnowledgeStore store, AlertStore alerts) : this(store.Connection, alerts) { }


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
        using var transaction = connection.Begin();
        var wasLinked = Linked(to.List).Where(l => removed.ContainsKey(l.ListId)).ToList();
        foreach (var (id, kind) in connection.Query(null, "SELECT id, schema FROM kb_entities ORDER BY id", r => (r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1)))))
            linker.Relink(connection, transaction, id, kind);
        var nowLinked = Linked(to.List).Select(l => (Link: l, Entry: addedEntry(l.ListId))).Where(l => l.Entry is not null).ToList();

        var raised = 0;
        foreach (var (link, entry) in nowLinked)
            raised += Raise(AlertRules.Designated, to, fromNumber, link, entry!, $"{to.List} version {to.Number} lists {entry!.Name} ({link.ListId}; {Programs(entry)}), linked to {link.Name} ({link.State})");
        foreach (var link in wasLinked)
            raised += Raise(AlertRules.Delisted, to, fromNumber, link, removed[link.ListId], $"{to.List} version {to.Number} removes {removed[link.ListId].Name} ({link.ListId}), which {link.Name} was linked to ({link.State})");
        transaction.Commit();
        return raised;
    }

    private List<(string EntityId, string Name, string ListId, string State)> Linked(string list) =>
        connection.Query(null,
            "SELECT l.entity_id, e.name, l.list_id, l.state FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id WHERE l.list = $0 AND l.tier IS NOT NULL ORDER BY l.entity_id, l.list_id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), list);

    private int Raise(string rule, ListVersion to, int fromNumber, (string EntityId, string Name, string ListId, string State) link, ListEntry entry, string summary)
    {
        var payload = JsonSerializer.Serialize(new
        {
            rule,
            list = to.List,
            from_version = fromNumber,
            to_version = to.Number,
            list_as_of = to.AsOf.ToString("yyyy-MM-dd"),
            entity = link.EntityId,
            entity_name = link.Name,
            link_state = link.State,
            change = rule == AlertRules.Designated ? "added" : "removed",
            entry = JsonSerializer.SerializeToElement(entry, EntryJson.Options),
        });
        return alerts.Raise(rule, $"{to.List} {link.ListId} v{to.Number} {link.EntityId}", summary, payload) ? 1 : 0;
    }

    private static string Programs(ListEntry entry) => entry.Programs.Count > 0 ? string.Join(", ", entry.Programs) : "no programme given";
}
