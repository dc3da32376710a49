using System.Text.Json;
using Sightline.Alerts;
using Sightline.Review;

namespace Sightline.Cli.Contracts;

/// <summary>An alert as <c>alerts --json</c> prints it, one a line, with the payload webhooks receive as <c>alert</c>.</summary>
internal sealed record AlertLineJson(
    string Id, string Rule, int Revision, string Summary, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt, JsonElement Alert)
{
    public static AlertLineJson Of(Alert alert)
    {
        using var payload = JsonDocument.Parse(alert.Payload);
        return new(alert.Id, alert.Rule, alert.Revision, alert.Summary, alert.RaisedAt, alert.UpdatedAt, alert.AcknowledgedBy, alert.AcknowledgedAt,
            payload.RootElement.Clone());
    }
}

/// <summary>A link waiting for review as <c>review queue --json</c> prints it; <c>tier</c> is <c>probable</c> or null.</summary>
internal sealed record QueuedLinkLineJson(
    string EntityId, string Entity, string List, string ListId, string EntryName, string? Tier, string State, double Score, string Reason,
    int AlertedMeetings, int Meetings)
{
    public static QueuedLinkLineJson Of(QueuedLink q) =>
        new(q.EntityId, q.EntityName, q.List, q.ListId, q.EntryName, q.State == "probable" ? q.State : null, q.State, Math.Round(q.Score, 4), q.Reason,
            q.AlertedMeetings, q.Meetings);
}

/// <summary>A review decision as <c>audit --json</c> prints it.</summary>
internal sealed record DecisionLineJson(long Id, string Action, string Target, string Detail, string User, string Reason, DateTimeOffset DecidedAt)
{
    public static DecisionLineJson Of(Decision d) => new(d.Id, d.Action, d.Target, d.Detail, d.User, d.Reason, d.DecidedAt);
}
