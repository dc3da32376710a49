using System.Text.Json;
using Sightline.Alerts;

namespace Sightline.Web.Contracts;

/// <summary>An alert in <c>GET /alerts</c>: the rule that raised it, its subject and summary, its revision and dates,
/// who acknowledged it, and the payload webhooks receive.</summary>
public sealed record AlertJson(
    string Id, string Rule, string Subject, string Summary, int Revision, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt, JsonElement Payload)
{
    public static AlertJson Of(Alert alert) =>
        new(alert.Id, alert.Rule, alert.Subject, alert.Summary, alert.Revision, alert.RaisedAt, alert.UpdatedAt, alert.AcknowledgedBy, alert.AcknowledgedAt,
            StoredJson.Element(alert.Payload));
}
