using System.Text.Json;

namespace Sightline.Web.Contracts;

/// <summary>A report in <c>GET /documents</c>; <c>text_kept</c> is false for a report ingested before Sightline kept
/// texts (its page shows once it is ingested again). A report is shown by its <c>title</c>, <c>outlet</c> and
/// <c>published</c> date; <c>source_url</c> is the address it gives; <c>path</c> the file it was read from, relative to the
/// folder ingested; <c>key</c> its identity (the address, else <c>text:</c> and its text's hash). <c>publisher</c> is
/// <c>outlet</c> under its former name. <c>alerts</c> counts the alerts it gave cause for.</summary>
public sealed record DocumentRowJson(
    string Id, string Key, string? Title, string? Outlet, string? Published, string? SourceUrl, string? Path, string? Publisher, string Status,
    string? Diagnostic, int Claims, bool TextKept, int Alerts);

/// <summary><c>GET /documents/{id}</c>: a report's text with its mentions and claims as character spans into it; it is
/// described as in <see cref="DocumentRowJson"/>.</summary>
public sealed record DocumentJson(
    string Id, string Key, string Version, string Path, string? Title, string? Outlet, string? Published, string? SourceUrl, string? Publisher,
    string? Language, string Status, string? Diagnostic, string IngestedAt, string Text, IReadOnlyList<MentionJson> Mentions, IReadOnlyList<ClaimJson> Claims);

/// <summary>A name mention: its span, type, sentence and the entity it was resolved to.</summary>
public sealed record MentionJson(int Start, int End, string Type, string Text, int Sentence, string? EntityId);

/// <summary>A claim of the report with its span, evidence, review status and details (the claim's own fields).</summary>
public sealed record ClaimJson(
    string Id, string Kind, string? Label, string? SubjectId, string? ObjectId, string? EventId, string? Date, int Sentence, int Start, int End,
    string Evidence, string AttributedTo, double Confidence, string Status, JsonElement Details);

/// <summary><c>POST /documents</c>: the upload as it is shown (<c>uploads/HASH/NAME</c>, never a server path), what could
/// not be read, and each report ingested.</summary>
public sealed record UploadJson(string File, string StoredAs, IReadOnlyList<string> ReadErrors, IReadOnlyList<UploadedDocumentJson> Documents);

/// <summary>A report of an upload: its title, outlet and publication date where known, whether it was added, replaced,
/// unchanged or failed, what it gave, and the alerts it gave cause for (about its meetings and the watched entities it
/// mentions, acknowledged or not).</summary>
public sealed record UploadedDocumentJson(
    string Id, string Key, string? Title, string? Outlet, string? Published, string? SourceUrl, string Result, string? Diagnostic, int Mentions, int Meetings,
    IReadOnlyDictionary<string, int> Claims, IReadOnlyList<UploadedEntityJson> Entities, IReadOnlyList<AlertJson> Alerts);

/// <summary>An entity a report names.</summary>
public sealed record UploadedEntityJson(string Id, string Name);
