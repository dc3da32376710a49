namespace Sightline.Analysis.Tagging;

/// <summary>
/// The features of one token for the entity tagger: the word, its lower case, shape, prefixes and suffixes; the
/// words and shapes around it; the two labels before it; gazetteer flags; and document-level evidence: whether the
/// word is written in lower case elsewhere in the document, whether it is capitalised mid-sentence elsewhere, and
/// which type the tagger gave the same word earlier in the document.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Room for the features of one token.</summary>
    public const int MaxPerToken = 64;

    private enum T : ulong
    {
        Bias = 1, Word, Lower, Shape, ShortShape, Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4,
        LowerM1, LowerP1, LowerM2, LowerP2, ShapeM1, ShapeP1, BigramM1, BigramP1, Label1, Labels12, Label1Lower, Label1Shape,
        ShapeTrigram, Gazetteer0, GazetteerM1, GazetteerP1, History, HistoryShape, CaseElsewhere, FirstShape, HeadlineLower,
        WordP1, WordM1, Label1GazetteerShape, PrefixM1Label, LowerP1Shape, Length, LowerM1Shape0, GazetteerPair, Around, ShapesLabel, SuffixP1, SuffixM1, BigramP12, Memory0, MemoryM1, MemoryP1, MemoryShape, MemoryLabel,
    }

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    public static int Extract(SentenceView s, int i, int label1, int label2, int history, Span<ulong> output)
    {
        var n = ExtractFixed(s, i, output);
        return n + ExtractContextual(s, i, label1, label2, history, output[n..]);
    }

    /// <summary>The features that do not depend on the labels before the token or on the document's history: the same
    /// in both passes of <see cref="GreedyDecoder"/>, so their scores are computed once.</summary>
    public static int ExtractFixed(SentenceView s, int i, Span<ulong> output)
    {
        var n = 0;
        ref readonly var t = ref s.Tokens[i];
        var prev = i > 0 ? s.Tokens[i - 1] : TokenView.Start;
        var prev2 = i > 1 ? s.Tokens[i - 2] : TokenView.Start;
        var next = i + 1 < s.Tokens.Length ? s.Tokens[i + 1] : TokenView.End;
        var next2 = i + 2 < s.Tokens.Length ? s.Tokens[i + 2] : TokenView.End;

        output[n++] = FeatureHash.Combine((ulong)T.Bias, 0);
        output[n++] = FeatureHash.Combine((ulong)T.Word, t.Word);
        output[n++] = FeatureHash.Combine((ulong)T.Lower, t.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.Shape, t.Shape);
        output[n++] = FeatureHash.Combine((ulong)T.ShortShape, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.Prefix1, t.Prefix1);
        output[n++] = FeatureHash.Combine((ulong)T.Prefix2, t.Prefix2);
        output[n++] = FeatureHash.Combine((ulong)T.Prefix3, t.Prefix3);
        output[n++] = FeatureHash.Combine((ulong)T.Prefix4, t.Prefix4);
        output[n++] = FeatureHash.Combine((ulong)T.Suffix1, t.Suffix1);
        output[n++] = FeatureHash.Combine((ulong)T.Suffix2, t.Suffix2);
        output[n++] = FeatureHash.Combine((ulong)T.Suffix3, t.Suffix3);
        output[n++] = FeatureHash.Combine((ulong)T.Suffix4, t.Suffix4);
        output[n++] = FeatureHash.Combine((ulong)T.Length, (ulong)Math.Min(t.Length, 12));
        output[n++] = FeatureHash.Combine((ulong)T.LowerM1, prev.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.LowerP1, next.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.LowerM2, prev2.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.LowerP2, next2.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.WordM1, prev.Word);
        output[n++] = FeatureHash.Combine((ulong)T.WordP1, next.Word);
        output[n++] = FeatureHash.Combine((ulong)T.ShapeM1, prev.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.ShapeP1, next.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.BigramM1, prev.Lower, t.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.BigramP1, t.Lower, next.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.LowerP1Shape, next.Lower, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.LowerM1Shape0, prev.Lower, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.ShapeTrigram, prev.ShortShape, t.ShortShape, next.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.Gazetteer0, (ulong)t.Gazetteer);
        output[n++] = FeatureHash.Combine((ulong)T.GazetteerM1, (ulong)prev.Gazetteer);
        output[n++] = FeatureHash.Combine((ulong)T.GazetteerP1, (ulong)next.Gazetteer);
        output[n++] = FeatureHash.Combine((ulong)T.GazetteerPair, (ulong)t.Gazetteer, (ulong)next.Gazetteer, (ulong)prev.Gazetteer);
        output[n++] = FeatureHash.Combine((ulong)T.CaseElsewhere, (ulong)t.CaseElsewhere, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.FirstShape, (ulong)(i == 0 ? 1 : 0), t.ShortShape, (ulong)(s.IsHeadline ? 1 : 0));
        output[n++] = FeatureHash.Combine((ulong)T.Around, prev.Lower, next.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.SuffixP1, next.Suffix3);
        output[n++] = FeatureHash.Combine((ulong)T.SuffixM1, prev.Suffix3);
        output[n++] = FeatureHash.Combine((ulong)T.BigramP12, next.Lower, next2.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.Memory0, (ulong)t.Memory);
        output[n++] = FeatureHash.Combine((ulong)T.MemoryM1, (ulong)prev.Memory);
        output[n++] = FeatureHash.Combine((ulong)T.MemoryP1, (ulong)next.Memory);
        output[n++] = FeatureHash.Combine((ulong)T.MemoryShape, (ulong)t.Memory, t.ShortShape, (ulong)(i == 0 ? 1 : 0));
        if (s.IsHeadline) output[n++] = FeatureHash.Combine((ulong)T.HeadlineLower, t.Lower);
        return n;
    }

    /// <summary>The features of the labels before the token and of what the document said of the same word.</summary>
    public static int ExtractContextual(SentenceView s, int i, int label1, int label2, int history, Span<ulong> output)
    {
        var n = 0;
        ref readonly var t = ref s.Tokens[i];
        var prev = i > 0 ? s.Tokens[i - 1] : TokenView.Start;
        var l1 = (ulong)(label1 + 2);
        var l2 = (ulong)(label2 + 2);
        output[n++] = FeatureHash.Combine((ulong)T.Label1, l1);
        output[n++] = FeatureHash.Combine((ulong)T.Labels12, l1, l2);
        output[n++] = FeatureHash.Combine((ulong)T.Label1Lower, l1, t.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.Label1Shape, l1, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.PrefixM1Label, l1, prev.Lower);
        output[n++] = FeatureHash.Combine((ulong)T.Label1GazetteerShape, l1, (ulong)t.Gazetteer, t.ShortShape);
        output[n++] = FeatureHash.Combine((ulong)T.History, (ulong)(history + 1));
        output[n++] = FeatureHash.Combine((ulong)T.HistoryShape, (ulong)(history + 1), t.ShortShape, (ulong)(i == 0 ? 1 : 0));
        output[n++] = FeatureHash.Combine((ulong)T.ShapesLabel, prev.ShortShape, t.ShortShape, l1);
        output[n++] = FeatureHash.Combine((ulong)T.MemoryLabel, (ulong)t.Memory, l1);
        return n;
    }
}
