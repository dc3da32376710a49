namespace Sightline.Storage.Relational;

/// <summary>The few things SQLite and PostgreSQL say differently in the SQL this folder shares (ADR-045); each store's
/// folder has its own.</summary>
internal abstract class SqlDialect
{
    /// <summary>The condition that <paramref name="column"/> is one of the values of the list parameter
    /// <paramref name="parameter"/> (passed as <see cref="List"/> makes it).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The value to pass as the list parameter of <see cref="InList"/>: one value, whatever the list's length,
    /// so the statement's text never changes with it.</summary>
    public abstract object List(IEnumerable<string> values);

    /// <summary>The 1-based position of the first <paramref name="needle"/> in <paramref name="text"/>, 0 when absent.</summary>
    public abstract string Position(string needle, string text);
}
