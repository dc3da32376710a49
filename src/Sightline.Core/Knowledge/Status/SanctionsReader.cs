using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Storage;
using Sightline.Lists.Model;
using Sightline.Lists;

namespace Sightline.Knowledge.Status;

/// <summary>
/// Reads entities' list links with their entries (programmes, listing dates, the list version's date) and works out
/// when each was designated (<see cref="Designation"/>) and what that means on a given day (<see cref="StatusAt"/>).
/// </summary>
public sealed class SanctionsReader(IProfileQueries queries, IListStore lists)
{
    public SanctionsReader(KnowledgeStore store, IListStore lists) : this(store.Profiles, lists) { }

    private readonly Dictionary<(string, string), ListEntry?> _entries = new();
    private Dictionary<string, DateTimeOffset>? _asOf;

    /// <summary>Links and candidates of each entity, keyed by entity id; rejected ones are left out. Read inside
    /// <paramref name="work"/> when given (the alert rules read what the document being stored has just linked).</summary>
    public Dictionary<string, List<ListLink>> Links(IReadOnlyCollection<string> entityIds, IKnowledgeUnitOfWork? work = null)
    {
        var result = new Dictionary<string, List<ListLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0) return result;
        var rows = queries.Links(work, entityIds);
        _asOf ??= lists.ActiveVersions().ToDictionary(v => v.List, v => v.AsOf, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = Entry(row.List, row.ListId);
            var link = new ListLink(row.List, row.ListId, entry?.Name ?? "(no longer on the list)", entry?.Programs ?? [], row.Score, row.State, row.MatchedName, row.Reason,
                _asOf.TryGetValue(row.List, out var asOf) ? asOf.ToString("yyyy-MM-dd") : null,
                entry?.ListingDates.Select(d => $"{d.Date} ({d.Source})").ToList() ?? []);
            if (!result.TryGetValue(row.EntityId, out var held)) result[row.EntityId] = held = [];
            held.Add(link);
        }
        return result;
    }

    /// <summary>The designation date of each linked entity: the earliest listing date of its linked entries; when the
    /// lists give none, the earliest dated sanctions statement in the reports whose authority publishes a linked list
    /// (a more precise date inside it preferred: "2019" and "December 6, 2019" give December 6, 2019).</summary>
    public Dictionary<string, Designation> Designations(IReadOnlyDictionary<string, List<ListLink>> links, IKnowledgeUnitOfWork? work = null)
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

        var statements = queries.SanctionsStatements(work, needStatements)
            .Select(s => (Entity: s.EntityId, s.Authority, Date: DayRange.Parse(s.DateStart, s.DateEnd)!.Value,
                Document: ReportLabel.Of(s.DocumentKey, s.Title, s.Publisher, s.Published), s.Evidence));
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
