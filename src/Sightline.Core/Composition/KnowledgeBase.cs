using Sightline.Knowledge;
using Sightline.Storage.Sqlite;

namespace Sightline.Composition;

/// <summary>
/// Opens the knowledge base: the composition root chooses its implementation, the SQLite file that also holds the
/// lists (ADR-026, ADR-028), so that the <c>Knowledge</c> folder knows its storage interfaces alone.
/// </summary>
public static class KnowledgeBase
{
    /// <summary>The knowledge base in the database at <paramref name="path"/>, made and migrated when new.</summary>
    public static KnowledgeStore Open(string path, TimeProvider clock) => SqliteKnowledgeBase.Open(path, clock);
}
