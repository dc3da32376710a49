using Sightline.Knowledge.Storage;

namespace Sightline.Alerts.Contracts;

/// <summary>The payload of a <see cref="AlertRules.WatchedMention"/> alert: the watched entity, the document that
/// mentions it and how often.</summary>
public sealed record WatchedMentionAlertJson(string Rule, string Entity, string Name, string Document, string? Title, string? Publisher, int Mentions)
{
    public static WatchedMentionAlertJson Of(WatchedMention mention, string documentKey) =>
        new(AlertRules.WatchedMention, mention.Id, mention.Name, documentKey, mention.Title, mention.Publisher, mention.Mentions);
}
