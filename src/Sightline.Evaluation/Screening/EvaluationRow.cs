namespace Sightline.Screening.Evaluation;

/// <summary>One line of the screening evaluation table: what was measured, on how many cases, the figure, and the target.</summary>
public sealed record EvaluationRow(string Suite, string Measure, int Cases, string Value, string Target, bool? MeetsTarget);
