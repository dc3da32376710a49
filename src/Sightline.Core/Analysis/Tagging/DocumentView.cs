namespace Sightline.Analysis.Tagging;

/// <summary>Builds the tagger's view of a document: token views for every sentence, with the document-level case evidence.</summary>
internal static class DocumentView
{
    public static SentenceView[] Build(IReadOnlyList<IReadOnlyList<string>> sentences, Gazetteer gazetteer, EntityMemory memory)
    {
        var lowerSeen = new HashSet<string>(StringComparer.Ordinal);
        var capitalisedMid = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var views = new SentenceView[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var headline = IsHeadline(words);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsLetter(word[0])) continue;
                if (char.IsLower(word[0])) lowerSeen.Add(word);
                else if (i > 0 && !headline && !IsAfterStop(words, i)) capitalisedMid.Add(word);
            }
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].ToArray();
            var tokens = new TokenView[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                tokens[i] = TokenView.Of(words[i], gazetteer, memory);
                if (words[i].Length > 0 && char.IsUpper(words[i][0]))
                    tokens[i].CaseElsewhere = (lowerSeen.Contains(words[i].ToLowerInvariant()) ? 1 : 0) | (capitalisedMid.Contains(words[i]) ? 2 : 0) | 4;
            }
            views[s] = new SentenceView(tokens, words, IsHeadline(words));
        }
        return views;
    }

    /// <summary>A sentence with no word in lower case (<c>IRAQ SAYS ...</c>, or Title Case headings) tells little by case.</summary>
    private static bool IsHeadline(IReadOnlyList<string> words)
    {
        var letters = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            letters++;
            if (char.IsLower(word[0]) && word.Length > 3) return false;
        }
        return letters >= 2;
    }

    private static bool IsAfterStop(IReadOnlyList<string> words, int i) => words[i - 1] is "." or ":" or "\"" or "“" or "(" or "-" or "--";
}
