namespace Sightline.Storage.Copying;

/// <summary>A store written by <see cref="StoreCopy"/>, migrated to the current schema, inside one transaction that
/// begins when the target is opened and is rolled back on dispose unless <see cref="Commit"/> was called.</summary>
public interface ICopyTarget : ICopySource
{
    /// <summary>The rows <paramref name="table"/> holds now.</summary>
    long Count(string table);

    /// <summary>Deletes every row of <paramref name="tables"/> (inside the transaction).</summary>
    void Empty(IReadOnlyList<string> tables);

    /// <summary>Writes <paramref name="rows"/> into <paramref name="table"/>, keeping every value as given (ids included);
    /// returns how many were written.</summary>
    long Write(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    /// <summary>Sets every generated id's next value past the largest id now stored, so new rows follow the copied ones.</summary>
    void ResetIdentities();

    /// <summary>Fills the target's derived tables (its full-text index) from the rows now written.</summary>
    void RebuildDerived();

    void Commit();
}
