using System.Text.Json;
using Sightline.Names;

namespace Sightline.Screening;

/// <summary>
/// Writes screening results as JSON, one object a query:
/// <c>{"query": "...", "results": [{"list": "us_ofac_sdn", "list_id": "28004", "name": "AL-KHAZALI, Qais",
/// "schema": "Person", "score": 0.97, "match": true, "ambiguous": false, "explanation": {...}}]}</c>.
/// <c>list_id</c> is the authority's own id; property names are snake_case and stable.
/// </summary>
public static class ScreeningJson
{
    public static void Write(Utf8JsonWriter json, string query, IReadOnlyList<ScreeningResult> results, int? line = null, string? error = null)
    {
        json.WriteStartObject();
        if (line is { } l) json.WriteNumber("line", l);
        json.WriteString("query", query);
        if (error is not null) json.WriteString("error", error);
        json.WriteStartArray("results");
        foreach (var result in results) WriteResult(json, result);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ScreeningResult result)
    {
        var entry = result.Entry;
        json.WriteStartObject();
        json.WriteString("list", entry.List);
        json.WriteString("list_id", entry.Id);
        json.WriteString("name", entry.Name);
        json.WriteString("schema", entry.Schema.ToString());
        json.WriteNumber("score", result.Score);
        json.WriteBoolean("match", result.Match);
        json.WriteBoolean("ambiguous", result.Ambiguous);
        WriteStrings(json, "programs", entry.Programs);
        WriteExplanation(json, result.Explanation);
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, Explanation e)
    {
        json.WriteStartObject("explanation");
        json.WriteString("matched_name", e.MatchedName);
        json.WriteString("matched_name_kind", Snake(e.MatchedNameKind.ToString()));
        json.WriteNumber("name_score", e.NameScore);
        json.WriteStartArray("tokens");
        foreach (var t in e.Tokens)
        {
            json.WriteStartObject();
            json.WriteString("query", t.Query);
            json.WriteString("list", t.List);
            json.WriteString("how", Snake(t.How.ToString()));
            json.WriteNumber("similarity", t.Similarity);
            json.WriteNumber("weight", t.Weight);
            json.WriteString("query_key", t.QueryKey);
            json.WriteString("list_key", t.ListKey);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "unmatched_query_tokens", e.UnmatchedQueryTokens);
        WriteStrings(json, "unmatched_list_tokens", e.UnmatchedListTokens);
        WriteStrings(json, "ignored_query_words", e.IgnoredQueryWords);
        json.WriteStartArray("qualifiers");
        foreach (var q in e.Qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("qualifier", q.Qualifier);
            json.WriteString("query", q.Query);
            json.WriteString("list", q.List);
            json.WriteNumber("change", q.Change);
            json.WriteBoolean("supports", q.Supports);
            json.WriteString("note", q.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (e.AmbiguousBecause is { } reason) json.WriteString("ambiguous_because", reason);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static string Snake(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
