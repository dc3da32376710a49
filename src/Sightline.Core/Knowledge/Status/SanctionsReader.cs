using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Queries;
using Sightline.Lists.Model;
using Sightline.Lists;

namespace Sightline.Knowledge.Status;

/// <summary>
/// Reads entities' list links with their entries (programmes, listing dates, the list version's date) and works out
/// when each was designated (<see cref="Designation"/>) and what that means on a given day (<see cref="StatusAt"/>).
/// </summary>
public sealed class SanctionsReader(SqliteConnection connection, IListStore lists)
{
    private readonly Dictionary<(string, string), ListEntry?> _entries = new();
    private Dictionary<string, DateTimeOffset>? _asOf;

    /// <summary>Links and candidates of each entity, keyed by entity id; rejected ones are left out.</summary>
    public Dictionary<string, List<ListLink>> Links(IReadOnlyCollection<string> entityIds)
    {
        var result = new Dictionary<string, List<ListLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0) return result;
        var rows = connection.Query(null,
            $"SELECT entity_id, list, list_id, score, state, matched_name, reason FROM kb_links WHERE state <> 'rejected' AND entity_id IN ({Sql.Placeholders(entityIds.Count)}) ORDER BY score DESC, list, list_id",
            r => (Entity: r.GetString(0), List: r.GetString(1), Id: r.GetString(2), Score: r.GetDouble(3), State: r.GetString(4), Name: r.GetString(5), Reason: r.GetString(6)),
            entityIds.Cast<object?>().ToArray());
        _asOf ??= lists.ActiveVersions().ToDictionary(v => v.List, v => v.AsOf, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = Entry(row.List, row.Id);
            var link = new ListLink(row.List, row.Id, entry?.Name ?? "(no longer on the list)", entry?.Programs ?? [], row.Score, row.State, row.Name, row.Reason,
                _asOf.TryGetValue(row.List, out var asOf) ? asOf.ToString("yyyy-MM-dd") : null,
                entry?.ListingDates.Select(d => $"{d.Date} ({d.Source})").ToList() ?? []);
            if (!result.TryGetValue(row.Entity, out var held)) result[row.Entity] = held = [];
            held.Add(link);
        }
        return result;
    }

    /// <summary>The designation date of each linked entity: the earliest listing date of its linked entries; when the
    /// lists give none, the earliest dated sanctions statement in the reports whose authority publishes a linked list
    /// (a more precise date inside it preferred: "2019" and "December 6, 2019" give December 6, 2019).</summary>
    public Dictionary<string, Designation> Designations(IReadOnlyDictionary<string, List<ListLink>> links)
    {
        var result = new Dictionary<string, Designation>(StringComparer.Ordinal);
        var linked = links.Where(l => l.Value.Any(IsLink)).ToDictionary(l => l.Key, l => l.Value.Where(IsLink).ToList());
        var needStatements = new List<string>();
        foreach (var (entity, entityLinks) in linked)
        {
            var listed = entityLinks.Select(l => Entry(l.List, l.ListId)).OfType<ListEntry>().SelectMany(e => e.ListingDates.Select(d => (Date: DayRange.Of(d.Date), d.Source, e.List, e.Id))).OrderBy(d => d.Date.Start).ToList();
            if (listed.Count > 0) result[entity] = new Designation(listed[0].Date, $"{listed[0].List} {listed[0].Id} listing date ({listed[0].Source})");
            else needStatements.Add(entity);
        }
        if (needStatements.Count == 0) return result;

        var statements = connection.Query(null,
            $"""
            SELECT c.subject_id, c.label, c.date_start, c.date_end, c.document_key, c.evidence FROM kb_claims c
            WHERE c.kind = 'sanctions' AND c.status <> 'rejected' AND c.date_start IS NOT NULL AND c.subject_id IN ({Sql.Placeholders(needStatements.Count)})
            """,
            r => (Entity: r.GetString(0), Authority: r.GetString(1), Date: DayRange.Parse(r.GetString(2), r.GetString(3))!.Value, Document: r.GetString(4), Evidence: r.GetString(5)),
            needStatements.Cast<object?>().ToArray());
        foreach (var group in statements.GroupBy(s => s.Entity))
        {
            var agreeing = group.Where(s => linked[group.Key].Any(l => ListAuthority.Publishes(s.Authority, l.List))).OrderBy(s => s.Date.Start).ThenBy(s => s.Date.Days).ToList();
            if (agreeing.Count == 0) continue;
            var earliest = agreeing[0];
            var refined = agreeing.Where(s => earliest.Date.Contains(s.Date)).OrderBy(s => s.Date.Days).ThenBy(s => s.Date.Start).First();
            result[group.Key] = new Designation(refined.Date, $"report {refined.Document}: \"{refined.Evidence}\"");
        }
        return result;
    }

    /// <summary><c>listed</c> when the designation is on or before the meeting's first day, <c>designated_later</c> when
    /// it is after the meeting's last day, <c>unknown</c> when either date is unknown or they overlap, <c>not_listed</c>
    /// without a link.</summary>
    public static string StatusAt(IReadOnlyList<ListLink> links, Designation? designation, DayRange? meeting)
    {
        if (!links.Any(IsLink)) return "not_listed";
        if (designation is null || meeting is null) return "unknown";
        if (designation.Date.End <= meeting.Value.Start) return "listed";
        return designation.Date.Start > meeting.Value.End ? "designated_later" : "unknown";
    }

    public static bool IsLink(ListLink link) => link.Tier is not null;

    private ListEntry? Entry(string list, string id)
    {
        if (!_entries.TryGetValue((list, id), out var entry)) _entries[(list, id)] = entry = lists.Entry(list, id);
        return entry;
    }
}
