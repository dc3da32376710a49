using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Tests.Storage.Postgres;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge.Search;

/// <summary>Full-text search on the PostgreSQL store (tsvector and pg_trgm, migration 2), on a database of its own on the
/// server <c>SIGHTLINE_TEST_POSTGRES</c> names; skipped without one.</summary>
public sealed class PostgresSearchTests : SearchContract
{
    private PostgresTestDatabase? _database;

    protected override KnowledgeStore OpenEmpty()
    {
        _database = PostgresTestDatabase.CreateEmpty();
        return KnowledgeBase.Open(_database.Address, new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));
    }

    public override void Dispose()
    {
        base.Dispose();
        _database?.Dispose();
    }
}
