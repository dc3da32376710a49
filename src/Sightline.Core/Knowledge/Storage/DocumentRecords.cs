namespace Sightline.Knowledge.Storage;

/// <summary>A report in the list of reports: <see cref="Id"/> is null when its text was not kept; <see cref="Path"/> is the
/// file it was read from, relative to the folder ingested; <see cref="SourceUrl"/> the address it gives.</summary>
public sealed record DocumentListing
{
    public required string Key { get; init; }
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public string? SourceUrl { get; init; }
    public string? Path { get; init; }
    public required string Status { get; init; }
    public string? Diagnostic { get; init; }
    public int Claims { get; init; }

    /// <summary>The alerts the report gave cause for, acknowledged or not (ADR-033).</summary>
    public int Alerts { get; init; }
}

/// <summary>A report with its kept text and what is known of it.</summary>
public sealed record DocumentText
{
    public required string Key { get; init; }
    public required string Version { get; init; }
    public required string Path { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public string? SourceUrl { get; init; }
    public string? Language { get; init; }
    public required string Status { get; init; }
    public string? Diagnostic { get; init; }
    public required string IngestedAt { get; init; }
    public required string Text { get; init; }
}

/// <summary>A name mention: its character span, type, sentence and the entity it was resolved to.</summary>
public sealed record DocumentMention
{
    public int Start { get; init; }
    public int End { get; init; }
    public required string Type { get; init; }
    public required string Text { get; init; }
    public int Sentence { get; init; }
    public string? EntityId { get; init; }
}

/// <summary>A stored claim of a report with its span, evidence, status, JSON payload and meeting event.</summary>
public sealed record DocumentClaim
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? Label { get; init; }
    public string? SubjectId { get; init; }
    public string? ObjectId { get; init; }
    public string? EventId { get; init; }
    public string? Date { get; init; }
    public int Sentence { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public required string Evidence { get; init; }
    public required string AttributedTo { get; init; }
    public double Confidence { get; init; }
    public required string Status { get; init; }
    public required string Payload { get; init; }
}

/// <summary>What one report gave the knowledge base: mentions, claims by kind (in kind order) and named entities
/// (in name order).</summary>
public sealed record DocumentExtraction(int Mentions, IReadOnlyList<(string Kind, int Count)> Claims, IReadOnlyList<(string Id, string Name)> Entities);

/// <summary>A report's key and the path it was read from.</summary>
public sealed record DocumentPath(string Key, string Path);
