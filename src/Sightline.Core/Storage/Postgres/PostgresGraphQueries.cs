using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary>Placeholder for <see cref="IGraphQueries"/> on PostgreSQL until the read side lands (it replaces this file).</summary>
internal sealed class PostgresGraphQueries : IGraphQueries
{
    public IReadOnlyList<string> PartyKeys() => throw Pending();

    public IReadOnlyList<GraphParty> Parties(IReadOnlyCollection<string> keys) => throw Pending();

    public IReadOnlyList<GraphMeeting> Meetings(string partyKey) => throw Pending();

    private static NotSupportedException Pending() => new("IGraphQueries on PostgreSQL comes with the read side (pgread)");
}
