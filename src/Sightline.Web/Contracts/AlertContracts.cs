using System.Text.Json;
using Sightline.Alerts;
using Sightline.Knowledge;

namespace Sightline.Web.Contracts;

/// <summary>An alert in <c>GET /alerts</c>: the rule that raised it, its subject and summary, its revision and dates,
/// who acknowledged it, and the payload webhooks receive. What it leads to is read out of the payload into typed
/// fields: the meeting event (<c>meeting_id</c>, <c>GET /meetings/{id}</c>) and its date for the meeting rules, the report
/// for a watched mention (<c>document_id</c>), and the entities it is about with their status on the meeting's date.</summary>
public sealed record AlertJson(
    string Id, string Rule, string Subject, string Summary, int Revision, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt, JsonElement Payload, string? MeetingId, string? MeetingDate, string? DocumentId, IReadOnlyList<AlertPartyJson> Parties)
{
    public static AlertJson Of(Alert alert)
    {
        var payload = StoredJson.Element(alert.Payload);
        var meeting = alert.Rule is AlertRules.SanctionedMeeting or AlertRules.WatchedMeeting;
        return new(alert.Id, alert.Rule, alert.Subject, alert.Summary, alert.Revision, alert.RaisedAt, alert.UpdatedAt, alert.AcknowledgedBy, alert.AcknowledgedAt,
            payload, meeting ? Text(payload, "event") : null, meeting ? Text(payload, "date") : null,
            alert.Rule == AlertRules.WatchedMention && Text(payload, "document") is { } key ? StableIds.Document(key) : null, AlertPartyJson.All(payload));
    }

    private static string? Text(JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A party an alert is about: its name, its entity (null for a party the reports name without resolving it),
/// whether the rule fired because of it, and for a meeting its status on the meeting's date (<c>listed</c>,
/// <c>designated_later</c>, <c>unknown</c>, <c>not_listed</c>) and designation date, as they were when the alert was raised.</summary>
public sealed record AlertPartyJson(string Name, string? Id, bool Focus, string? StatusAtDate, string? Designated)
{
    /// <summary>The parties of a meeting alert's payload, or the one entity of a watched-mention or list-change alert.</summary>
    public static IReadOnlyList<AlertPartyJson> All(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object) return [];
        if (payload.TryGetProperty("parties", out var parties) && parties.ValueKind == JsonValueKind.Array)
            return [.. parties.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).Select(p => new AlertPartyJson(
                Text(p, "name") ?? "", Text(p, "id"), p.TryGetProperty("focus", out var focus) && focus.ValueKind == JsonValueKind.True,
                Text(p, "status_at_date"), Text(p, "designated")))];
        return Text(payload, "entity") is { } entity ? [new AlertPartyJson(Text(payload, "name") ?? Text(payload, "entity_name") ?? entity, entity, true, null, null)] : [];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
