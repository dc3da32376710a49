using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IGraphQueries"/> on the event-party tables, in SQL both databases read alike (ADR-045).</summary>
internal sealed class RelationalGraphQueries(RelationalConnection db) : IGraphQueries
{
    private readonly DbConnection connection = db.Connection;

    /// <summary>Keys per statement, well under either database's limit on parameters.</summary>
    private const int Chunk = 500;

    public IReadOnlyList<string> PartyKeys() => connection.Query<string>("SELECT DISTINCT party_key FROM kb_event_parties").AsList();

    public IReadOnlyList<GraphParty> Parties(IReadOnlyCollection<string> keys) =>
        keys.Order(StringComparer.Ordinal).Chunk(Chunk).SelectMany(PartiesOf).ToList();

    private IEnumerable<GraphParty> PartiesOf(string[] keys)
    {
        var list = new { keys = db.Dialect.List(keys) };
        var names = connection.Query<KeyName>($"SELECT party_key AS Key, MIN(name) AS Name FROM kb_event_parties WHERE {db.Dialect.InList("party_key", "@keys")} GROUP BY party_key", list)
            .ToDictionary(n => n.Key, n => n.Name);
        var entities = connection.Query<EntityRow>($"SELECT id AS Id, name AS Name, schema AS Kind FROM kb_entities WHERE {db.Dialect.InList("id", "@keys")}", list)
            .ToDictionary(e => e.Id);
        var lists = connection.Query<KeyName>(
                $"SELECT entity_id AS Key, list || ' ' || list_id AS Name FROM kb_links WHERE tier IS NOT NULL AND {db.Dialect.InList("entity_id", "@keys")} ORDER BY list, list_id", list)
            .ToLookup(l => l.Key, l => l.Name);
        return keys.Select(key => new GraphParty(key, names.GetValueOrDefault(key), entities.GetValueOrDefault(key)?.Name, entities.GetValueOrDefault(key)?.Kind,
            lists[key].ToList()));
    }

    public IReadOnlyList<GraphMeeting> Meetings(string partyKey) => connection.Query<MeetingRow>(
            """
            SELECT p2.party_key AS OtherParty, e.id AS EventId, e.date_start AS DateStart, e.date_end AS DateEnd, e.kind AS Kind,
                   (SELECT c.evidence || @unitSeparator || c.document_key FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id
                    WHERE ec.event_id = e.id AND c.status <> 'rejected' ORDER BY c.confidence DESC, c.id LIMIT 1) AS Source
            FROM kb_event_parties p1 JOIN kb_event_parties p2 ON p2.event_id = p1.event_id AND p2.party_key <> p1.party_key
            JOIN kb_events e ON e.id = p1.event_id
            WHERE p1.party_key = @partyKey ORDER BY e.date_start NULLS FIRST, e.id, p2.party_key
            """, new { partyKey, unitSeparator = "\u001f" })
        .Select(r =>
        {
            var source = (r.Source ?? "\u001f").Split('\u001f');
            return new GraphMeeting(r.OtherParty, r.EventId, r.DateStart, r.DateEnd, r.Kind, source[0], source[1]);
        }).ToList();

    private sealed record KeyName
    {
        public required string Key { get; init; }
        public required string Name { get; init; }
    }

    private sealed record EntityRow
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Kind { get; init; }
    }

    private sealed record MeetingRow
    {
        public required string OtherParty { get; init; }
        public required string EventId { get; init; }
        public string? DateStart { get; init; }
        public string? DateEnd { get; init; }
        public required string Kind { get; init; }
        public string? Source { get; init; }
    }
}
