namespace Sightline.Knowledge.Storage;

/// <summary>Which alerts have been seen: open ones (not acknowledged since their last news), acknowledged ones, or all.</summary>
public enum AlertState { Open, Acknowledged, All }

/// <summary>
/// Which alerts to read: of one rule or any, in one <see cref="AlertState"/>, last updated on or after
/// <see cref="Since"/> and on or before <see cref="Until"/> (UTC days), and only those a document gave cause for when
/// <see cref="DocumentKey"/> is set: the alerts about the meeting events its claims belong to and about the watched
/// entities it mentions; only the alerts about one meeting event when <see cref="EventId"/> is set.
/// <see cref="Limit"/> 0 reads them all.
/// </summary>
public sealed record AlertQuery
{
    public string? Rule { get; init; }
    public AlertState State { get; init; } = AlertState.Open;
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? DocumentKey { get; init; }
    public string? EventId { get; init; }
    public int Limit { get; init; }
}
