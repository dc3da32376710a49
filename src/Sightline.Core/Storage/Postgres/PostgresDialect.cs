using Sightline.Storage.Relational;

namespace Sightline.Storage.Postgres;

/// <summary>PostgreSQL's way of saying what <see cref="SqlDialect"/> asks: a list parameter is one array
/// (<c>= ANY</c>); <c>strpos</c> finds a substring.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object List(IEnumerable<string> values) => values.ToArray();

    public override string Position(string needle, string text) => $"strpos({text}, {needle})";
}
