namespace Sightline.Names;

/// <summary>A query token paired with a list-name token.</summary>
public sealed record TokenPair(int QueryToken, int ListToken, TokenSimilarity Similarity);

/// <summary>
/// How well a query name covers a list name. Tokens are paired one to one, best pairs first, in any order; each side's
/// coverage is the rarity-weighted share of its tokens that found a partner, times the partner's similarity. An optional
/// token (an honorific) left without a partner is not counted at all.
/// </summary>
/// <param name="Score">In [0, 1]: <see cref="QueryWeight"/> × query coverage + the rest × list coverage. The query
/// counts more, because list names carry patronymics and tribal names a searcher rarely types.</param>
public sealed record NameComparison(double Score, double QueryCoverage, double ListCoverage, IReadOnlyList<TokenPair> Pairs)
{
    public const double QueryWeight = 0.75;

    /// <summary>Compares two parsed names whose tokens carry the given rarity weights.</summary>
    public static NameComparison Compare(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights,
        IReadOnlyList<NameToken> listed, ReadOnlySpan<double> listedWeights)
    {
        var candidates = new List<TokenPair>(query.Count * listed.Count);
        for (var q = 0; q < query.Count; q++)
            for (var n = 0; n < listed.Count; n++)
                if (TokenSimilarity.Compare(query[q], listed[n]) is { } similarity)
                    candidates.Add(new TokenPair(q, n, similarity));
        candidates.Sort((a, b) => b.Similarity.Score.CompareTo(a.Similarity.Score));

        var pairs = new List<TokenPair>(Math.Min(query.Count, listed.Count));
        Span<bool> queryUsed = stackalloc bool[query.Count];
        Span<bool> listedUsed = stackalloc bool[listed.Count];
        double queryCovered = 0, listedCovered = 0;
        foreach (var pair in candidates)
        {
            if (queryUsed[pair.QueryToken] || listedUsed[pair.ListToken]) continue;
            queryUsed[pair.QueryToken] = listedUsed[pair.ListToken] = true;
            pairs.Add(pair);
            queryCovered += pair.Similarity.Score * queryWeights[pair.QueryToken];
            listedCovered += pair.Similarity.Score * listedWeights[pair.ListToken];
        }

        var queryCoverage = queryCovered / Total(query, queryWeights, queryUsed);
        var listCoverage = listedCovered / Total(listed, listedWeights, listedUsed);
        var score = QueryWeight * queryCoverage + (1 - QueryWeight) * listCoverage;
        pairs.Sort((a, b) => a.QueryToken.CompareTo(b.QueryToken));
        return new NameComparison(Math.Clamp(score, 0, 1), queryCoverage, listCoverage, pairs);
    }

    /// <summary>The weight a side's coverage is measured against: every token but the optional ones left unmatched.</summary>
    private static double Total(IReadOnlyList<NameToken> tokens, ReadOnlySpan<double> weights, ReadOnlySpan<bool> used)
    {
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
            if (used[i] || !tokens[i].Optional) sum += weights[i];
        return sum > 0 ? sum : 1;
    }
}
