namespace Sightline.Storage.Copying;

/// <summary>A table as <see cref="StoreCopy"/> moves it: its name and its stored columns (generated ones are derived
/// on each side), named the same on both stores; and, in a source, the columns it can give without storing them as
/// data (SQLite's implicit <c>rowid</c>, which the PostgreSQL schema keeps where it orders rows), copied only when the
/// target has them.</summary>
public sealed record CopyTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string>? Implicit = null)
{
    /// <summary>Whether a table is a store's own full-text index (<c>kb_search_*</c>, ADR-040), which each store derives
    /// from the reports' kept texts in its own form: never copied, rebuilt in the target instead.</summary>
    public static bool IsDerived(string table) => table.StartsWith("kb_search_", StringComparison.Ordinal);
}
