namespace Sightline.Knowledge.Storage;

/// <summary>
/// What analysts' notes and cases read and write (ADR-036): notes on an entity, a meeting or a report with every earlier
/// text kept, and named cases with their members. Writes run in the caller's unit of work, so a change and its audit
/// record land together; reads of what the same unit of work may have written take it too.
/// </summary>
public interface ICaseworkStore
{
    /// <summary>The label a page shows for an entity (its name), a meeting (kind, date, place) or a report (title or
    /// path) with this id, or null when the knowledge base has no such thing.</summary>
    string? Label(IKnowledgeUnitOfWork? work, string kind, string id);

    /// <summary>Stores a new note and its first revision.</summary>
    void AddNote(IKnowledgeUnitOfWork work, NoteRow note);

    /// <summary>A note by id, deleted or not; null when there is none.</summary>
    NoteRow? Note(IKnowledgeUnitOfWork? work, string noteId);

    /// <summary>Replaces a note's text and keeps it as its next revision.</summary>
    void ReviseNote(IKnowledgeUnitOfWork work, string noteId, string text, string author, string at);

    /// <summary>Marks a note deleted; its revisions stay.</summary>
    void DeleteNote(IKnowledgeUnitOfWork work, string noteId, string user, string at);

    /// <summary>The notes not deleted on any of <paramref name="targets"/>, oldest first.</summary>
    IReadOnlyList<NoteRow> NotesOn(IReadOnlyCollection<string> targets);

    /// <summary>Every text a note has had, first first.</summary>
    IReadOnlyList<NoteRevisionRow> Revisions(string noteId);

    void CreateCase(IKnowledgeUnitOfWork work, CaseRow row);

    /// <summary>A case by its id or (ignoring case) its name; null when there is none.</summary>
    CaseRow? Case(IKnowledgeUnitOfWork? work, string idOrName);

    /// <summary>Every case with its member counts, by name; only those holding <paramref name="member"/> when given.</summary>
    IReadOnlyList<CaseRow> Cases(string? member);

    /// <summary>Adds a member; false when the case already holds it.</summary>
    bool AddMember(IKnowledgeUnitOfWork work, CaseMemberRow member);

    /// <summary>Removes a member; false when the case did not hold it.</summary>
    bool RemoveMember(IKnowledgeUnitOfWork work, string caseId, string member);

    /// <summary>A case's members with their labels, entities first, each kind in the order they were added.</summary>
    IReadOnlyList<CaseMemberRow> Members(string caseId);
}

/// <summary>A note as stored. Times are ISO 8601 UTC; <see cref="TargetKind"/> is <c>entity</c>, <c>meeting</c> or <c>document</c>.</summary>
public sealed record NoteRow
{
    public required string Id { get; init; }
    public required string TargetKind { get; init; }
    public required string Target { get; init; }
    public required string Text { get; init; }
    public required string Author { get; init; }
    public required string CreatedAt { get; init; }
    public string? EditedBy { get; init; }
    public string? EditedAt { get; init; }
    public string? DeletedBy { get; init; }
    public string? DeletedAt { get; init; }
}

/// <summary>One text a note had: revision 1 is the text it was written with.</summary>
public sealed record NoteRevisionRow
{
    public int Revision { get; init; }
    public required string Text { get; init; }
    public required string Author { get; init; }
    public required string WrittenAt { get; init; }
}

/// <summary>A case as stored, with how many entities, reports and meetings it holds (0 when written).</summary>
public sealed record CaseRow
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string CreatedBy { get; init; }
    public required string CreatedAt { get; init; }
    public int Entities { get; init; }
    public int Documents { get; init; }
    public int Meetings { get; init; }
}

/// <summary>One member of a case: an entity, a meeting or a report by its page id, with its label when read.</summary>
public sealed record CaseMemberRow
{
    public required string CaseId { get; init; }
    public required string Member { get; init; }
    public required string Kind { get; init; }
    public required string AddedBy { get; init; }
    public required string AddedAt { get; init; }
    public string? Label { get; init; }
}
