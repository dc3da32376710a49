using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Organisation names defined with their acronym: <c>Islamic World Educational, Scientific and Cultural Organization
/// (ISESCO)</c>. When the initials of the capitalised words before the parenthesis spell the acronym, the words become
/// one organisation span and the acronym another, whatever the tagger made of them (also the other way round,
/// <c>WANA (West Asia News Agency)</c>; a state's name and its acronym are a place); the acronym elsewhere in the
/// document then chains to the full name. Also joins a body and the place it is for (<c>United Nations Assistance
/// Mission</c> + <c>for Iraq</c>, <c>Islamic Resistance</c> + <c>in Iraq</c>).
/// </summary>
internal static class AcronymDefinitions
{
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "of", "and", "for", "the", "in", "on", ",", "&", "–", "-", "'", "’", "'s", "’s" };
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal) { "Mission", "Office", "Force", "Forces", "Command", "Resistance", "Council", "Committee", "Front", "Movement" };

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        var result = new List<EntitySpan>(spans);
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(") continue;
            var close = Enumerable.Range(i + 2, Math.Max(0, Math.Min(tokens.Count, i + 6) - i - 2)).FirstOrDefault(k => tokens[k].Text == ")", -1);
            if (close < 0) continue;
            var acronym = string.Concat(tokens.Skip(i + 1).Take(close - i - 1).Select(t => t.Text)); // "MNF–I" may be three tokens
            if (!IsAcronym(acronym)) continue;
            var start = DefinitionStart(tokens, i, acronym);
            if (start < 0) continue;
            // A state's formal name and its acronym are a place: "Democratic People's Republic of Korea (DPRK)".
            var type = IsStateName(tokens, start, i) ? "LOC" : "ORG";
            Put(result, start, i, type);
            Put(result, i + 1, close, type);
        }
        // The other way round: "WANA (West Asia News Agency)".
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(" || !IsAcronym(tokens[i - 1].Text)) continue;
            var close = Enumerable.Range(i + 2, Math.Max(0, Math.Min(tokens.Count, i + 12) - i - 2)).FirstOrDefault(k => tokens[k].Text == ")", -1);
            if (close < 0 || !SpellsOut(tokens, i + 1, close, tokens[i - 1].Text)) continue;
            var type = IsStateName(tokens, i + 1, close) ? "LOC" : "ORG";
            Put(result, i - 1, i, type);
            Put(result, i + 1, close, type);
        }
        for (var k = 0; k < result.Count; k++)
        {
            var span = result[k];
            if (span.Type != "ORG" || !BodyHeads.Contains(tokens[span.End - 1].Text) || span.End + 1 >= tokens.Count) continue;
            var place = result.FindIndex(s => s.Start == span.End + 1 && s.Type == "LOC");
            if (tokens[span.End].Text is not ("for" or "in") || place < 0) continue;
            result[k] = span with { End = result[place].End };
            result.RemoveAt(place);
            k = -1;
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The capitalised words from <paramref name="start"/> to <paramref name="end"/> (connectives skipped) have the acronym's letters as initials.</summary>
    internal static bool SpellsOut(IReadOnlyList<TextToken> tokens, int start, int end, string acronym)
    {
        var initials = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Text;
            if (Connectives.Contains(word)) continue;
            if (!char.IsUpper(word[0])) return false;
            initials.Append(char.ToLowerInvariant(word[0]));
        }
        return initials.Length >= 2 && initials.ToString() == acronym.Replace("-", "").Replace("–", "").ToLowerInvariant();
    }

    private static bool IsStateName(IReadOnlyList<TextToken> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(k => OrganizationSpans.StateWords.Contains(tokens[k].Text))
        && !Enumerable.Range(start, end - start).Any(k => OrganizationSpans.BodyNouns.Contains(tokens[k].Text));

    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 10 && text.All(c => char.IsUpper(c) || c is '-' or '–') && char.IsUpper(text[0]);

    /// <summary>The first token of the words before <paramref name="paren"/> whose initials spell <paramref name="acronym"/>, or -1.</summary>
    private static int DefinitionStart(IReadOnlyList<TextToken> tokens, int paren, string acronym)
    {
        var letters = acronym.Replace("-", "").Replace("–", "").ToLowerInvariant();
        var matched = letters.Length;
        var i = paren - 1;
        while (i >= 0 && paren - i <= 14)
        {
            var word = tokens[i].Text;
            if (Connectives.Contains(word)) { i--; continue; }
            if (!char.IsUpper(word[0])) return -1;
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var p = parts.Length - 1; p >= 0 && matched > 0; p--)
                if (char.IsUpper(parts[p][0]) && char.ToLowerInvariant(parts[p][0]) == letters[matched - 1]) matched--;
                else if (char.IsUpper(parts[p][0])) return -1;
            if (matched == 0) return i;
            i--;
        }
        return -1;
    }

    private static void Put(List<EntitySpan> spans, int start, int end, string type)
    {
        spans.RemoveAll(s => s.Start < end && start < s.End);
        spans.Add(new EntitySpan(start, end, type));
    }
}
