using Microsoft.Data.Sqlite;

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
    public static string Place(SqliteConnection connection, SqliteTransaction transaction, MeetingToPlace claim)
    {
        var candidates = Candidates(connection, transaction, claim.PartyKeys.Distinct(StringComparer.Ordinal).ToList());
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
        if (chosen is null)
            connection.Run(transaction, "INSERT OR IGNORE INTO kb_events (id, kind, reports, sources) VALUES ($0, 'met', 0, 0)", eventId);
        connection.Run(transaction, "INSERT INTO kb_event_claims (claim_id, event_id) VALUES ($0, $1)", claim.ClaimId, eventId);
        Refresh(connection, transaction, eventId);
        return eventId;
    }

    /// <summary>The events sharing at least two of <paramref name="keys"/> (one, when the claim has one party), with how
    /// many they share. Found through the events' party pairs, so a party met thousands of times costs no more than
    /// one met once.</summary>
    private static List<(string Id, int Shared, DayRange? Date)> Candidates(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) return [];
        if (keys.Count == 1)
            return connection.Query(transaction,
                $"SELECT p.event_id, 1, e.date_start, e.date_end FROM kb_event_parties p JOIN kb_events e ON e.id = p.event_id WHERE p.party_key IN ({Sql.Placeholders(keys.Count)})",
                r => (r.GetString(0), r.GetInt32(1), DayRange.Parse(r.Text(2), r.Text(3))), keys.Cast<object?>().ToArray());

        // Both orders of each pair: the stored order is SQLite's byte order, which is not always .NET's ordinal order.
        var pairs = keys.SelectMany(a => keys.Where(b => b != a).Select(b => (object?)(a + PairSeparator + b))).ToArray();
        var rows = connection.Query(transaction,
            $"SELECT ep.pair, ep.event_id, e.date_start, e.date_end FROM kb_event_pairs ep JOIN kb_events e ON e.id = ep.event_id WHERE ep.pair IN ({Sql.Placeholders(pairs.Length)})",
            r => (Pair: r.GetString(0), Id: r.GetString(1), Date: DayRange.Parse(r.Text(2), r.Text(3))), pairs);
        return rows.GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(r => r.Pair.Split(PairSeparator)).Distinct(StringComparer.Ordinal).Count(), g.First().Date))
            .ToList();
    }

    private const char PairSeparator = '\u001f';

    /// <summary>Recomputes an event from its claims (date, kind, place, parties, report and source counts), or deletes it
    /// when no claim is left.</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, string eventId)
    {
        var claims = connection.Query(transaction,
            """
            SELECT c.id, c.document_key, c.date_start, c.date_end, c.attributed_to, c.confidence, c.payload, d.publisher
            FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_documents d ON d.key = c.document_key
            WHERE ec.event_id = $0 AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id
            """,
            r => (Id: r.GetString(0), Document: r.GetString(1), Date: DayRange.Parse(r.Text(2), r.Text(3)), Source: r.GetString(4),
                  Confidence: r.GetDouble(5), Payload: r.GetString(6), Publisher: r.Text(7)), eventId);
        connection.Run(transaction, "DELETE FROM kb_event_parties WHERE event_id = $0", eventId);
        connection.Run(transaction, "DELETE FROM kb_event_pairs WHERE event_id = $0", eventId);
        if (claims.Count == 0)
        {
            connection.Run(transaction, "DELETE FROM kb_event_claims WHERE event_id = $0", eventId);
            connection.Run(transaction, "DELETE FROM kb_events WHERE id = $0", eventId);
            return;
        }

        var date = AgreedDate(claims.Select(c => (c.Date, c.Confidence)).ToList());
        var kind = ClaimPayload.Field(claims[0].Payload, "kind") ?? "met";
        var place = claims.Select(c => ClaimPayload.Field(c.Payload, "place")).FirstOrDefault(p => p is not null);
        var reports = claims.Select(c => c.Document).Distinct(StringComparer.Ordinal).Count();
        var sources = claims.Select(c => SourceOrigin.Of(c.Source, c.Publisher, c.Document)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        connection.Run(transaction, "UPDATE kb_events SET kind = $1, date_value = $2, date_start = $3, date_end = $4, place = $5, reports = $6, sources = $7 WHERE id = $0",
            eventId, kind, date?.Value, date?.StartText, date?.EndText, place, reports, sources);
        connection.Run(transaction,
            """
            INSERT OR IGNORE INTO kb_event_parties (event_id, party_key, entity_id, name, date_start)
            SELECT $0, p.party_key, p.entity_id, COALESCE(e.name, p.name), $1
            FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_claim_parties p ON p.claim_id = c.id LEFT JOIN kb_entities e ON e.id = p.entity_id
            WHERE ec.event_id = $0 AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id, p.position
            """, eventId, date?.StartText);
        IndexPairs(connection, transaction, eventId);
    }

    /// <summary>Stores every pair of the event's parties (<c>kb_event_pairs</c>), by which later claims find it.</summary>
    public static void IndexPairs(SqliteConnection connection, SqliteTransaction? transaction, string eventId) =>
        connection.Run(transaction,
            """
            INSERT OR IGNORE INTO kb_event_pairs (pair, event_id)
            SELECT a.party_key || char(31) || b.party_key, $0 FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key
            WHERE a.event_id = $0
            """, eventId);

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
