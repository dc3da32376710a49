namespace Sightline.Analysis.Tagging;

/// <summary>The hashed facts of one token that the features combine, computed once a token.</summary>
internal struct TokenView
{
    public ulong Word, Lower, Shape, ShortShape, Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4;
    public int Length;
    public GazetteerFlags Gazetteer;
    public int Memory;

    /// <summary>Bit 1: the lower-case form occurs in lower case elsewhere in the document; bit 2: the word occurs
    /// capitalised mid-sentence elsewhere. Only set for capitalised words.</summary>
    public int CaseElsewhere;

    public static readonly TokenView Start = Boundary("<s>");
    public static readonly TokenView End = Boundary("</s>");

    public static TokenView Of(string word, Gazetteer gazetteer, EntityMemory memory)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        word.AsSpan(0, lower.Length).ToLowerInvariant(lower);
        Span<char> shape = stackalloc char[Math.Min(word.Length, 16)];
        Span<char> shortShape = stackalloc char[16];
        var shortLength = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k < shape.Length) shape[k] = s;
            if ((shortLength == 0 || shortShape[shortLength - 1] != s) && shortLength < shortShape.Length) shortShape[shortLength++] = s;
        }
        return new TokenView
        {
            Word = FeatureHash.Of(word),
            Lower = FeatureHash.Of(lower),
            Shape = FeatureHash.Of(shape),
            ShortShape = FeatureHash.Of(shortShape[..shortLength]),
            Prefix1 = FeatureHash.Of(lower[..Math.Min(1, lower.Length)]),
            Prefix2 = FeatureHash.Of(lower[..Math.Min(2, lower.Length)]),
            Prefix3 = FeatureHash.Of(lower[..Math.Min(3, lower.Length)]),
            Prefix4 = FeatureHash.Of(lower[..Math.Min(4, lower.Length)]),
            Suffix1 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 1)..]),
            Suffix2 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 2)..]),
            Suffix3 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 3)..]),
            Suffix4 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 4)..]),
            Length = word.Length,
            Gazetteer = gazetteer.Lookup(word),
            Memory = memory.Lookup(word),
        };
    }

    private static TokenView Boundary(string marker)
    {
        var hash = FeatureHash.Of(marker);
        return new TokenView { Word = hash, Lower = hash, Shape = hash, ShortShape = hash };
    }
}

/// <summary>A sentence as the tagger sees it: its token views, and whether it is a headline (no lower-case word).</summary>
internal sealed record SentenceView(TokenView[] Tokens, string[] Words, bool IsHeadline);
