namespace Sightline.Screening.Batch;

/// <summary>One row of a batch: its line number, and either the query it holds or why it holds none.</summary>
public sealed record InputRow(int Line, ScreeningQuery? Query, string? Error);
