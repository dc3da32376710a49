namespace Sightline.Storage.Copying;

/// <summary>A table as <see cref="StoreCopy"/> moves it: its name and its stored columns (generated ones are derived
/// on each side), named the same on both stores.</summary>
public sealed record CopyTable(string Name, IReadOnlyList<string> Columns);
