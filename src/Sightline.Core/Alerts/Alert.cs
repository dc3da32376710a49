namespace Sightline.Alerts;

/// <summary>
/// Something an analyst should look at, raised by a rule about a subject: a meeting event, a watched entity in a
/// document, or a list change. One alert per rule and subject; news about the same subject (a second report of the same
/// meeting) raises its <see cref="Revision"/>. <see cref="Payload"/> is the JSON delivered to webhooks.
/// </summary>
public sealed record Alert(
    string Id, string Rule, string Subject, string Summary, string Payload, int Revision,
    DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt);

/// <summary>The rules that raise alerts.</summary>
public static class AlertRules
{
    /// <summary>A meeting event in which a party was on a list on the meeting's date.</summary>
    public const string SanctionedMeeting = "sanctioned-meeting";

    /// <summary>A meeting event in which a watched entity took part.</summary>
    public const string WatchedMeeting = "watched-meeting";

    /// <summary>A document that mentions a watched entity.</summary>
    public const string WatchedMention = "watched-mention";

    /// <summary>A new list version adds an entry that an entity of the knowledge base is linked to.</summary>
    public const string Designated = "designated";

    /// <summary>A new list version removes an entry that an entity of the knowledge base was linked to.</summary>
    public const string Delisted = "delisted";

    /// <summary>Every rule, in the order above.</summary>
    public static readonly IReadOnlyList<string> All = [SanctionedMeeting, WatchedMeeting, WatchedMention, Designated, Delisted];
}
