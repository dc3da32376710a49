using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IEventStore"/> on the event tables of the SQLite file. <paramref name="datedPairs"/> false writes
/// pairs without their dates, for a schema older than migration 14 (the rekeying of migration 11 runs on one; 14 fills
/// the dates). Every statement is prepared once per connection (<see cref="SqlitePreparedStatements"/>): ingestion runs
/// about ten of them for every meeting claim it places; a list of keys goes in as one value (<see cref="SqliteDialect"/>).</summary>
internal sealed class SqliteEventStore(SqliteConnection connection, SqlitePreparedStatements prepared, bool datedPairs = true) : IEventStore
{
    private static readonly SqliteDialect Dialect = SqliteDialect.Instance;

    private SqliteTransaction In(IKnowledgeUnitOfWork work) => SqliteUnitOfWork.Of(work, connection);

    public IReadOnlyList<EventOfParty> EventsOfParties(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> partyKeys) => prepared.Rows<EventOfParty>(In(work),
        $"""
        SELECT p.party_key AS Key, p.event_id AS EventId, e.date_start AS DateStart, e.date_end AS DateEnd
        FROM kb_event_parties p JOIN kb_events e ON e.id = p.event_id WHERE {Dialect.InList("p.party_key", "@partyKeys")}
        """, new { partyKeys = Dialect.List(partyKeys) });

    public IReadOnlyList<EventOfParty> EventsOfPairs(IKnowledgeUnitOfWork work, IReadOnlyCollection<string> pairs, DayRange? near = null)
    {
        const string Select = "SELECT ep.pair AS Key, ep.event_id AS EventId, e.date_start AS DateStart, e.date_end AS DateEnd FROM kb_event_pairs ep JOIN kb_events e ON e.id = ep.event_id";
        var inPairs = Dialect.InList("ep.pair", "@pairs");
        var list = Dialect.List(pairs);
        if (near is not { } date) return prepared.Rows<EventOfParty>(In(work), $"{Select} WHERE {inPairs}", new { pairs = list });
        var (from, to) = DatedPairs.Window(date);
        return prepared.Rows<EventOfParty>(In(work),
            $"""
            {Select} WHERE {inPairs} AND ep.bounded_start IS NULL
            UNION ALL
            {Select} WHERE {inPairs} AND ep.bounded_start BETWEEN @from AND @to
            """, new { pairs = list, from, to });
    }

    public void Create(IKnowledgeUnitOfWork work, string eventId) =>
        prepared.Run(In(work), "INSERT OR IGNORE INTO kb_events (id, kind, reports, sources) VALUES (@eventId, 'met', 0, 0)", new { eventId });

    public void AddClaim(IKnowledgeUnitOfWork work, string claimId, string eventId) =>
        prepared.Run(In(work), "INSERT INTO kb_event_claims (claim_id, event_id) VALUES (@claimId, @eventId)", new { claimId, eventId });

    public IReadOnlyList<EventClaim> Claims(IKnowledgeUnitOfWork work, string eventId) => prepared.Rows<EventClaim>(In(work),
        """
        SELECT c.id AS Id, c.document_key AS DocumentKey, c.date_start AS DateStart, c.date_end AS DateEnd, c.attributed_to AS AttributedTo,
               c.confidence AS Confidence, c.payload AS Payload, d.publisher AS Publisher
        FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_documents d ON d.key = c.document_key
        WHERE ec.event_id = @eventId AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id
        """, new { eventId });

    public void ClearParties(IKnowledgeUnitOfWork work, string eventId)
    {
        prepared.Run(In(work), "DELETE FROM kb_event_parties WHERE event_id = @eventId", new { eventId });
        prepared.Run(In(work), "DELETE FROM kb_event_pairs WHERE event_id = @eventId", new { eventId });
    }

    public void Delete(IKnowledgeUnitOfWork work, string eventId)
    {
        prepared.Run(In(work), "DELETE FROM kb_event_claims WHERE event_id = @eventId", new { eventId });
        prepared.Run(In(work), "DELETE FROM kb_events WHERE id = @eventId", new { eventId });
    }

    public void Update(IKnowledgeUnitOfWork work, EventSummary summary) => prepared.Run(In(work),
        """
        UPDATE kb_events SET kind = @Kind, date_value = @DateValue, date_start = @DateStart, date_end = @DateEnd, place = @Place, reports = @Reports, sources = @Sources
        WHERE id = @EventId
        """, summary);

    public void StoreParties(IKnowledgeUnitOfWork work, string eventId, string? dateStart)
    {
        prepared.Run(In(work),
            """
            INSERT OR IGNORE INTO kb_event_parties (event_id, party_key, entity_id, name, date_start)
            SELECT @eventId, p.party_key, p.entity_id, COALESCE(e.name, p.name), @dateStart
            FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id JOIN kb_claim_parties p ON p.claim_id = c.id LEFT JOIN kb_entities e ON e.id = p.entity_id
            WHERE ec.event_id = @eventId AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id, p.position
            """, new { eventId, dateStart });
        if (datedPairs) prepared.Run(In(work), IndexPairsSql, new { eventId, span = DatedPairs.SpanDays });
        else prepared.Run(In(work),
            """
            INSERT OR IGNORE INTO kb_event_pairs (pair, event_id)
            SELECT a.party_key || char(31) || b.party_key, @eventId FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key
            WHERE a.event_id = @eventId
            """, new { eventId });
    }

    /// <summary>Stores every pair of the event's parties (<c>kb_event_pairs</c>) with the event's bounded start
    /// (<see cref="DatedPairs"/>), by which later claims find it; the import stores them the same way, after the event's row.</summary>
    internal static void IndexPairs(SqliteConnection connection, SqliteTransaction transaction, string eventId) =>
        connection.Execute(IndexPairsSql, new { eventId, span = DatedPairs.SpanDays }, transaction);

    private const string IndexPairsSql =
        """
        INSERT OR IGNORE INTO kb_event_pairs (pair, event_id, bounded_start)
        SELECT a.party_key || char(31) || b.party_key, @eventId,
               (SELECT CASE WHEN julianday(e.date_end) - julianday(e.date_start) < @span THEN e.date_start END FROM kb_events e WHERE e.id = @eventId)
        FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key
        WHERE a.event_id = @eventId
        """;
}
