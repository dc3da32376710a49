using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Rules on top of the tagger for how this genre writes names: a title (<c>Sheikh</c>, <c>Sayyid</c>) before
/// capitalised words makes them a person; a detached particle (<c>Al</c>, <c>'Abd</c>, <c>Abu</c>, <c>bin</c>) before a
/// person, or an <c>Al-</c> word after one, belongs to the name; and a role before a comma (<c>Chinese ambassador
/// to Iraq, Cui Wei</c>) makes the capitalised words after it a person.
/// </summary>
internal static class NameRules
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sheikh", "Shaykh", "Sheik", "Sayyid", "Sayed", "Seyyed", "Mullah", "Ayatollah", "Imam", "Hajji", "Haji", "Mr.", "Mrs.", "Ms.", "Dr.",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Al", "El", "'Abd", "Abd", "‘Abd", "Abdul", "Abu", "Abo", "bin", "ibn", "bint", "Umm",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary-general", "head", "leader", "chief",
        "commander", "president", "representative", "chairman", "director", "official", "deputy", "coordinator", "adviser", "advisor",
    };

    /// <summary>Function words that, capitalised inside a span, show a title-case headline rather than a name.</summary>
    private static readonly HashSet<string> HeadlineWords = new(StringComparer.Ordinal)
    {
        "In", "With", "Of", "For", "And", "To", "On", "At", "By", "From", "Who", "Are", "Is", "Its", "His", "Her", "As", "After", "Meets", "Says",
    };

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        var titleCase = tokens.Count(t => NameRules.IsNameWord(t.Text) || HeadlineWords.Contains(t.Text)) * 10 >= tokens.Count(t => char.IsLetter(t.Text[0])) * 7;
        spans = spans.Where(span => !(span.Type == "PER" || titleCase) || !Enumerable.Range(span.Start, span.End - span.Start).Any(i => HeadlineWords.Contains(tokens[i].Text))).ToList();
        var types = new string?[tokens.Count];
        foreach (var span in spans)
            for (var i = span.Start; i < span.End; i++) types[i] = span.Type;
        var result = new List<EntitySpan>(spans);

        // Title + capitalised words: a person, whatever the tagger said.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Titles.Contains(tokens[i].Text) || !IsNameWord(tokens[i + 1].Text)) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= 5 && IsNameWord(tokens[end].Text)) end++;
            Replace(result, types, i + 1, end, "PER");
        }

        // Particles and Al- words that the tagger left outside a person.
        for (var k = 0; k < result.Count; k++)
        {
            var span = result[k];
            if (span.Type != "PER") continue;
            var start = span.Start;
            while (start > 0 && types[start - 1] is null && Particles.Contains(tokens[start - 1].Text.TrimEnd('-'))) start--;
            var end = span.End;
            while (end < tokens.Count && types[end] is null && (IsAlWord(tokens[end].Text) || (end + 1 < tokens.Count && Particles.Contains(tokens[end].Text) && IsNameWord(tokens[end + 1].Text)))) end++;
            if (start != span.Start || end != span.End)
            {
                result[k] = span with { Start = start, End = end };
                for (var i = start; i < end; i++) types[i] = "PER";
            }
        }

        // Role, comma, capitalised words not tagged: an appositive name.
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "," || types[i + 1] is not null || !IsNameWord(tokens[i + 1].Text) || !IsNameWord(tokens[i + 2].Text)) continue;
            var hasRole = false;
            for (var j = Math.Max(0, i - 6); j < i; j++) hasRole |= Roles.Contains(tokens[j].Text);
            if (!hasRole) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= 4 && types[end] is null && IsNameWord(tokens[end].Text)) end++;
            if (end - (i + 1) >= 2) Replace(result, types, i + 1, end, "PER");
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static void Replace(List<EntitySpan> spans, string?[] types, int start, int end, string type)
    {
        // Absorb any span the new one overlaps, keeping the union.
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var span = spans[k];
            if (span.Start >= end || span.End <= start) continue;
            start = Math.Min(start, span.Start);
            end = Math.Max(end, span.End);
            spans.RemoveAt(k);
        }
        spans.Add(new EntitySpan(start, end, type));
        for (var i = start; i < end; i++) types[i] = type;
    }

    private static bool IsAlWord(string word) =>
        word.Length > 3 && (word.StartsWith("Al-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("El-", StringComparison.OrdinalIgnoreCase)) && char.IsUpper(word[3]);

    internal static bool IsNameWord(string word)
    {
        if (word.Length == 0) return false;
        var first = Tokenizer.IsApostrophe(word[0]) && word.Length > 1 ? word[1] : word[0];
        return char.IsUpper(first) && !Titles.Contains(word) && word.Any(char.IsLower);
    }
}
