using System.Text.Json.Serialization;

namespace Sightline.Web.Match;

/// <summary>The body of <c>POST /match/{dataset}</c>, in OpenSanctions yente's shape: named queries, each an entity
/// example with a schema and FollowTheMoney properties (<c>name</c>, <c>alias</c>, <c>birthDate</c>,
/// <c>nationality</c>, <c>country</c>).</summary>
public sealed record MatchRequest(IReadOnlyDictionary<string, EntityExample>? Queries);

/// <summary>One query: what is known of the party to screen.</summary>
public sealed record EntityExample(string? Schema, IReadOnlyDictionary<string, IReadOnlyList<string>>? Properties);

/// <summary>The answer: one response per query, keyed as the queries were, and the limit applied.</summary>
public sealed record MatchResponse(IReadOnlyDictionary<string, QueryResponse> Responses, MatcherInfo Matcher, int Limit);

/// <summary>The algorithm that scored the results.</summary>
public sealed record MatcherInfo(string Name, string Description);

/// <summary>One query's answer: <see cref="Status"/> 200 with results, or 400 with <see cref="Detail"/> saying what to fix.</summary>
public sealed record QueryResponse(int Status, IReadOnlyList<MatchResult> Results, MatchTotal Total, EntityExample Query, string? Detail = null);

/// <summary>How many results there were before the limit (yente's <c>{"value", "relation"}</c>).</summary>
public sealed record MatchTotal(int Value, string Relation);

/// <summary>A list entry that may be the queried party: its FollowTheMoney properties, the list it is on (its
/// dataset), the score, whether it passes the threshold, and why.</summary>
public sealed record MatchResult(
    string Id, string Caption, string Schema, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, IReadOnlyList<string> Datasets,
    double Score, bool Match, IReadOnlyList<string> Explanations, [property: JsonPropertyName("target")] bool Target = true);
