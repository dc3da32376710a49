namespace Sightline.Knowledge.Storage;

/// <summary>
/// What ingesting a report reads and writes: whether and how it is stored already, its row, kept text, mentions, names
/// and claims, the entities it names, and the failure of a report that could not be stored. The writes of one report
/// share the unit of work that stores it (ADR-008); a failure is recorded in a unit of work of its own, in the writer's
/// turn (ADR-028). Looking a report up takes the unit of work it is decided in, or none for a first look before it is
/// read (what is committed).
/// </summary>
public interface IIngestStore
{
    /// <summary>The stored version, status and file of the report with this key, or null when none is stored.</summary>
    StoredDocument? Stored(IKnowledgeUnitOfWork? work, string documentKey);

    /// <summary>The key of an ingested report whose normalised text has this hash, or null.</summary>
    string? KeyOfText(IKnowledgeUnitOfWork? work, string textHash);

    /// <summary>The key of the ingested report, known by its text (<c>text:</c>), that was last read from the file at
    /// <paramref name="location"/>, or null: a new text in that file is a new version of it.</summary>
    string? ContentKeyReadFrom(IKnowledgeUnitOfWork? work, string location);

    /// <summary>Forgets the failures recorded for a file that has now been read: under <paramref name="unreadKey"/> (it
    /// could not be read) or from its <paramref name="location"/> (an earlier text of it could not be stored).</summary>
    void ForgetFailures(IKnowledgeUnitOfWork work, string unreadKey, string location);

    /// <summary>Forgets the diagnostic of an ingested report that was read again without a problem.</summary>
    void ClearDiagnostic(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>Whether the report's normalised text is kept.</summary>
    bool HasText(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>The files of reports whose last ingestion failed or warned, where they were read and as they are shown,
    /// in order.</summary>
    IReadOnlyList<(string Location, string Shown)> FailedFiles();

    /// <summary>Records a failure: a report with a good stored version only gains the diagnostic; otherwise its row is
    /// (re)written as failed.</summary>
    void RecordFailure(IKnowledgeUnitOfWork work, FailedDocument failure);

    /// <summary>Writes the report's row as ingested, replacing an earlier one.</summary>
    void WriteDocument(IKnowledgeUnitOfWork work, IngestedDocument document);

    /// <summary>Keeps the normalised text the report's spans point into, under its stable id.</summary>
    void KeepText(IKnowledgeUnitOfWork work, string documentKey, string documentId, string text);

    /// <summary>The analysts' decisions (status other than unreviewed) on the report's claims, by claim id.</summary>
    IReadOnlyList<(string ClaimId, string Status)> ClaimDecisions(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>The meeting events the report's claims belong to.</summary>
    IReadOnlyList<string> EventsOfDocument(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>The entities the report gives a name, with their kind.</summary>
    IReadOnlyList<(string EntityId, EntityKind Kind)> EntitiesNamedIn(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>Deletes the report's claims, mentions and names (an earlier version's, before the new one is written).</summary>
    void RemoveContent(IKnowledgeUnitOfWork work, string documentKey);

    /// <summary>Whether an analyst confirmed or rejected a link of the entity.</summary>
    bool HasDecidedLinks(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Deletes an entity no report names any more, with its links and name keys.</summary>
    void DeleteEntity(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Stores a report's mentions, each unless one starts at the same place in the same report.</summary>
    void AddMentions(IKnowledgeUnitOfWork work, IReadOnlyList<IngestedMention> mentions);

    /// <summary>Creates the entity unless it exists.</summary>
    void AddEntity(IKnowledgeUnitOfWork work, string entityId, EntityKind kind, string name);

    /// <summary>Records that the report gives the entity this name (<paramref name="norm"/>: its comparable form).</summary>
    void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey);

    /// <summary>Makes the entity findable by these phonetic keys of one of its names.</summary>
    void AddNameKeys(IKnowledgeUnitOfWork work, string entityId, IEnumerable<string> keys);

    /// <summary>Shows the entity under its name of several words that the most reports use (then the longest, then in
    /// ordinal order).</summary>
    void ChooseName(IKnowledgeUnitOfWork work, string entityId);

    /// <summary>Stores a claim; false when the report already holds one with its id.</summary>
    bool AddClaim(IKnowledgeUnitOfWork work, IngestedClaim claim);

    void AddClaimParty(IKnowledgeUnitOfWork work, string claimId, int position, string partyKey, string? entityId, string name, string kind, string via);

    /// <summary>Puts an analyst's decision back on a claim read again.</summary>
    void SetClaimStatus(IKnowledgeUnitOfWork work, string claimId, string status);

    /// <summary>The entities a role claim that is not rejected says held the office (in comparable form) over the whole
    /// of the dates from <paramref name="start"/> to <paramref name="end"/>.</summary>
    IReadOnlyList<string> OfficeHolders(IKnowledgeUnitOfWork work, string office, string start, string end);

    /// <summary>Whether the entity exists (in the unit of work: it may have just been removed).</summary>
    bool EntityExists(IKnowledgeUnitOfWork work, string entityId);
}

/// <summary>What is stored of a report before it is read again: <see cref="Location"/> is the file it was last read from.</summary>
public sealed record StoredDocument
{
    public required string Version { get; init; }
    public required string Status { get; init; }
    public required string Path { get; init; }
    public string? Location { get; init; }
}

/// <summary>The row of an ingested report; <see cref="IngestedAt"/> is ISO 8601 UTC text. <see cref="Path"/> is the file as
/// shown (relative to the folder ingested); <see cref="Location"/> where it was read, kept only to read it again
/// (<c>--retry-failed</c>) and never shown; <see cref="TextHash"/> the hash of its normalised text, by which the same
/// text under another key is found; <see cref="Source"/> the address it gives, if any.</summary>
public sealed record IngestedDocument(string Key, string Version, string Path, string? Title, string? Publisher, string? Published, string? Language, string IngestedAt)
{
    public string? TextHash { get; init; }
    public string? Location { get; init; }
    public string? Source { get; init; }
}

/// <summary>A report that could not be read or stored: its key (<c>file:</c> and the shown path when it could not be
/// read), the version read (empty when none), the file as shown and where it lies, the diagnostic and when.</summary>
public sealed record FailedDocument(string Key, string Version, string Path, string Location, string Diagnostic, string At);

/// <summary>A name mention of a report: its span, type, text, sentence, chain, and the entity its chain resolved to.</summary>
public sealed record IngestedMention(string DocumentKey, int Start, int End, string Type, string Text, int Sentence, int Chain, string? EntityId);

/// <summary>A claim as ingestion stores it: what it is about, its label (and office in comparable form), its date as
/// reported and as day bounds, its evidence span, who asserts it, its confidence and its JSON payload.</summary>
public sealed record IngestedClaim(string Id, string DocumentKey, string Kind, string? SubjectId, string? ObjectId, string? Label, string? LabelNorm,
    string? DateValue, string? DateStart, string? DateEnd, int Sentence, int Start, int End, string Evidence, string AttributedTo, double Confidence, string Payload);
