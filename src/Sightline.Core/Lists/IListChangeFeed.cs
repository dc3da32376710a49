namespace Sightline.Lists;

/// <summary>
/// Tells a process that keeps the active lists in memory (a serve node's names index) when another process may have
/// changed them: a list import, or the activation of another version, committed by another node or by the command line.
/// A signal is a hint, never the change itself: the holder reads the active versions again and reloads only when they
/// differ from what it holds, so a signal too many costs one small read and a missed one is made good by the next
/// (ADR-042). Opened by <c>Stores.WatchLists</c>; used from one thread at a time.
/// </summary>
public interface IListChangeFeed : IDisposable
{
    /// <summary>Completes when the active lists may have changed since the previous call returned (or since the feed was
    /// opened): a notice of a committed change, the feed listening again after it lost its connection (a notice may have
    /// been missed meanwhile), or the period of a polled store elapsed.</summary>
    Task<ListChangeSignal> NextAsync(CancellationToken cancel);
}

/// <summary>Why the active lists may have changed, in words a log line can carry (<c>notified: ofac-sdn version 12</c>).</summary>
public sealed record ListChangeSignal(string Why);
