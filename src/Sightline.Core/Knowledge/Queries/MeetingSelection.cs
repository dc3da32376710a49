namespace Sightline.Knowledge.Queries;

/// <summary>
/// The meetings <c>sightline meetings</c> and <c>GET /meetings</c> list, newest first (undated ones last). With
/// <c>sanctioned</c> only those where a party is on a list on the meeting's date: designated on or before it, or linked
/// to a list entry whose designation date is unknown (ADR-035) — the meetings that raise a sanctioned-meeting alert. A
/// meeting held before every listed party was designated is left out.
/// </summary>
public static class MeetingSelection
{
    /// <summary>A party on a list on the meeting's date, or linked to an entry whose designation date (or the meeting's
    /// date) is unknown, so that only an analyst can settle it.</summary>
    public static bool ListedOnDate(EventParty party) => party.Links.Count > 0 && party.StatusAtDate is "listed" or "unknown";

    /// <summary>At most <paramref name="limit"/> meetings (all when 0), newest first.</summary>
    public static List<MeetingEvent> Newest(EventReader events, bool sanctioned, int limit)
    {
        if (!sanctioned) return NewestFirst(events.ReadNewest(false, limit));
        // The store picks meetings with a linked party; whether the link held on the date is known only once the
        // designations are read, so more are read until enough pass or none are left.
        var read = limit == 0 ? 0 : limit * 2;
        while (true)
        {
            var candidates = events.ReadNewest(true, read);
            var kept = NewestFirst(candidates.Where(m => m.Participants.Any(ListedOnDate)));
            if (read == 0 || kept.Count >= limit || candidates.Count < read) return limit == 0 ? kept : kept.Take(limit).ToList();
            read *= 4;
        }
    }

    private static List<MeetingEvent> NewestFirst(IEnumerable<MeetingEvent> meetings) =>
        [.. meetings.OrderBy(m => m.Date is null).ThenByDescending(m => m.Date?.Start).ThenByDescending(m => m.Date?.End).ThenBy(m => m.Id, StringComparer.Ordinal)];
}
