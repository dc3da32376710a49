using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// The outlet a wire item names in its dateline is an organisation: <c>ASTANA, 4 July (BelTA) –</c>,
/// <c>SANA'A, Nov. 24 (Saba) —</c>, <c>MOSCOW, February 10. /TASS/.</c>. The name is one or two capitalised words (a
/// number may follow the first: <c>(Kurdistan 24)</c>) in brackets or slashes, right after the dateline's date (a number or a
/// month), or up to four words before a dash after a date or a place (<c>ERBIL (Kurdistan 24) –</c>, <c>Iraq (International
/// Christian Concern) –</c>), near the start of the sentence —
/// where the tagger, seeing a bracketed word next to a city, calls it a place or nothing. A credit line names its outlet too:
/// <c>Source: National Iraqi News Agency</c>.
/// </summary>
internal static class DatelineOutlets
{
    private const int DatelineTokens = 10;

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        if (IsCreditLine(tokens))
        {
            // "Source: National Iraqi News Agency": the credit line names the outlet.
            var end = 2;
            while (end < tokens.Count && end - 2 < 6 && (IsOutletWord(tokens[end].Text) || tokens[end].Text.All(char.IsAsciiDigit) && end > 2)) end++;
            if (end > 2)
            {
                var outlet = new EntitySpan(2, end, "ORG");
                return [.. spans.Where(s => s.End <= outlet.Start || s.Start >= outlet.End), outlet];
            }
        }
        // "/TASS/." as a sentence of its own (the stop after the dateline's date ended the one before).
        if (tokens.Count >= 3 && tokens[0].Text == "/" && tokens.Skip(1).Take(3).ToList().FindIndex(t => t.Text == "/") is var slash and >= 1
            && Enumerable.Range(1, slash).All(i => IsOutletWord(tokens[i].Text)) && (slash + 2 == tokens.Count || tokens[slash + 2].Text == "."))
            return [.. spans.Where(s => s.Start > slash + 1), new EntitySpan(1, slash + 1, "ORG")];
        for (var open = 1; open < Math.Min(tokens.Count, DatelineTokens); open++)
        {
            if (tokens[open].Text is not ("(" or "/")) continue;
            var closing = tokens[open].Text == "(" ? ")" : "/";
            var close = open + 1;
            while (close < tokens.Count && close - open <= 5 && tokens[close].Text != closing) close++;
            if (close >= tokens.Count || tokens[close].Text != closing || close - open < 2) continue;
            // Before a dash the bracket is the dateline's credit whatever precedes it, a date or a place: "Iraq (International Christian Concern) –".
            var credit = close + 1 < tokens.Count && tokens[close + 1].Text is "–" or "—" or "-" or "--" && (AfterDate(tokens, open) || IsPlaceWord(tokens[open - 1].Text));
            if (!credit && (close - open > 3 || !AfterDate(tokens, open))) continue;
            if (!IsOutletWord(tokens[open + 1].Text)
                || !Enumerable.Range(open + 2, close - open - 2).All(i => IsOutletWord(tokens[i].Text) || tokens[i].Text.All(char.IsAsciiDigit))) continue; // "(Kurdistan 24)"
            var outlet = new EntitySpan(open + 1, close, "ORG");
            spans = [.. spans.Where(s => s.End <= outlet.Start || s.Start >= outlet.End), outlet];
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            break;
        }
        return spans;
    }

    /// <summary>A line that credits its source: "Source: …", "Credit: …".</summary>
    public static bool IsCreditLine(IReadOnlyList<TextToken> tokens) =>
        tokens.Count > 2 && tokens[0].Text is "Source" or "Sources" or "Credit" or "SOURCE" && tokens[1].Text == ":";

    /// <summary>The token before the bracket (a full stop skipped) ends a date: a day or year number, or a month.</summary>
    private static bool AfterDate(IReadOnlyList<TextToken> tokens, int open)
    {
        var k = open - 1;
        if (k > 0 && tokens[k].Text == ".") k--;
        var word = tokens[k].Text.TrimEnd('.');
        return word.Length > 0 && word.All(char.IsDigit) || Months.Contains(word);
    }

    private static bool IsPlaceWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static bool IsOutletWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'');

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };
}
