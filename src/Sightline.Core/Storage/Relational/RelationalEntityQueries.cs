using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IEntityQueries"/> on the knowledge-base tables, in SQL both databases read alike (ADR-045).</summary>
internal sealed class RelationalEntityQueries(RelationalConnection db) : IEntityQueries
{
    private readonly DbConnection connection = db.Connection;

    public bool Exists(string entityId) =>
        connection.ExecuteScalar<long?>("SELECT CAST(1 AS BIGINT) FROM kb_entities WHERE id = @entityId", new { entityId }) is not null;

    public string? NameOf(string entityId) =>
        connection.ExecuteScalar<string?>("SELECT name FROM kb_entities WHERE id = @entityId", new { entityId });

    public IReadOnlyList<NameCandidate> ByRarestKey(IReadOnlyCollection<string> keys) => connection.Query<NameCandidate>(
        $"""
        SELECT e.id AS EntityId, e.name AS EntityName, n.name AS Name, COUNT(*) AS Documents
        FROM kb_name_keys k JOIN kb_entities e ON e.id = k.entity_id JOIN kb_names n ON n.entity_id = e.id
        WHERE k.key = (SELECT key FROM kb_name_keys WHERE {db.Dialect.InList("key", "@keys")} GROUP BY key ORDER BY COUNT(*), key LIMIT 1)
        GROUP BY e.id, e.name, n.name
        """, new { keys = db.Dialect.List(keys) }).AsList();

    public bool Any() => connection.ExecuteScalar<long?>("SELECT CAST(1 AS BIGINT) FROM kb_entities LIMIT 1") is not null;

    public IReadOnlyList<(string List, string ListId)> CountingLinks(string entityId) => connection.Query<ListEntryRow>(
            "SELECT list AS List, list_id AS ListId FROM kb_links WHERE entity_id = @entityId AND tier IS NOT NULL ORDER BY list, list_id", new { entityId })
        .Select(r => (r.List, r.ListId)).ToList();

    public IReadOnlyList<LinkedEntity> LinkedTo(string list, string listId) => connection.Query<LinkedEntityRow>(
            """
            SELECT l.entity_id AS Id, e.name AS Name, l.state AS State FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id
            WHERE l.list = @list AND l.list_id = @listId AND l.tier IS NOT NULL ORDER BY e.name
            """, new { list, listId })
        .Select(r => new LinkedEntity(r.Id, r.Name, r.State)).ToList();

    public KnowledgeTotals Totals()
    {
        var row = connection.QuerySingle<TotalsRow>(
            """
            SELECT (SELECT COUNT(*) FROM kb_documents) AS Documents, (SELECT COUNT(*) FROM kb_entities) AS Entities,
                   (SELECT COUNT(*) FROM kb_events) AS Events
            """);
        return new KnowledgeTotals(row.Documents, row.Entities, row.Events);
    }

    public string? BusiestLinkedEntity() => connection.ExecuteScalar<string?>(
        """
        SELECT l.entity_id FROM kb_links l JOIN kb_event_parties p ON p.party_key = l.entity_id
        WHERE l.state = 'automatic' GROUP BY l.entity_id ORDER BY COUNT(*) DESC, l.entity_id LIMIT 1
        """);

    private sealed record ListEntryRow
    {
        public required string List { get; init; }
        public required string ListId { get; init; }
    }

    private sealed record LinkedEntityRow
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string State { get; init; }
    }

    private sealed record TotalsRow
    {
        public long Documents { get; init; }
        public long Entities { get; init; }
        public long Events { get; init; }
    }
}
