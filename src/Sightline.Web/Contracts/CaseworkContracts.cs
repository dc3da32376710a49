namespace Sightline.Web.Contracts;

/// <summary>A new note: the page id of what it is on (<c>P-</c>, <c>O-</c>, <c>M-</c> or <c>D-</c>) and its text.</summary>
public sealed record NoteRequest(string? Target, string? Text);

/// <summary>A note's new text.</summary>
public sealed record NoteEditRequest(string? Text);

/// <summary>A new case's name.</summary>
public sealed record CaseRequest(string? Name);

/// <summary>What to add to a case: the page id of an entity, meeting or report.</summary>
public sealed record CaseMemberRequest(string? Member);
