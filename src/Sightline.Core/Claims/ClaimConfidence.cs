namespace Sightline.Claims;

/// <summary>
/// Confidence bands for claims, the same for every claim type. A claim starts at <see cref="Stated"/> and loses one
/// band for each thing the reader had to supply:
/// <list type="bullet">
/// <item><b>0.9</b>: the report says it in its own voice, every party is named in the sentence and (for a meeting)
/// the sentence states the date.</item>
/// <item><b>0.7</b>: one thing supplied: a party named by pronoun, nominal or title only, a date taken from the
/// passage or with its year from the publication date, or the claim is a cited source's statement.</item>
/// <item><b>0.5</b>: two things supplied, or a recurrence ("similar meetings were held on …") that repeats an earlier
/// meeting's parties.</item>
/// <item><b>0.3</b>: three or more.</item>
/// </list>
/// <c>sightline eval extract</c> prints, per band, how many meetings matched the gold annotation.
/// </summary>
public static class ClaimConfidence
{
    public const double Stated = 0.9;

    /// <summary>The band for a claim with <paramref name="supplied"/> things the reader supplied.</summary>
    public static double For(int supplied) => Math.Round(Math.Max(0.3, Stated - 0.2 * supplied), 1);
}
