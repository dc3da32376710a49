using System.Globalization;
using Sightline.Knowledge.Storage;

namespace Sightline.Casework;

/// <summary>An analyst's note on an entity, a meeting or a report: who wrote it and when, and who last changed it.</summary>
public sealed record Note(
    string Id, string TargetKind, string Target, string Text, string Author, DateTimeOffset CreatedAt,
    string? EditedBy, DateTimeOffset? EditedAt, string? DeletedBy, DateTimeOffset? DeletedAt)
{
    internal static Note Of(NoteRow row) => new(row.Id, row.TargetKind, row.Target, row.Text, row.Author, CaseworkTime.Parse(row.CreatedAt),
        row.EditedBy, CaseworkTime.ParseOrNull(row.EditedAt), row.DeletedBy, CaseworkTime.ParseOrNull(row.DeletedAt));
}

/// <summary>One text a note had; revision 1 is the text it was written with.</summary>
public sealed record NoteRevision(int Revision, string Text, string Author, DateTimeOffset WrittenAt);

/// <summary>A note or case change that cannot be made as asked (no such target, note or case; an empty text; a taken name).</summary>
public sealed class CaseworkException(string message) : Exception(message);

/// <summary>What an id names, by its prefix: <c>P-</c>/<c>O-</c> an entity, <c>M-</c> a meeting event, <c>D-</c> a report.</summary>
public static class CaseworkTargets
{
    public const string Entity = "entity";
    public const string Meeting = "meeting";
    public const string Document = "document";

    /// <summary>The kind of thing <paramref name="id"/> names, or null when it names none a note or case can hold.</summary>
    public static string? KindOf(string id) => id.Length > 2 && id[1] == '-'
        ? id[0] switch { 'P' or 'O' => Entity, 'M' => Meeting, 'D' => Document, _ => null }
        : null;
}

/// <summary>Times as the audit trail and these tables keep them: ISO 8601 UTC to the second.</summary>
internal static class CaseworkTime
{
    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
