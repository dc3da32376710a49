using System.Text.Json;
using Sightline.Knowledge.Storage;
using Sightline.Lists;
using Sightline.Lists.Model;

namespace Sightline.Alerts.Contracts;

/// <summary>The payload of a list-change alert (<see cref="AlertRules.Designated"/>, <see cref="AlertRules.Delisted"/>):
/// the list versions compared, the linked entity, and the entry added or removed as the list store keeps it
/// (<see cref="EntryJson"/>).</summary>
public sealed record ListChangeAlertJson(
    string Rule, string List, int FromVersion, int ToVersion, string ListAsOf, string Entity, string EntityName, string LinkState, string Change, JsonElement Entry)
{
    public static ListChangeAlertJson Of(string rule, ListVersion to, int fromNumber, ListLinkRow link, ListEntry entry) => new(
        rule, to.List, fromNumber, to.Number, to.AsOf.ToString("yyyy-MM-dd"), link.EntityId, link.Name, link.State,
        rule == AlertRules.Designated ? "added" : "removed", JsonSerializer.SerializeToElement(entry, EntryJson.Options));
}
