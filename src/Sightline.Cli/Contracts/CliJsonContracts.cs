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

/// <summary>A report as <c>documents --json</c> prints it, one a line: its id (<c>D-…</c>), key, how it is shown and what it gave.</summary>
internal sealed record DocumentLineJson(
    string Id, string Key, string? Title, string? Outlet, string? Published, string? SourceUrl, string? Path, string Status, int Claims, int Alerts)
{
    public static DocumentLineJson Of(Sightline.Knowledge.Storage.DocumentListing d) =>
        new(d.Id ?? Sightline.Knowledge.StableIds.Document(d.Key), d.Key, d.Title, d.Publisher, d.Published, d.SourceUrl, d.Path, d.Status, d.Claims, d.Alerts);
}
