namespace Sightline.Storage.Copying;

/// <summary>A store read by <see cref="StoreCopy"/>: its tables and their rows, each row's values in the order of the
/// columns asked for (null for SQL NULL).</summary>
public interface ICopySource : IDisposable
{
    /// <summary>Every table holding data, with its stored columns; tables a store derives from others (a full-text index,
    /// see <see cref="CopyTable.IsDerived"/>) and the schema's own bookkeeping (<c>schema_migrations</c>) are left out.</summary>
    IReadOnlyList<CopyTable> Tables();

    /// <summary>The rows of <paramref name="table"/>, values in the order of <paramref name="columns"/>.</summary>
    IEnumerable<object?[]> Rows(string table, IReadOnlyList<string> columns);
}
