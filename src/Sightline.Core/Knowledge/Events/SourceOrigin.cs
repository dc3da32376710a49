namespace Sightline.Knowledge.Events;

/// <summary>
/// Where a claim comes from, for counting a meeting's independent sources: a claim the report makes in its own voice
/// comes from its publisher (or the report itself when the publisher is unknown); a claim the report attributes to a
/// named source ("MEMRI wrote", "according to Al-Akhbar", "his media office said") comes from that source, so two
/// reports repeating one outlet count once.
/// </summary>
public static class SourceOrigin
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    public static string Of(string attributedTo, string? publisher, string documentKey) =>
        attributedTo == "report" || Pronouns.Contains(attributedTo) ? publisher ?? documentKey : attributedTo.Trim();
}
