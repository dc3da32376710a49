using System.Text.Json;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Storage;

namespace Sightline.Alerts;

/// <summary>
/// The alert rules that look at a newly stored document, run inside the transaction that stores it (so a crash never
/// leaves a stored meeting without its alert): each meeting event the document feeds raises a
/// <see cref="AlertRules.SanctionedMeeting"/> alert when a party was listed on the meeting's date and a
/// <see cref="AlertRules.WatchedMeeting"/> alert when a watched entity took part; each watched entity the document
/// mentions raises a <see cref="AlertRules.WatchedMention"/> alert. Alerts are keyed by rule and event, so a second
/// report of the same meeting updates its alert (one more source) instead of raising another.
/// </summary>
public sealed class MeetingAlerts(KnowledgeStore store, AlertStore alerts, EventReader events) : IDocumentRules
{
    private readonly IAlertStore _store = store.Alerts;

    /// <summary>Raises or updates the alerts the document gives cause for; answers how many changed. Besides the
    /// document's own meetings, the earlier meetings of each <paramref name="touched"/> entity whose sanctions changed
    /// (a new link, a designation date learnt) are looked at again.</summary>
    public int AfterDocument(IKnowledgeUnitOfWork work, string documentKey, IEnumerable<string> touched)
    {
        var changed = 0;
        var watched = _store.Watched(work).ToHashSet(StringComparer.Ordinal);
        var ids = _store.EventsOfDocument(work, documentKey).ToList();
        foreach (var entity in touched.Where(entity => SanctionsChanged(work, entity)))
            ids.AddRange(_store.EventsOfParty(work, entity));
        foreach (var meeting in events.Read(ids, work))
        {
            // Linked with no known designation date ("unknown") alerts too: the party is on a list, and whether it was
            // on the day is for the analyst to settle.
            var listed = meeting.Participants.Where(p => p.StatusAtDate is "listed" or "unknown" && p.Links.Count > 0).ToList();
            if (listed.Count > 0 && alerts.Raise(work, AlertRules.SanctionedMeeting, meeting.Id, Summary(meeting, listed), Payload(AlertRules.SanctionedMeeting, meeting, listed)))
                changed++;
            var watchedParties = meeting.Participants.Where(p => p.Id is not null && watched.Contains(p.Id)).ToList();
            if (watchedParties.Count > 0 && alerts.Raise(work, AlertRules.WatchedMeeting, meeting.Id, Summary(meeting, watchedParties), Payload(AlertRules.WatchedMeeting, meeting, watchedParties)))
                changed++;
        }
        if (watched.Count == 0) return changed;

        var mentioned = _store.WatchedMentions(work, documentKey);
        foreach (var entity in mentioned)
        {
            var payload = JsonSerializer.Serialize(new
            {
                rule = AlertRules.WatchedMention, entity = entity.Id, name = entity.Name, document = documentKey, title = entity.Title,
                publisher = entity.Publisher, mentions = entity.Mentions,
            });
            var summary = $"{entity.Name} (watched) is mentioned {entity.Mentions} time{(entity.Mentions == 1 ? "" : "s")} in {entity.Title ?? documentKey}";
            if (alerts.Raise(work, AlertRules.WatchedMention, $"{entity.Id} {documentKey}", summary, payload)) changed++;
        }
        return changed;
    }

    /// <summary>Whether an entity's links or earliest dated sanctions statement differ from when the rules last saw it.</summary>
    private bool SanctionsChanged(IKnowledgeUnitOfWork work, string entityId)
    {
        var fingerprint = _store.SanctionsFingerprint(work, entityId);
        // An entity never seen with any sanctions has nothing to look at again.
        var held = _store.SeenFingerprint(work, entityId) ?? " | ";
        if (held == fingerprint) return false;
        _store.SaveFingerprint(work, entityId, fingerprint);
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
        evidence = meeting.Evidence.Select(e => new { document = e.Document, title = e.Title, publisher = e.Publisher, published = e.Published, sentence = e.Text, said_by = e.AttributedTo }),
    });
}
