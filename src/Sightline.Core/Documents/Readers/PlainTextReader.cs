using System.Text.RegularExpressions;
using Sightline.Dates;
using Sightline.Lists.Model;

namespace Sightline.Documents.Readers;

/// <summary>
/// Plain text. It may open with header lines <c>Key: value</c> (Title, Source or URL, Date or Published, Publisher,
/// Language; any case) up to the first blank line; a date there may carry a trailing note (<c>DATE: 2024-03 [inferred]</c>).
/// Headers are recognised only when the first line is one, so a report that opens "Note: ..." stays text.
/// </summary>
public static partial class PlainTextReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.OrdinalIgnoreCase) { "title", "source", "url", "date", "published", "publisher", "language" };

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*(?<note>.*)$")]
    private static partial Regex IsoDate();

    public static Document Read(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<string>();
        var body = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) { body = headers.Count > 0 ? i + 1 : 0; break; }
            var match = HeaderLine().Match(lines[i]);
            if (!match.Success || !Keys.Contains(match.Groups["key"].Value)) { body = 0; headers.Clear(); break; }
            headers[match.Groups["key"].Value] = match.Groups["value"].Value.Trim();
        }
        var metadata = new DocumentMetadata(
            Title: headers.GetValueOrDefault("title"),
            Source: headers.GetValueOrDefault("url") ?? headers.GetValueOrDefault("source"),
            Publisher: headers.GetValueOrDefault("publisher"),
            Language: headers.GetValueOrDefault("language"));
        if ((headers.GetValueOrDefault("date") ?? headers.GetValueOrDefault("published")) is { Length: > 0 } dateText)
        {
            var (date, note) = ParseDate(dateText);
            if (date is null) diagnostics.Add($"header date '{dateText}' is not a date (use 2024-03-05, 2024-03 or March 5, 2024); the date stays unknown");
            metadata = metadata with { Published = date, PublishedNote = note };
        }
        return DocumentFactory.Create(path, "text", string.Join('\n', lines[body..]), metadata, diagnostics);
    }

    /// <summary>A header date: ISO (<c>2024-03</c>, <c>2024-03-05T10:00Z</c>) or written (<c>March 5, 2024</c>), then any note.</summary>
    internal static (PartialDate? Date, string? Note) ParseDate(string text)
    {
        var iso = IsoDate().Match(text.Trim());
        if (iso.Success && PartialDate.TryParse(iso.Groups["date"].Value, out var parsed))
            return (parsed, iso.Groups["note"].Value is { Length: > 0 } note ? note : null);
        var written = DateFinder.Find(text, null).FirstOrDefault(d => d.From is not null);
        if (written is not null) return (written.From, text.Remove(written.Start, written.End - written.Start).Trim() is { Length: > 0 } rest ? rest : null);
        return (null, null);
    }
}
