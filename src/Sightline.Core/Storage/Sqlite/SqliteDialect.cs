using System.Text.Json;
using Sightline.Storage.Relational;

namespace Sightline.Storage.Sqlite;

/// <summary>SQLite's way of saying what <see cref="SqlDialect"/> asks: a list parameter is one JSON array, read by
/// <c>json_each</c> (the statement stays the same for any length, so it can stay prepared); <c>instr</c> finds a
/// substring.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override object List(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public override string Position(string needle, string text) => $"instr({text}, {needle})";
}
