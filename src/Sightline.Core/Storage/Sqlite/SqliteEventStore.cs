using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IEventStore"/> on the SQLite knowledge base; the regrouping itself is still
/// <see cref="EventGrouper"/>'s, on the connection (ADR-026).</summary>
internal sealed class SqliteEventStore(SqliteConnection connection) : IEventStore
{
    public void Refresh(IKnowledgeUnitOfWork work, string eventId) =>
        EventGrouper.Refresh(connection, SqliteUnitOfWork.Of(work, connection), eventId);
}
