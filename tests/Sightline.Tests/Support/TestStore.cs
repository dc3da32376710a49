namespace Sightline.Tests.Support;

/// <summary>The store a store-dependent test runs on (ADR-041): a test class that takes its database from
/// <see cref="KnowledgeFixture"/>, <see cref="StoreFixture"/> or the API host runs on SQLite, and a class derived from it
/// with <see cref="Postgres"/> runs the same tests on a PostgreSQL database of its own (<see cref="PostgresTestDatabase"/>).</summary>
public enum TestStore
{
    /// <summary>The embedded default: a SQLite file copied from a <see cref="TemplateDatabase"/>.</summary>
    Sqlite,

    /// <summary>A database on the server <c>SIGHTLINE_TEST_POSTGRES</c> names, copied from a template database; the
    /// test is skipped without that variable, and fails without it under CI.</summary>
    Postgres,
}
