namespace Sightline.Knowledge.Ingest;

/// <summary>What ingesting one document did.</summary>
public enum IngestResult { Added, Replaced, Unchanged, Failed }

/// <summary>One document's outcome: its key, the file it came from, what happened, and the diagnostic when it failed;
/// for a message of a Telegram export, which message of how many it was.</summary>
public sealed record IngestOutcome(string Key, string Path, IngestResult Result, string? Diagnostic = null, int Meetings = 0)
{
    public MessagePosition? Message { get; init; }

    /// <summary>The document failed because it ran out of its time budget, which includes its wait for the writer's
    /// turn: trying it again later, when no other writer holds the turn as long, may store it.</summary>
    public bool OutOfTime { get; init; }
}

/// <summary>Message <paramref name="Index"/> of the <paramref name="Count"/> an export holds.</summary>
public sealed record MessagePosition(int Index, int Count);
