using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Claims;

namespace Sightline.Knowledge;

/// <summary>The part of a claim that has no column of its own, kept as a small JSON object on the claim's row.</summary>
public static class ClaimPayload
{
    public static string Of(MeetingClaim meeting) => new JsonObject
    {
        ["kind"] = meeting.Kind.Name(),
        ["place"] = meeting.Place,
        ["recurrence"] = meeting.Recurrence,
        ["reporting_verb"] = meeting.AttributedTo.Verb,
        ["responses"] = new JsonArray(meeting.Responses.Select(r => (JsonNode?)r).ToArray()),
    }.ToJsonString();

    public static string Of(RoleClaim role) => new JsonObject
    {
        ["role"] = role.Role, ["organization"] = role.Organization, ["as_of"] = role.AsOf, ["person"] = role.Person,
    }.ToJsonString();

    public static string Of(FamilyClaim family) => new JsonObject
    {
        ["person"] = family.Person, ["relation"] = family.Relation, ["relative"] = family.Relative,
    }.ToJsonString();

    public static string Of(SanctionsStatement statement) => new JsonObject
    {
        ["name"] = statement.Name,
        ["authority"] = statement.Authority,
        ["bases"] = new JsonArray(statement.Bases.Select(b => (JsonNode?)b).ToArray()),
        ["programs"] = new JsonArray(statement.Programs.Select(p => (JsonNode?)p).ToArray()),
    }.ToJsonString();

    public static List<string> Programs(string payload) => Strings(payload, "programs");

    public static List<string> Bases(string payload) => Strings(payload, "bases");

    public static string? Field(string payload, string name) =>
        JsonNode.Parse(payload)?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<string> Strings(string payload, string name) =>
        JsonNode.Parse(payload)?[name] is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToList() : [];

    /// <summary>The JSON of a payload, for callers that write it out as is.</summary>
    public static JsonElement Element(string payload) => JsonDocument.Parse(payload).RootElement.Clone();
}
