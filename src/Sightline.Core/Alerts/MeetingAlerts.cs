using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;

namespace Sightline.Alerts;

/// <summary>
/// The alert rules that look at a newly stored document, run inside the transaction that stores it (so a crash never
/// leaves a stored meeting without its alert): each meeting event the document feeds raises a
/// <see cref="AlertRules.SanctionedMeeting"/> alert when a party was listed on the meeting's date and a
/// <see cref="AlertRules.WatchedMeeting"/> alert when a watched entity took part; each watched entity the document
/// mentions raises a <see cref="AlertRules.WatchedMention"/> alert. Alerts are keyed by rule and event, so a second
/// report of the same meeting updates its alert (one more source) instead of raising another.
/// </summary>
public sealed class MeetingAlerts(SqliteConnection connection, AlertStore alerts, EventReader events)
{
    /// <summary>Raises or updates the alerts the document gives cause for; answers how many changed. Besides the
    /// document's own meetings, the earlier meetings of each <paramref name="touched"/> entity whose sanctions changed
    /// (a new link, a designation date learnt) are looked at again.</summary>
    public int AfterDocument(string documentKey, IEnumerable<string> touched)
    {
        var changed = 0;
        var watched = connection.Query(null, "SELECT entity_id FROM kb_watches", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var ids = connection.Query(null, "SELECT DISTINCT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = $0", r => r.GetString(0), documentKey);
        foreach (var entity in touched.Where(SanctionsChanged))
            ids.AddRange(connection.Query(null, "SELECT event_id FROM kb_event_parties WHERE party_key = $0", r => r.GetString(0), entity));
        foreach (var meeting in events.Read(ids))
        {
            // Linked with no known designation date ("unknown") alerts too: the party is on a list, and whether it was
            // on the day is for the analyst to settle.
            var listed = meeting.Participants.Where(p => p.StatusAtDate is "listed" or "unknown" && p.Links.Count > 0).ToList();
            if (listed.Count > 0 && alerts.Raise(AlertRules.SanctionedMeeting, meeting.Id, Summary(meeting, listed), Payload(AlertRules.SanctionedMeeting, meeting, listed)))
                changed++;
            var watchedParties = meeting.Participants.Where(p => p.Id is not null && watched.Contains(p.Id)).ToList();
            if (watchedParties.Count > 0 && alerts.Raise(AlertRules.WatchedMeeting, meeting.Id, Summary(meeting, watchedParties), Payload(AlertRules.WatchedMeeting, meeting, watchedParties)))
                changed++;
        }
        if (watched.Count == 0) return changed;

        var mentioned = connection.Query(null,
            """
            SELECT m.entity_id, e.name, COUNT(*), d.title, d.publisher FROM kb_mentions m JOIN kb_watches w ON w.entity_id = m.entity_id
            JOIN kb_entities e ON e.id = m.entity_id JOIN kb_documents d ON d.key = m.document_key
            WHERE m.document_key = $0 GROUP BY m.entity_id ORDER BY m.entity_id
            """,
            r => (Id: r.GetString(0), Name: r.GetString(1), Mentions: r.GetInt32(2), Title: r.Text(3), Publisher: r.Text(4)), documentKey);
        foreach (var entity in mentioned)
        {
            var payload = JsonSerializer.Serialize(new
            {
                rule = AlertRules.WatchedMention, entity = entity.Id, name = entity.Name, document = documentKey, title = entity.Title,
                publisher = entity.Publisher, mentions = entity.Mentions,
            });
            var summary = $"{entity.Name} (watched) is mentioned {entity.Mentions} time{(entity.Mentions == 1 ? "" : "s")} in {entity.Title ?? documentKey}";
            if (alerts.Raise(AlertRules.WatchedMention, $"{entity.Id} {documentKey}", summary, payload)) changed++;
        }
        return changed;
    }

    /// <summary>Whether an entity's links or earliest dated sanctions statement differ from when the rules last saw it.</summary>
    private bool SanctionsChanged(string entityId)
    {
        var fingerprint = string.Join("; ", connection.Query(null, "SELECT list || ' ' || list_id || ' ' || state FROM kb_links WHERE entity_id = $0 AND tier IS NOT NULL ORDER BY 1",
                              r => r.GetString(0), entityId)) + " | " +
                          connection.Scalar(null, "SELECT MIN(date_start) FROM kb_claims WHERE kind = 'sanctions' AND subject_id = $0 AND status <> 'rejected'", entityId);
        // An entity never seen with any sanctions has nothing to look at again.
        var held = connection.Scalar(null, "SELECT fingerprint FROM alert_entity_status WHERE entity_id = $0", entityId) as string ?? " | ";
        if (held == fingerprint) return false;
        connection.Run(null, "INSERT OR REPLACE INTO alert_entity_status (entity_id, fingerprint) VALUES ($0, $1)", entityId, fingerprint);
        return true;
    }

    /// <summary>"Qais al-Khazali [us_ofac_sdn 28004: SDGT, GLOMAG; listed] — met with Antonio Guterres, Rayan Al-Kildani on
    /// 2023-03-02/2023-03-03 in Iraq (2 reports, 1 independent source)".</summary>
    internal static string Summary(MeetingEvent meeting, IReadOnlyList<EventParty> focus)
    {
        var others = meeting.Participants.Where(p => !focus.Contains(p)).Select(p => p.Name).ToList();
        var sides = string.Join(" and ", focus.Select(p => p.Name + (p.Links.Count > 0
            ? $" [{string.Join("; ", p.Links.Select(l => $"{l.List} {l.ListId}: {string.Join(", ", l.Programs)}{(l.Tier == "probable" ? ", probable link" : "")}"))}; {(p.StatusAtDate == "listed" ? "listed on the date" : p.StatusAtDate == "unknown" ? "listed, designation date unknown" : p.StatusAtDate.Replace('_', ' '))}]"
            : "")));
        var date = meeting.Date is { } d ? $" on {d.Value}" : " (date unknown)";
        var place = meeting.Place is null ? "" : $" in {meeting.Place}";
        return $"{sides} — {meeting.Kind} with {(others.Count > 0 ? string.Join(", ", others) : "others")}{date}{place} " +
               $"({meeting.Reports} report{(meeting.Reports == 1 ? "" : "s")}, {meeting.Sources} independent source{(meeting.Sources == 1 ? "" : "s")})";
    }

    internal static string Payload(string rule, MeetingEvent meeting, IReadOnlyList<EventParty> focus) => JsonSerializer.Serialize(new
    {
        rule,
        @event = meeting.Id,
        kind = meeting.Kind,
        date = meeting.Date?.Value,
        date_start = meeting.Date?.StartText,
        date_end = meeting.Date?.EndText,
        place = meeting.Place,
        reports = meeting.Reports,
        independent_sources = meeting.Sources,
        parties = meeting.Participants.Select(p => new
        {
            name = p.Name, id = p.Id, focus = focus.Contains(p), status_at_date = p.StatusAtDate,
            designated = p.Designation?.Date.Value,
            lists = p.Links.Select(l => new { list = l.List, list_id = l.ListId, entry = l.EntryName, programs = l.Programs, state = l.State, tier = l.Tier, reason = l.Reason }),
        }),
        evidence = meeting.Evidence.Select(e => new { document = e.Document, title = e.Title, publisher = e.Publisher, sentence = e.Text, said_by = e.AttributedTo }),
    });
}
