using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary>Placeholder for <see cref="IExportQueries"/> on PostgreSQL until the read side lands (it replaces this file).</summary>
internal sealed class PostgresExportQueries : IExportQueries
{
    public IReadOnlyList<ExportLink> CountingLinks() => throw Pending();

    public IReadOnlyList<StoredEntity> Entities() => throw Pending();

    public IReadOnlyList<ExportName> Names() => throw Pending();

    public IReadOnlyList<ExportOffice> Offices() => throw Pending();

    public IReadOnlyList<ExportEvent> Events() => throw Pending();

    public IReadOnlyList<ExportEventParty> EventParties() => throw Pending();

    public IReadOnlyList<ExportEventClaim> EventClaims() => throw Pending();

    public IReadOnlyList<ExportRelation> Relations() => throw Pending();

    private static NotSupportedException Pending() => new("IExportQueries on PostgreSQL comes with the read side (pgread)");
}
