using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Screening.Contracts;

/// <summary>
/// One query's screening results, as <c>screen --json</c>, batch screening and <c>POST /screen</c> give them:
/// <c>{"query": "...", "results": [{"list": "us_ofac_sdn", "list_id": "28004", "name": "AL-KHAZALI, Qais",
/// "schema": "Person", "score": 0.97, "match": true, "ambiguous": false, "explanation": {...}}]}</c>. <c>line</c> (the
/// input line of a batch) and <c>error</c> (why a row could not be screened) are left out when there are none.
/// </summary>
public sealed record ScreeningAnswerJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    public required string Query { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    public required IReadOnlyList<ScreeningResultJson> Results { get; init; }

    public static ScreeningAnswerJson Of(string query, IReadOnlyList<ScreeningResult> results, int? line = null, string? error = null) =>
        new() { Line = line, Query = query, Error = error, Results = [.. results.Select(ScreeningResultJson.Of)] };
}

/// <summary>A list entry the query may name; <c>list_id</c> is the authority's own id.</summary>
public sealed record ScreeningResultJson(
    string List, string ListId, string Name, string Schema, double Score, bool Match, bool Ambiguous, IReadOnlyList<string> Programs,
    ExplanationJson Explanation)
{
    public static ScreeningResultJson Of(ScreeningResult result) =>
        new(result.Entry.List, result.Entry.Id, result.Entry.Name, result.Entry.Schema.ToString(), result.Score, result.Match, result.Ambiguous,
            result.Entry.Programs, ExplanationJson.Of(result.Explanation));
}

/// <summary>Why the result scored what it did; <c>ambiguous_because</c> is left out when the query was not ambiguous, and
/// <c>same_party_as</c> unless the result is another list's entry for the party the query met (ADR-047).</summary>
public sealed record ExplanationJson
{
    public required string MatchedName { get; init; }
    public required string MatchedNameKind { get; init; }
    public required double NameScore { get; init; }
    public required IReadOnlyList<TokenMatchJson> Tokens { get; init; }
    public required IReadOnlyList<string> UnmatchedQueryTokens { get; init; }
    public required IReadOnlyList<string> UnmatchedListTokens { get; init; }
    public required IReadOnlyList<string> IgnoredQueryWords { get; init; }
    public required IReadOnlyList<QualifierJson> Qualifiers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AmbiguousBecause { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamePartyJson? SamePartyAs { get; init; }

    public static ExplanationJson Of(Explanation e) => new()
    {
        MatchedName = e.MatchedName, MatchedNameKind = Snake(e.MatchedNameKind.ToString()), NameScore = e.NameScore,
        Tokens = [.. e.Tokens.Select(t => new TokenMatchJson(t.Query, t.List, Snake(t.How.ToString()), t.Similarity, t.Weight, t.QueryKey, t.ListKey))],
        UnmatchedQueryTokens = e.UnmatchedQueryTokens, UnmatchedListTokens = e.UnmatchedListTokens, IgnoredQueryWords = e.IgnoredQueryWords,
        Qualifiers = [.. e.Qualifiers.Select(q => new QualifierJson(q.Qualifier, q.Query, q.List, q.Change, q.Supports, q.Note))],
        AmbiguousBecause = e.AmbiguousBecause,
        SamePartyAs = e.SameParty is { } same ? new SamePartyJson(same.List, same.Id, same.SharedName) : null,
    };

    private static string Snake(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}

/// <summary>The entry the query met (whose tokens the explanation shows) and the name it and this result's entry both give.</summary>
public sealed record SamePartyJson(string List, string ListId, string SharedName);

/// <summary>A query token and the list token it met, how, and the query token's rarity weight.</summary>
public sealed record TokenMatchJson(string Query, string List, string How, double Similarity, double Weight, string QueryKey, string ListKey);

/// <summary>What a qualifier (<c>birth_date</c>, <c>country</c>, <c>type</c>) did to the score.</summary>
public sealed record QualifierJson(string Qualifier, string Query, string List, double Change, bool Supports, string Note);
