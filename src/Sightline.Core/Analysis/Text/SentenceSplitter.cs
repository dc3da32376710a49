namespace Sightline.Analysis.Text;

/// <summary>
/// Groups tokens into sentences: a sentence ends at <c>.</c>, <c>!</c> or <c>?</c> (taking the closing quotes,
/// brackets and footnote markers after it), at a line break, and after an abbreviation such as <c>U.S.</c> only
/// when the next word plainly starts a sentence. Titles and initials (<c>Gen.</c>, <c>J.</c>) never end one.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A sentence longer than this is cut, so that a page without punctuation cannot make one giant sentence.</summary>
    public const int MaxTokens = 250;

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "This", "That", "These", "Those",
        "But", "And", "However", "His", "Her", "Their", "Its", "After", "Before", "According", "During", "While", "Since",
        "Both", "Also", "There", "When", "As", "Following", "Meanwhile", "Earlier", "Later", "Today", "Yesterday",
    };

    public static List<Sentence> Split(string text, IReadOnlyList<TextToken> tokens)
    {
        var sentences = new List<Sentence>();
        var current = new List<TextToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            current.Add(tokens[i]);
            var next = i + 1 < tokens.Count ? tokens[i + 1] : (TextToken?)null;
            if (next is null || EndsHere(text, tokens, i) || current.Count >= MaxTokens)
            {
                // Closing quotes, brackets and footnote markers after the stop stay with this sentence.
                while (i + 1 < tokens.Count && !LineBreakBetween(text, tokens[i], tokens[i + 1]) && IsTrailer(tokens[i], tokens[i + 1]) && EndsWithStop(tokens[i]))
                    current.Add(tokens[++i]);
                sentences.Add(new Sentence(sentences.Count, current));
                current = new List<TextToken>();
            }
        }
        return sentences;
    }

    private static bool EndsHere(string text, IReadOnlyList<TextToken> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        if (LineBreakBetween(text, token, next)) return true;
        var word = token.Text;
        if (word is "." or "!" or "?" or "…" or "..." || (word.Length > 1 && word.All(c => c is '.' or '!' or '?')))
            return true;
        if (word.Length > 1 && word[^1] == '.' && !Abbreviations.NeverEndsSentence(word))
            return SentenceStarters.Contains(next.Text);
        return false;
    }

    private static bool EndsWithStop(TextToken token) => token.Text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ']';

    private static bool IsTrailer(TextToken before, TextToken token) =>
        token.IsFootnote || (before.End == token.Start && token.Text is "\"" or "”" or "’" or "'" or ")" or "]" or "»");

    private static bool LineBreakBetween(string text, TextToken left, TextToken right) =>
        text.AsSpan(left.End, right.Start - left.End).Contains('\n');
}
