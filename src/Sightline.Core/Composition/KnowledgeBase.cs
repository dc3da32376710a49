using Sightline.Knowledge;
using Sightline.Storage;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;

namespace Sightline.Composition;

/// <summary>
/// Opens the knowledge base: the composition root chooses its implementation by the database address — the SQLite file
/// or the PostgreSQL database that also holds the lists (ADR-026, ADR-028, ADR-039) — so that the <c>Knowledge</c>
/// folder knows its storage interfaces alone.
/// </summary>
public static class KnowledgeBase
{
    /// <summary>The knowledge base in the database at <paramref name="address"/> (<see cref="StoreAddress"/>), made and
    /// migrated when new.</summary>
    public static KnowledgeStore Open(string address, TimeProvider clock) => StoreAddress.Parse(address) switch
    {
        PostgresAddress postgres => PostgresKnowledgeBase.Open(postgres, clock),
        var other => SqliteKnowledgeBase.Open(Stores.SqlitePath(other), clock),
    };
}
