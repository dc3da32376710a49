using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Events;

/// <summary>
/// Groups meeting claims from several reports into meeting events. A claim joins an event that shares at least two of
/// its parties (entities, or office-holders by title) and whose date is compatible: the dates overlap, or one of them
/// is unknown. An undated claim that could join several events joins the latest one dated before its report was
/// published, or none when the report's date is unknown too. Events keep the most precise date their claims agree on.
/// </summary>
public static class EventGrouper
{
    /// <summary>One meeting claim to place: its id, its parties' keys, its date, and its report's publication date.</summary>
    public sealed record MeetingToPlace(string ClaimId, IReadOnlyList<string> PartyKeys, DayRange? Date, DayRange? Published);

    /// <summary>Puts the claim into a compatible event or a new one; returns the event's id.</summary>
    public static string Place(IEventStore events, IKnowledgeUnitOfWork work, MeetingToPlace claim)
    {
        var candidates = Candidates(events, work, claim.PartyKeys.Distinct(StringComparer.Ordinal).ToList(), claim.Date);
        var compatible = candidates.Where(c => c.Date is null || claim.Date is null || c.Date.Value.Overlaps(claim.Date.Value)).ToList();

        string? chosen;
        if (claim.Date is { } date)
            chosen = compatible.OrderByDescending(c => c.Shared).ThenBy(c => c.Date is null).ThenBy(c => c.Date?.Days ?? int.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault().Id;
        else if (compatible.Count <= 1)
            chosen = compatible.SingleOrDefault().Id;
        else
            chosen = claim.Published is { } published
                ? compatible.Where(c => c.Date is { } d && d.Start <= published.End).OrderByDescending(c => c.Shared).ThenByDescending(c => c.Date!.Value.Start).FirstOrDefault().Id
                : null;

        var eventId = chosen ?? StableIds.Event(claim.ClaimId);
        if (chosen is null) events.Create(work, eventId);
        events.AddClaim(work, claim.ClaimId, eventId);
        Refresh(events, work, eventId);
        return eventId;
    }

    /// <summary>The events sharing at least two of <paramref name="keys"/> (one, when the claim has one party), with how
    /// many they share. Found through the events' party pairs, so a party met thousands of times costs no more than
    /// one met once; for a dated claim, only the pairs' events that may overlap its date (<see cref="DatedPairs"/>), so a
    /// pair met thousands of times costs no more than one met once either. The others could not be compatible.</summary>
    private static List<(string Id, int Shared, DayRange? Date)> Candidates(IEventStore events, IKnowledgeUnitOfWork work, IReadOnlyList<string> keys, DayRange? date)
    {
        if (keys.Count == 0) return [];
        if (keys.Count == 1)
            return events.EventsOfParties(work, keys).Select(e => (e.EventId, 1, DayRange.Parse(e.DateStart, e.DateEnd))).ToList();

        // Both orders of each pair: the stored order is the store's byte order, which is not always .NET's ordinal order.
        var pairs = keys.SelectMany(a => keys.Where(b => b != a).Select(b => a + PairSeparator + b)).ToArray();
        var rows = events.EventsOfPairs(work, pairs, date).Select(e => (Pair: e.Key, Id: e.EventId, Date: DayRange.Parse(e.DateStart, e.DateEnd)));
        return rows.GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(r => r.Pair.Split(PairSeparator)).Distinct(StringComparer.Ordinal).Count(), g.First().Date))
            .ToList();
    }

    private const char PairSeparator = '\u001f';

    /// <summary>Recomputes an event from its claims (date, kind, place, parties, report and source counts), or deletes it
    /// when no claim is left.</summary>
    public static void Refresh(IEventStore events, IKnowledgeUnitOfWork work, string eventId)
    {
        var claims = events.Claims(work, eventId)
            .Select(c => (c.Id, Document: c.DocumentKey, Date: DayRange.Parse(c.DateStart, c.DateEnd), Source: c.AttributedTo, c.Confidence, c.Payload, c.Publisher))
            .ToList();
        events.ClearParties(work, eventId);
        if (claims.Count == 0)
        {
            events.Delete(work, eventId);
            return;
        }

        var date = AgreedDate(claims.Select(c => (c.Date, c.Confidence)).ToList());
        var kind = ClaimPayload.Field(claims[0].Payload, "kind") ?? "met";
        var place = claims.Select(c => ClaimPayload.Field(c.Payload, "place")).FirstOrDefault(p => p is not null);
        var reports = claims.Select(c => c.Document).Distinct(StringComparer.Ordinal).Count();
        var sources = claims.Select(c => SourceOrigin.Of(c.Source, c.Publisher, c.Document)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        events.Update(work, new EventSummary(eventId, kind, date?.Value, date?.StartText, date?.EndText, place, reports, sources));
        events.StoreParties(work, eventId, date?.StartText);
    }

    /// <summary>The narrowest range every dated claim allows; when they disagree, the most confident claim's date.</summary>
    private static DayRange? AgreedDate(IReadOnlyList<(DayRange? Date, double Confidence)> claims)
    {
        var dated = claims.Where(c => c.Date is not null).Select(c => (Date: c.Date!.Value, c.Confidence)).ToList();
        if (dated.Count == 0) return null;
        DayRange? agreed = dated[0].Date;
        foreach (var (date, _) in dated.Skip(1))
            if ((agreed = agreed?.Intersect(date)) is null) break;
        return agreed ?? dated.OrderByDescending(c => c.Confidence).ThenBy(c => c.Date.Days).First().Date;
    }
}
