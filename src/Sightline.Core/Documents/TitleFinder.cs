using System.Text.RegularExpressions;

namespace Sightline.Documents;

/// <summary>
/// A report's title when no header, metadata or manifest gives one: the first of its opening lines that reads as a
/// headline — at least four words with letters, not a dateline that opens with a date, cut at the first sentence (or
/// <see cref="MaxLength"/> characters) when the line is a paragraph of prose.
/// </summary>
public static partial class TitleFinder
{
    /// <summary>A title longer than this is cut at a word, with an ellipsis.</summary>
    public const int MaxLength = 150;

    /// <summary>How many non-empty opening lines are looked at.</summary>
    private const int LinesLooked = 12;

    public static string? Find(string normalizedText)
    {
        var lines = normalizedText.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).Take(LinesLooked);
        foreach (var line in lines)
        {
            if (Dateline().IsMatch(line)) continue;
            var words = line.Split(' ').Count(w => w.Any(char.IsLetter));
            if (words < 4) continue;
            return Shorten(line);
        }
        return null;
    }

    private static string Shorten(string line)
    {
        if (line.Length <= MaxLength) return line;
        var sentence = SentenceEnd().Match(line);
        if (sentence.Success && sentence.Index + 1 <= MaxLength) return line[..(sentence.Index + 1)];
        var cut = line.LastIndexOf(' ', MaxLength);
        return line[..(cut > 0 ? cut : MaxLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A line that opens with a date: <c>March 6, 2023</c>, <c>6 March 2023</c>, <c>2023-03-06</c>, <c>07/19/2019</c>.</summary>
    [GeneratedRegex(@"^(\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|^\d{4}-\d{2}(-\d{2})?\b|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    /// <summary>The end of a sentence: a full stop, question or exclamation mark after a word of two letters or more, then a space.</summary>
    [GeneratedRegex(@"(?<=\p{L}{2})[.?!](?= )")]
    private static partial Regex SentenceEnd();
}
