using Sightline.Storage.Relational;

namespace Sightline.Storage.Sqlite;

/// <summary>SQLite's way of saying what <see cref="SqlDialect"/> asks: Dapper spreads a list parameter into
/// <c>IN (…)</c>; <c>instr</c> finds a substring.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string InList(string column, string parameter) => $"{column} IN {parameter}";

    public override string Position(string needle, string text) => $"instr({text}, {needle})";
}
