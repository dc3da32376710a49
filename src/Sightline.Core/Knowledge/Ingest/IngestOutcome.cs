namespace Sightline.Knowledge.Ingest;

/// <summary>What ingesting one document did.</summary>
public enum IngestResult { Added, Replaced, Unchanged, Failed }

/// <summary>One document's outcome: its key, the file it came from, what happened, and the diagnostic when it failed.</summary>
public sealed record IngestOutcome(string Key, string Path, IngestResult Result, string? Diagnostic = null, int Meetings = 0);
