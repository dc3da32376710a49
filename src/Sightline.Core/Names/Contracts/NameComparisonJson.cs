using System.Text.Json.Serialization;

namespace Sightline.Names.Contracts;

/// <summary>Two names compared, as <c>names compare --json</c> and <c>POST /compare</c> give it; <c>line</c> is the
/// input line in a batch, and <c>conflict</c> is left out when there is none (neither is <c>required</c>, so the
/// OpenAPI document does not list them as required).</summary>
public sealed record NameComparisonJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    public required string A { get; init; }
    public required string B { get; init; }
    public required double Score { get; init; }
    public required string Decision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Conflict { get; init; }

    public required IReadOnlyList<TokenPairJson> Tokens { get; init; }
    public required IReadOnlyList<string> UnmatchedA { get; init; }
    public required IReadOnlyList<string> UnmatchedB { get; init; }
    public required IReadOnlyList<string> SetAsideA { get; init; }
    public required IReadOnlyList<string> SetAsideB { get; init; }

    public static NameComparisonJson Of(NamePairComparison c, int? line = null) => new()
    {
        Line = line, A = c.A, B = c.B, Score = c.Score, Decision = c.Decision, Conflict = c.Conflict,
        Tokens = [.. c.Tokens.Select(t => new TokenPairJson(t.A, t.B, t.How.ToString().ToLowerInvariant(), t.Similarity))],
        UnmatchedA = c.UnmatchedA, UnmatchedB = c.UnmatchedB, SetAsideA = c.SetAsideA, SetAsideB = c.SetAsideB,
    };
}

/// <summary>A token of each name, paired: <c>how</c> is <c>exact</c>, <c>phonetic</c>, <c>spelling</c>, … .</summary>
public sealed record TokenPairJson(string A, string B, string How, double Similarity);

/// <summary>A row of a batch of pairs that could not be read, with its line and why.</summary>
public sealed record UnreadPairJson(int Line, string Error);
