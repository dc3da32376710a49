using Dapper;
using Npgsql;
using Sightline.Knowledge;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary><see cref="IEventStore"/> on the event tables of the PostgreSQL database.</summary>
internal sealed class PostgresEventStore(NpgsqlConnection connection) : IEventStore
{
    private NpgsqlTransaction In(IKnowledgeUnitOfWork work) => PostgresUnitOfWork.Of(work, connection);

    public IReadOnlyList<EventOfParty> EventsOfParties(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> partyKeys) => connection.Query<EventOfParty>(
        """
        SELECT p.party_key AS Key, p.event_id AS EventId, e.date_start AS DateStart, e.date_end AS DateEnd
        FROM kb_event_parties p JOIN kb_events e ON e.id = p.event_id WHERE p.party_key = ANY(@partyKeys)
        """, new { partyKeys = partyKeys.ToArray() }, In(work)).AsList();

    public IReadOnlyList<EventOfParty> EventsOfPairs(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> pairs, DayRange? near = null)
    {
        const string Select = "SELECT ep.pair AS Key, ep.event_id AS EventId, e.date_start AS DateStart, e.date_end AS DateEnd FROM kb_event_pairs ep JOIN kb_events e ON e.id = ep.event_id";
        var keys = pairs.ToArray();
        if (near is not { } date) return connection.Query<EventOfParty>($"{Select} WHERE ep.pair = ANY(@keys)", new { keys }, In(work)).AsList();
        var (from, to) = DatedPairs.Window(date);
        return connection.Query<EventOfParty>(
            $"""
            {Select} WHERE ep.pair = ANY(@keys) AND ep.bounded_start IS NULL
            UNION ALL
            {Select} WHERE ep.pair = ANY(@keys) AND ep.bounded_start BETWEEN @from AND @to
            """, new { keys, from, to }, In(work)).AsList();
    }

    public void Create(IKnowledgeUnitOfWork work, string eventId) =>
        connection.Execute("INSERT INTO kb_events (id, kind, reports, sources) VALUES (@eventId, 'met', 0, 0) ON CONFLICT DO NOTHING", new { eventId }, In(work));

    public void AddClaim(IKnowledgeUnitOfWork work, string claimId, string eventId) =>
        connection.Execute("INSERT INTO kb_event_claims (claim_id, event_id) VALUES (@claimId, @eventId)", new { claimId, eventId }, In(work));

    public IReadOnlyList<EventClaim> Claims(IKnowledgeUnitOfWork work, string eventId) => connection.Query<EventClaim>(
        """
        SELECT c.id AS Id, c.document_key AS DocumentKey, c.date_start AS DateStart, c.date_end AS DateEnd, c.attributed_to AS AttributedTo,
               c.confidence AS Confidence, c.payload AS Payload, d.publisher AS Publisher
        FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_documents d ON d.key = c.document_key
        WHERE ec.event_id = @eventId AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id
        """, new { eventId }, In(work)).AsList();

    public void ClearParties(IKnowledgeUnitOfWork work, string eventId)
    {
        connection.Execute("DELETE FROM kb_event_parties WHERE event_id = @eventId", new { eventId }, In(work));
        connection.Execute("DELETE FROM kb_event_pairs WHERE event_id = @eventId", new { eventId }, In(work));
    }

    public void Delete(IKnowledgeUnitOfWork work, string eventId)
    {
        connection.Execute("DELETE FROM kb_event_claims WHERE event_id = @eventId", new { eventId }, In(work));
        connection.Execute("DELETE FROM kb_events WHERE id = @eventId", new { eventId }, In(work));
    }

    public void Update(IKnowledgeUnitOfWork work, EventSummary summary) => connection.Execute(
        """
        UPDATE kb_events SET kind = @Kind, date_value = @DateValue, date_start = @DateStart, date_end = @DateEnd, place = @Place, reports = @Reports, sources = @Sources
        WHERE id = @EventId
        """, summary, In(work));

    public void StoreParties(IKnowledgeUnitOfWork work, string eventId, string? dateStart)
    {
        connection.Execute(
            """
            INSERT INTO kb_event_parties (event_id, party_key, entity_id, name, date_start)
            SELECT @eventId, p.party_key, p.entity_id, COALESCE(e.name, p.name), @dateStart
            FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_claim_parties p ON p.claim_id = c.id LEFT JOIN kb_entities e ON e.id = p.entity_id
            WHERE ec.event_id = @eventId AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id, p.position
            ON CONFLICT DO NOTHING
            """, new { eventId, dateStart }, In(work));
        IndexPairs(connection, In(work), eventId);
    }

    /// <summary>Stores every pair of the event's parties (<c>kb_event_pairs</c>) with the event's bounded start
    /// (<see cref="DatedPairs"/>), by which later claims find it; the import stores them the same way, after the event's row.</summary>
    internal static void IndexPairs(NpgsqlConnection connection, NpgsqlTransaction transaction, string eventId) => connection.Execute(
        """
        INSERT INTO kb_event_pairs (pair, event_id, bounded_start)
        SELECT a.party_key || chr(31) || b.party_key, @eventId,
               (SELECT CASE WHEN e.date_end::date - e.date_start::date < @span THEN e.date_start END FROM kb_events e WHERE e.id = @eventId)
        FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key
        WHERE a.event_id = @eventId ON CONFLICT DO NOTHING
        """, new { eventId, span = DatedPairs.SpanDays }, transaction);
}
