using Sightline.Casework;

namespace Sightline.Export.Contracts;

/// <summary>A note as the API, <c>notes list --json</c> and a case's export give it; <c>edited_*</c> are null until it
/// is edited, <c>deleted_*</c> null unless it was deleted.</summary>
public sealed record NoteJson(
    string Id, string TargetKind, string Target, string Text, string Author, DateTimeOffset CreatedAt,
    string? EditedBy, DateTimeOffset? EditedAt, string? DeletedBy, DateTimeOffset? DeletedAt)
{
    public static NoteJson Of(Note n) => new(n.Id, n.TargetKind, n.Target, n.Text, n.Author, n.CreatedAt, n.EditedBy, n.EditedAt, n.DeletedBy, n.DeletedAt);
}

/// <summary>One text a note had; revision 1 is the text it was written with.</summary>
public sealed record NoteRevisionJson(int Revision, string Text, string Author, DateTimeOffset WrittenAt)
{
    public static NoteRevisionJson Of(NoteRevision r) => new(r.Revision, r.Text, r.Author, r.WrittenAt);
}

/// <summary>A case as listed: how many entities, reports and meetings it holds.</summary>
public sealed record CaseSummaryJson(string Id, string Name, string CreatedBy, DateTimeOffset CreatedAt, int Entities, int Documents, int Meetings)
{
    public static CaseSummaryJson Of(CaseSummary c) => new(c.Id, c.Name, c.CreatedBy, c.CreatedAt, c.Entities, c.Documents, c.Meetings);
}

/// <summary>A member of a case: <c>kind</c> is <c>entity</c>, <c>meeting</c> or <c>document</c>; <c>id</c> is its page's id.</summary>
public sealed record CaseMemberJson(string Id, string Kind, string Label, string AddedBy, DateTimeOffset AddedAt)
{
    public static CaseMemberJson Of(CaseMember m) => new(m.Id, m.Kind, m.Label, m.AddedBy, m.AddedAt);
}

/// <summary>A case as its page, <c>GET /cases/{id}</c> and <c>cases export --format json</c> give it: its members, the
/// notes on them, and the meetings it holds or in which two of its entities took part.</summary>
public sealed record CaseJson(
    string Id, string Name, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<CaseMemberJson> Members, IReadOnlyList<NoteJson> Notes,
    IReadOnlyList<MeetingJson> Meetings)
{
    public static CaseJson Of(CaseFile file) =>
        new(file.Case.Id, file.Case.Name, file.Case.CreatedBy, file.Case.CreatedAt, [.. file.Members.Select(CaseMemberJson.Of)],
            [.. file.Notes.Select(NoteJson.Of)], [.. file.Meetings.Select(MeetingJson.Of)]);
}
