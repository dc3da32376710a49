using System.Security.Cryptography;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Casework;

/// <summary>
/// Analysts' notes on entities, meetings and reports. Writing, editing and deleting a note are each one unit of work
/// with their audit record (<c>add-note</c>, <c>edit-note</c>, <c>delete-note</c> in the trail <c>sightline audit</c>
/// shows), under the name of whoever holds the credential. An edit keeps every earlier text as a revision, and a
/// deleted note keeps its history: nothing an analyst wrote is lost (ADR-036).
/// </summary>
public sealed class Notebook(KnowledgeStore store, TimeProvider clock)
{
    /// <summary>The longest note kept, in characters.</summary>
    public const int MaxLength = 20_000;

    private readonly ICaseworkStore _notes = store.Casework;

    /// <summary>Attaches a note to the entity, meeting or report <paramref name="target"/> names (by its page id).</summary>
    public Note Add(string target, string text, string author)
    {
        var body = Checked(text);
        CheckAuthor(author);
        var kind = CaseworkTargets.KindOf(target) ?? throw new CaseworkException($"'{target}' is not an entity (P-, O-), meeting (M-) or report (D-) id");
        using var work = store.Begin();
        var label = _notes.Label(work, kind, target) ?? throw new CaseworkException($"no {kind} {target} in the knowledge base");
        var row = new NoteRow
        {
            Id = "N-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), TargetKind = kind, Target = target, Text = body,
            Author = author, CreatedAt = CaseworkTime.Text(clock.GetUtcNow()),
        };
        _notes.AddNote(work, row);
        CaseworkAudit.Record(store, work, "add-note", row.Id, $"note on {kind} {target} ({label}): {CaseworkAudit.Excerpt(body)}", author, "", row.CreatedAt);
        work.Commit();
        return Note.Of(row);
    }

    /// <summary>Replaces a note's text; the text it had stays in its history.</summary>
    public Note Edit(string noteId, string text, string author)
    {
        var body = Checked(text);
        CheckAuthor(author);
        using var work = store.Begin();
        var note = Live(work, noteId);
        if (note.Text == body) return Note.Of(note);
        var at = CaseworkTime.Text(clock.GetUtcNow());
        _notes.ReviseNote(work, noteId, body, author, at);
        CaseworkAudit.Record(store, work, "edit-note", noteId, $"note on {note.TargetKind} {note.Target} now reads: {CaseworkAudit.Excerpt(body)}", author, "", at);
        work.Commit();
        return Note.Of(note with { Text = body, EditedBy = author, EditedAt = at });
    }

    /// <summary>Deletes a note from the pages; its texts stay in its history and the audit trail says who deleted it and why.</summary>
    public void Delete(string noteId, string user, string? why)
    {
        CheckAuthor(user);
        using var work = store.Begin();
        var note = Live(work, noteId);
        var at = CaseworkTime.Text(clock.GetUtcNow());
        _notes.DeleteNote(work, noteId, user, at);
        CaseworkAudit.Record(store, work, "delete-note", noteId, $"note by {note.Author} on {note.TargetKind} {note.Target}: {CaseworkAudit.Excerpt(note.Text)}", user, why ?? "", at);
        work.Commit();
    }

    /// <summary>The notes on <paramref name="target"/> (or on any of several ids), oldest first; deleted ones are left out.</summary>
    public IReadOnlyList<Note> On(params IReadOnlyCollection<string> target) =>
        target.Count == 0 ? [] : _notes.NotesOn(target).Select(Note.Of).ToList();

    /// <summary>A note by id, deleted or not; null when there is none.</summary>
    public Note? Find(string noteId) => _notes.Note(null, noteId) is { } row ? Note.Of(row) : null;

    /// <summary>Every text the note has had, first first.</summary>
    public IReadOnlyList<NoteRevision> History(string noteId) =>
        _notes.Revisions(noteId).Select(r => new NoteRevision(r.Revision, r.Text, r.Author, CaseworkTime.Parse(r.WrittenAt))).ToList();

    private NoteRow Live(IKnowledgeUnitOfWork work, string noteId)
    {
        var note = _notes.Note(work, noteId) ?? throw new CaseworkException($"no note {noteId} (ids start with N-; see sightline notes list)");
        return note.DeletedAt is null ? note : throw new CaseworkException($"note {noteId} was deleted by {note.DeletedBy} at {note.DeletedAt}");
    }

    private static string Checked(string text)
    {
        var body = (text ?? "").Trim();
        if (body.Length == 0) throw new CaseworkException("a note needs some text");
        if (body.Length > MaxLength) throw new CaseworkException($"a note holds at most {MaxLength:N0} characters; this one has {body.Length:N0}");
        return body;
    }

    internal static void CheckAuthor(string user)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new CaseworkException("a note or case change needs a name: give --user or set SIGHTLINE_USER");
    }
}
