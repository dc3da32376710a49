using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="ICaseworkStore"/> on <c>kb_notes</c>, <c>kb_note_revisions</c>, <c>kb_cases</c> and
/// <c>kb_case_members</c> (SQLite's migration 12, PostgreSQL's 1).</summary>
internal sealed class RelationalCaseworkStore(RelationalConnection db) : ICaseworkStore
{
    private readonly DbConnection connection = db.Connection;

    private const string NoteColumns =
        "id AS Id, target_kind AS TargetKind, target AS Target, text AS Text, author AS Author, created_at AS CreatedAt, " +
        "edited_by AS EditedBy, edited_at AS EditedAt, deleted_by AS DeletedBy, deleted_at AS DeletedAt";

    /// <summary>The label of <c>m.member</c> by its kind, as <see cref="Label"/> reads it.</summary>
    private const string MemberLabel =
        """
        CASE m.kind
            WHEN 'entity' THEN (SELECT name FROM kb_entities WHERE id = m.member)
            WHEN 'meeting' THEN (SELECT kind || coalesce(' ' || date_value, '') || coalesce(', ' || place, '') FROM kb_events WHERE id = m.member)
            ELSE (SELECT coalesce(nullif(d.title, ''), d.path) FROM kb_document_texts t JOIN kb_documents d ON d.key = t.document_key WHERE t.id = m.member)
        END
        """;

    private DbTransaction? In(IKnowledgeUnitOfWork? work) => db.In(work);

    public string? Label(IKnowledgeUnitOfWork? work, string kind, string id) =>
        connection.QueryFirstOrDefault<string>($"SELECT {MemberLabel} FROM (SELECT @kind AS kind, @id AS member) m", new { kind, id }, In(work));

    public void AddNote(IKnowledgeUnitOfWork work, NoteRow note)
    {
        var transaction = In(work);
        connection.Execute(
            """
            INSERT INTO kb_notes (id, target_kind, target, text, author, created_at) VALUES (@Id, @TargetKind, @Target, @Text, @Author, @CreatedAt);
            INSERT INTO kb_note_revisions (note_id, revision, text, author, written_at) VALUES (@Id, 1, @Text, @Author, @CreatedAt);
            """, note, transaction);
    }

    public NoteRow? Note(IKnowledgeUnitOfWork? work, string noteId) =>
        connection.QueryFirstOrDefault<NoteRow>($"SELECT {NoteColumns} FROM kb_notes WHERE id = @noteId", new { noteId }, In(work));

    public void ReviseNote(IKnowledgeUnitOfWork work, string noteId, string text, string author, string at) => connection.Execute(
        """
        INSERT INTO kb_note_revisions (note_id, revision, text, author, written_at)
            SELECT @noteId, coalesce(max(revision), 0) + 1, @text, @author, @at FROM kb_note_revisions WHERE note_id = @noteId;
        UPDATE kb_notes SET text = @text, edited_by = @author, edited_at = @at WHERE id = @noteId;
        """, new { noteId, text, author, at }, In(work));

    public void DeleteNote(IKnowledgeUnitOfWork work, string noteId, string user, string at) =>
        connection.Execute("UPDATE kb_notes SET deleted_by = @user, deleted_at = @at WHERE id = @noteId", new { noteId, user, at }, In(work));

    public IReadOnlyList<NoteRow> NotesOn(IReadOnlyCollection<string> targets) => connection.Query<NoteRow>(
        $"SELECT {NoteColumns} FROM kb_notes WHERE {db.Dialect.InList("target", "@targets")} AND deleted_at IS NULL ORDER BY created_at, id", new { targets = db.Dialect.List(targets) }).AsList();

    public IReadOnlyList<NoteRevisionRow> Revisions(string noteId) => connection.Query<NoteRevisionRow>(
        "SELECT revision AS Revision, text AS Text, author AS Author, written_at AS WrittenAt FROM kb_note_revisions WHERE note_id = @noteId ORDER BY revision",
        new { noteId }).AsList();

    public void CreateCase(IKnowledgeUnitOfWork work, CaseRow row) => connection.Execute(
        "INSERT INTO kb_cases (id, name, created_by, created_at) VALUES (@Id, @Name, @CreatedBy, @CreatedAt)", row, In(work));

    public CaseRow? Case(IKnowledgeUnitOfWork? work, string idOrName) => connection.QueryFirstOrDefault<CaseRow>(
        $"{CaseSelect} WHERE c.id = @idOrName OR lower(c.name) = lower(@idOrName) ORDER BY (c.id = @idOrName) DESC LIMIT 1", new { idOrName }, In(work));

    public IReadOnlyList<CaseRow> Cases(string? member) => connection.Query<CaseRow>(
        $"{CaseSelect} WHERE @member IS NULL OR c.id IN (SELECT case_id FROM kb_case_members WHERE member = @member) ORDER BY lower(c.name), c.id",
        new { member }).AsList();

    public bool AddMember(IKnowledgeUnitOfWork work, CaseMemberRow member) => connection.Execute(
        "INSERT INTO kb_case_members (case_id, member, kind, added_by, added_at) VALUES (@CaseId, @Member, @Kind, @AddedBy, @AddedAt) ON CONFLICT DO NOTHING",
        member, In(work)) == 1;

    public bool RemoveMember(IKnowledgeUnitOfWork work, string caseId, string member) =>
        connection.Execute("DELETE FROM kb_case_members WHERE case_id = @caseId AND member = @member", new { caseId, member }, In(work)) == 1;

    public IReadOnlyList<CaseMemberRow> Members(string caseId) => connection.Query<CaseMemberRow>(
        $"""
        SELECT m.case_id AS CaseId, m.member AS Member, m.kind AS Kind, m.added_by AS AddedBy, m.added_at AS AddedAt, {MemberLabel} AS Label
        FROM kb_case_members m WHERE m.case_id = @caseId
        ORDER BY CASE m.kind WHEN 'entity' THEN 0 WHEN 'meeting' THEN 1 ELSE 2 END, m.added_at, m.member
        """, new { caseId }).AsList();

    private const string CaseSelect =
        """
        SELECT c.id AS Id, c.name AS Name, c.created_by AS CreatedBy, c.created_at AS CreatedAt,
               (SELECT count(*) FROM kb_case_members m WHERE m.case_id = c.id AND m.kind = 'entity') AS Entities,
               (SELECT count(*) FROM kb_case_members m WHERE m.case_id = c.id AND m.kind = 'document') AS Documents,
               (SELECT count(*) FROM kb_case_members m WHERE m.case_id = c.id AND m.kind = 'meeting') AS Meetings
        FROM kb_cases c
        """;
}
