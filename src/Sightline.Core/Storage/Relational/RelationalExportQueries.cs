using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IExportQueries"/> on the knowledge-base tables, in SQL both databases read alike (ADR-045).</summary>
internal sealed class RelationalExportQueries(RelationalConnection db) : IExportQueries
{
    private readonly DbConnection connection = db.Connection;

    public IReadOnlyList<ExportLink> CountingLinks() => connection.Query<ExportLink>(
        """
        SELECT entity_id AS EntityId, list AS List, list_id AS ListId, score AS Score, state AS State, reason AS Reason
        FROM kb_links WHERE tier IS NOT NULL ORDER BY entity_id, list, list_id
        """).AsList();

    public IReadOnlyList<StoredEntity> Entities() =>
        connection.Query<StoredEntity>("SELECT id AS Id, schema AS Kind, name AS Name FROM kb_entities ORDER BY id").AsList();

    public IReadOnlyList<ExportName> Names() => connection.Query<ExportName>(
        "SELECT entity_id AS EntityId, name AS Name, document_key AS DocumentKey FROM kb_names ORDER BY entity_id, name, document_key").AsList();

    public IReadOnlyList<ExportOffice> Offices() => connection.Query<ExportOffice>(
        "SELECT party_key AS PartyKey, MIN(name) AS Name FROM kb_event_parties WHERE entity_id IS NULL GROUP BY party_key ORDER BY party_key").AsList();

    public IReadOnlyList<ExportEvent> Events() => connection.Query<ExportEvent>(
        """
        SELECT id AS Id, kind AS Kind, date_value AS DateValue, date_start AS DateStart, date_end AS DateEnd, place AS Place, reports AS Reports, sources AS Sources
        FROM kb_events ORDER BY id
        """).AsList();

    public IReadOnlyList<ExportEventParty> EventParties() => connection.Query<ExportEventParty>(
        "SELECT event_id AS EventId, party_key AS PartyKey, entity_id AS EntityId FROM kb_event_parties ORDER BY event_id, party_key").AsList();

    public IReadOnlyList<ExportEventClaim> EventClaims() => connection.Query<ExportEventClaim>(
        """
        SELECT ec.event_id AS EventId, c.id AS ClaimId, c.document_key AS DocumentKey, c.evidence AS Evidence, c.attributed_to AS AttributedTo
        FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.status <> 'rejected' ORDER BY ec.event_id, c.id
        """).AsList();

    public IReadOnlyList<ExportRelation> Relations() => connection.Query<ExportRelation>(
        """
        SELECT id AS Id, kind AS Kind, subject_id AS SubjectId, object_id AS ObjectId, label AS Label, date_value AS DateValue, date_start AS DateStart,
               date_end AS DateEnd, document_key AS DocumentKey, evidence AS Evidence, attributed_to AS AttributedTo
        FROM kb_claims WHERE kind IN ('role', 'family') AND status <> 'rejected' AND subject_id IS NOT NULL AND object_id IS NOT NULL ORDER BY id
        """).AsList();
}
