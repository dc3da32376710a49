namespace Sightline.Documents;

/// <summary>
/// How much work one document may cost, so that a hostile or broken file costs seconds and megabytes, never minutes
/// and gigabytes (ADR-029). A file over <see cref="MaxFileBytes"/> is not read; a PDF whose streams inflate to more than
/// <see cref="MaxPdfStreamBytes"/> (one stream) or <see cref="MaxPdfDecodedBytes"/> (all of them) is refused; an HTML page
/// nesting deeper than <see cref="MaxHtmlDepth"/> is refused before it is parsed; a document whose text is longer than
/// <see cref="MaxTextChars"/> is not analysed; and reading, analysing and storing one document stop when
/// <see cref="TimeBudget"/> is spent, leaving nothing of it stored. Each refusal is that document's diagnostic; the batch
/// goes on.
/// </summary>
public sealed record DocumentLimits(long MaxFileBytes, long MaxPdfDecodedBytes, long MaxPdfStreamBytes, int MaxHtmlDepth, int MaxTextChars, TimeSpan TimeBudget)
{
    /// <summary>50 MB a file, 256 MB inflated a PDF (64 MB a stream), 1,000 nested elements, 1,000,000 characters of
    /// text (a long book; a report is tens of thousands) and 30 seconds a document.</summary>
    public static DocumentLimits Default { get; } = new(
        MaxFileBytes: 50L * 1024 * 1024,
        MaxPdfDecodedBytes: 256L * 1024 * 1024,
        MaxPdfStreamBytes: 64L * 1024 * 1024,
        MaxHtmlDepth: 1_000,
        MaxTextChars: 1_000_000,
        TimeBudget: TimeSpan.FromSeconds(30));

    /// <summary>The refusal of a text longer than <see cref="MaxTextChars"/>, or null when it is within the limit.</summary>
    public string? TextRefusal(int length) =>
        length <= MaxTextChars ? null : $"the text is {length:N0} characters; the limit is {MaxTextChars:N0} a document (a report is tens of thousands); not analysed";

    /// <summary>What a document that ran out of <see cref="TimeBudget"/> is told.</summary>
    public string TimeRefusal(string stage) =>
        $"{stage} took longer than the budget of {TimeBudget.TotalSeconds:0.###} s a document; stopped, and nothing of it was stored";
}
