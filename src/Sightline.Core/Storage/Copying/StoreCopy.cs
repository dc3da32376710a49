namespace Sightline.Storage.Copying;

/// <summary>What <see cref="StoreCopy"/> found for one table: rows and checksum (<see cref="TableChecksum"/>) read from
/// the source, and read back from the target after writing.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>A copy's tables in the order they were written, and whether it was committed (every table matched).</summary>
public sealed record CopyOutcome(IReadOnlyList<TableCopy> Tables)
{
    public bool Committed => Tables.All(t => t.Matches);
}

/// <summary>A copy refused before anything was written, with the reason in words.</summary>
public sealed class StoreCopyException(string message) : Exception(message);

/// <summary>
/// Copies one Sightline store into another (<c>sightline db copy</c>, ADR-041): table by table in the target's dependency
/// order, inside the target's one transaction, every value as stored (ids included, generated ids moved past them after);
/// rebuilds the target's full-text index from the copied texts; then reads every table back from the target and compares its row count and checksum with the source's. The
/// transaction is committed only when every table matches; otherwise nothing is. The two schemas must hold the same
/// tables and stored columns, so nothing is left behind; a target holding rows is refused unless
/// <c>replace</c> says to empty it first (in the same transaction).
/// </summary>
public static class StoreCopy
{
    public static CopyOutcome Run(ICopySource source, ICopyTarget target, bool replace, Action<string>? progress = null)
    {
        var tables = target.Tables();
        CheckSameSchema(source.Tables(), tables);

        var holding = tables.Select(t => (t.Name, Rows: target.Count(t.Name))).Where(t => t.Rows > 0).ToList();
        if (holding.Count > 0 && !replace)
            throw new StoreCopyException($"the target already holds data: {holding.Sum(t => t.Rows):N0} rows in {holding.Count} tables (" +
                string.Join(", ", holding.Take(3).Select(t => t.Name)) + (holding.Count > 3 ? $" and {holding.Count - 3} more" : "") +
                "); nothing was copied. Copy into an empty database, or pass --replace to empty this one first (in the same transaction).");
        if (holding.Count > 0) target.Empty(tables.Select(t => t.Name).Reverse().ToList());

        var sourceSums = new Dictionary<string, TableChecksum>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            progress?.Invoke($"copying {table.Name}");
            var sum = sourceSums[table.Name] = new TableChecksum();
            target.Write(table.Name, table.Columns, source.Rows(table.Name, table.Columns).Select(row =>
            {
                sum.Add(row);
                return row;
            }));
        }
        target.ResetIdentities();
        progress?.Invoke("rebuilding the search index");
        target.RebuildDerived();

        var copies = new List<TableCopy>();
        foreach (var table in tables)
        {
            progress?.Invoke($"verifying {table.Name}");
            var written = new TableChecksum();
            foreach (var row in target.Rows(table.Name, table.Columns)) written.Add(row);
            var read = sourceSums[table.Name];
            copies.Add(new TableCopy(table.Name, read.Rows, written.Rows, read.Value, written.Value));
        }
        var outcome = new CopyOutcome(copies);
        if (outcome.Committed) target.Commit();
        return outcome;
    }

    /// <summary>Refuses a copy that would leave a table or a column behind, or could not fill one.</summary>
    private static void CheckSameSchema(IReadOnlyList<CopyTable> source, IReadOnlyList<CopyTable> target)
    {
        var differences = new List<string>();
        var targetByName = target.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var sourceByName = source.ToDictionary(t => t.Name, StringComparer.Ordinal);
        differences.AddRange(source.Where(t => !targetByName.ContainsKey(t.Name)).Select(t => $"table {t.Name} is not in the target"));
        differences.AddRange(target.Where(t => !sourceByName.ContainsKey(t.Name)).Select(t => $"table {t.Name} is not in the source"));
        foreach (var table in target.Where(t => sourceByName.ContainsKey(t.Name)))
        {
            var from = sourceByName[table.Name];
            differences.AddRange(from.Columns.Except(table.Columns, StringComparer.Ordinal).Select(c => $"column {table.Name}.{c} is not in the target"));
            differences.AddRange(table.Columns.Except(from.Columns.Concat(from.Implicit ?? []), StringComparer.Ordinal).Select(c => $"column {table.Name}.{c} is not in the source"));
        }
        if (differences.Count > 0)
            throw new StoreCopyException("the two databases' schemas differ, so a copy would lose data; nothing was copied (run `sightline db migrate` on each with this build first): " + string.Join("; ", differences));
    }
}
