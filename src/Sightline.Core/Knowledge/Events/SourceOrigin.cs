using System.Text.RegularExpressions;

namespace Sightline.Knowledge.Events;

/// <summary>
/// Where a claim comes from, for counting a meeting's independent sources: a claim the report makes in its own voice
/// comes from its publisher (or the report itself when the publisher is unknown); a claim the report attributes to a
/// named source ("MEMRI wrote", "according to Al-Akhbar", "his media office said") comes from that source, so two
/// reports repeating one outlet count once. A source named with its acronym ("The Middle East Media Research
/// Institute (MEMRI)", "MEMRI (Middle East Media Research Institute)") counts as the acronym.
/// </summary>
public static partial class SourceOrigin
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    [GeneratedRegex(@"^(?<name>.*?)\s*\((?<inner>[^()]+)\)$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^[A-Z][A-Z0-9&.\-]{1,11}$")]
    private static partial Regex Acronym();

    public static string Of(string attributedTo, string? publisher, string documentKey) =>
        attributedTo == "report" || Pronouns.Contains(attributedTo) ? Canonical(publisher) ?? documentKey : Canonical(attributedTo)!;

    /// <summary>The name a source is counted by: its acronym when it is given with one, without a leading "the".</summary>
    private static string? Canonical(string? source)
    {
        if (source is null) return null;
        var name = source.Trim();
        if (Parenthesised().Match(name) is { Success: true } match)
        {
            var (outer, inner) = (match.Groups["name"].Value.Trim(), match.Groups["inner"].Value.Trim());
            name = Acronym().IsMatch(inner) ? inner : Acronym().IsMatch(outer) ? outer : name;
        }
        return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
    }
}
