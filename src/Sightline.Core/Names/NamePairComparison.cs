namespace Sightline.Names;

/// <summary>Two names compared on their own, for an analyst asking why they match or not: the score, the decision,
/// and each token pair with how it was matched. Every token weighs the same here (screening weighs tokens by how rare
/// they are in the lists).</summary>
/// <param name="Decision"><c>match</c> when the score reaches the threshold with no conflict, else <c>no match</c>.</param>
public sealed record NamePairComparison(string A, string B, double Score, string Decision, string? Conflict,
    IReadOnlyList<AlignedTokens> Tokens, IReadOnlyList<string> UnmatchedA, IReadOnlyList<string> UnmatchedB, IReadOnlyList<string> SetAsideA, IReadOnlyList<string> SetAsideB)
{
    public const double Threshold = 0.7;

    public static NamePairComparison Compare(string a, string b)
    {
        var left = NameParser.Parse(a);
        var right = NameParser.Parse(b);
        var comparison = NameComparison.Compare(left.Tokens, Ones(left.Tokens.Count), right.Tokens, Ones(right.Tokens.Count));
        var score = Math.Round(comparison.Score, 4);
        var tokens = comparison.Pairs.Select(p => new AlignedTokens(left.Tokens[p.QueryToken].Original, right.Tokens[p.ListToken].Original,
            p.Similarity.How, Math.Round(p.Similarity.Score, 3))).ToList();
        return new NamePairComparison(a, b, score, score >= Threshold && comparison.Conflict is null ? "match" : "no match", comparison.Conflict, tokens,
            Unmatched(left, comparison.Pairs.Select(p => p.QueryToken)), Unmatched(right, comparison.Pairs.Select(p => p.ListToken)),
            SetAside(left), SetAside(right));
    }

    private static double[] Ones(int count) => Enumerable.Repeat(1.0, count).ToArray();

    private static List<string> Unmatched(ParsedName name, IEnumerable<int> paired)
    {
        var used = paired.ToHashSet();
        return name.Tokens.Where((t, i) => !used.Contains(i) && !t.Optional).Select(t => t.Original).ToList();
    }

    private static List<string> SetAside(ParsedName name) =>
        name.Ignored.Concat(name.Tokens.Where(t => t.Optional).Select(t => $"{t.Original} (title)")).ToList();
}

/// <summary>One token of each name, paired, with how they matched and how closely.</summary>
public sealed record AlignedTokens(string A, string B, TokenMatchKind How, double Similarity);
