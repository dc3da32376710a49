using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Status;

namespace Sightline.Knowledge.Queries;

/// <summary>Loads meeting events with their parties (each with its list links and status on the meeting's date) and
/// their evidence, a few queries for any number of events.</summary>
public sealed class EventReader(SqliteConnection connection, SanctionsReader sanctions)
{
    /// <summary>The newest meeting events (all of them when <paramref name="limit"/> is 0), only those with a linked party
    /// when <paramref name="sanctionedOnly"/>, oldest first; undated events last.</summary>
    public List<MeetingEvent> ReadNewest(bool sanctionedOnly, int limit) => Read(NewestIds(sanctionedOnly, limit));

    /// <summary>The selection of the newest events' ids. It walks the date index newest first and checks each event's
    /// parties, so it stops after <paramref name="limit"/> hits instead of sorting every sanctioned event.</summary>
    private static string NewestIds(bool sanctionedOnly, int limit) =>
        "SELECT id FROM kb_events" +
        (sanctionedOnly ? " e WHERE EXISTS (SELECT 1 FROM kb_event_parties p JOIN kb_links l ON l.entity_id = p.party_key WHERE p.event_id = e.id AND l.tier IS NOT NULL)" : "") +
        " ORDER BY date_start DESC" + (limit > 0 ? $" LIMIT {limit}" : ""); // SQLite sorts NULL lowest: undated events come last

    /// <summary>The events whose ids are selected by <paramref name="idsSql"/> (a SELECT of event ids with <c>$0</c>…
    /// parameters), oldest first; undated events last.</summary>
    internal List<MeetingEvent> Read(string idsSql, params object?[] args) =>
        Read(connection.Query(null, idsSql, r => r.GetString(0), args)); // the selection runs once

    /// <summary>The events with these ids, oldest first; undated events last. Read in chunks that fit SQLite's
    /// parameter limit, so any number of ids will do.</summary>
    public List<MeetingEvent> Read(IEnumerable<string> eventIds)
    {
        var ids = eventIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        var events = ByIds(ids, list => $"SELECT id, kind, date_start, date_end, place, reports, sources FROM kb_events WHERE id IN ({list})",
                r => (Id: r.GetString(0), Kind: r.GetString(1), Date: DayRange.Parse(r.Text(2), r.Text(3)), Place: r.Text(4), Reports: r.GetInt32(5), Sources: r.GetInt32(6)))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Start).ThenBy(e => e.Date?.End).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var parties = ByIds(ids, list => $"SELECT event_id, party_key, entity_id, name, rowid FROM kb_event_parties WHERE event_id IN ({list})",
            r => (Event: r.GetString(0), Key: r.GetString(1), Entity: r.Text(2), Name: r.GetString(3), Row: r.GetInt64(4))).OrderBy(p => p.Row).ToLookup(p => p.Event);
        var evidence = ByIds(ids, list =>
                $"""
                SELECT ec.event_id, c.document_key, d.title, d.publisher, c.sentence, c.evidence, c.attributed_to FROM kb_event_claims ec
                JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_documents d ON d.key = c.document_key
                WHERE ec.event_id IN ({list}) AND c.status <> 'rejected'
                """,
                r => (Event: r.GetString(0), Source: new SourceSentence(r.GetString(1), r.Text(2), r.Text(3), r.GetInt32(4), r.GetString(5), r.GetString(6))))
            .OrderBy(e => e.Source.Document, StringComparer.Ordinal).ThenBy(e => e.Source.Sentence).ToLookup(e => e.Event);

        var entityIds = parties.SelectMany(g => g).Select(p => p.Entity).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var links = sanctions.Links(entityIds);
        var designations = sanctions.Designations(links);
        return events.Select(e => new MeetingEvent(e.Id, e.Date, e.Place, e.Kind, e.Reports, e.Sources,
            parties[e.Id].Select(p =>
            {
                var partyLinks = p.Entity is not null && links.TryGetValue(p.Entity, out var l) ? l.Where(SanctionsReader.IsLink).ToList() : [];
                var designation = p.Entity is not null ? designations.GetValueOrDefault(p.Entity) : null;
                return new EventParty(p.Key.StartsWith("office:", StringComparison.Ordinal) ? $"[{p.Name}]" : p.Name, p.Entity, partyLinks, SanctionsReader.StatusAt(partyLinks, designation, e.Date), designation);
            }).ToList(),
            evidence[e.Id].Select(x => x.Source).ToList())).ToList();
    }

    private List<T> ByIds<T>(IReadOnlyList<string> ids, Func<string, string> sql, Func<SqliteDataReader, T> read) =>
        ids.Chunk(500).SelectMany(chunk => connection.Query(null, sql(Sql.Placeholders(chunk.Length)), read, chunk.Cast<object?>().ToArray())).ToList();
}
