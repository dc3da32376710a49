using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge.Search;

/// <summary>Full-text search on the SQLite store (FTS5, migration 13).</summary>
public sealed class SqliteSearchTests : SearchContract
{
    private readonly TempFolder _folder = new();

    protected override KnowledgeStore OpenEmpty() =>
        KnowledgeBase.Open(_folder.File("search.db"), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));
}
