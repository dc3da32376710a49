using Sightline.Dates;
using Sightline.Lists.Model;

namespace Sightline.Documents;

/// <summary>
/// Makes a <see cref="Document"/> from a reader's text and metadata: normalises the text, hashes it into the
/// version, picks the key (the URL, else the text's hash: <see cref="DocumentKeys"/>), detects the language when no header
/// gave one, and takes the publication date from the opening lines (<c>March 6, 2023 Special Dispatch No. 10513</c>) when
/// no header gave one. <c>path</c> only names the file in diagnostics.
/// </summary>
public static class DocumentFactory
{
    /// <summary>How far into the text a publication date is looked for.</summary>
    private const int DatelineLength = 300;

    public static Document Create(string path, string format, string text, DocumentMetadata metadata, IEnumerable<string>? diagnostics = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        var notes = new List<string>(diagnostics ?? []);
        var published = metadata.Published;
        var publishedNote = metadata.PublishedNote;
        if (published is null)
        {
            var dateline = normalized.Length > DatelineLength ? normalized[..DatelineLength] : normalized;
            var stated = DateFinder.Find(dateline, null).FirstOrDefault(d => d.Basis == DateBasis.Stated && d.Precision is DatePrecision.Day or DatePrecision.Month && d.Qualifier is null);
            if (stated is not null)
            {
                published = stated.From;
                publishedNote = $"from the text: \"{stated.Text}\"";
            }
        }
        var language = metadata.Language?.Trim().ToLowerInvariant() is { Length: > 0 } given ? given : LanguageDetector.Detect(normalized);
        if (language == "und" && normalized.Length > 0) notes.Add("language undetermined: analysed as English");
        else if (language != "en" && normalized.Length > 0) notes.Add($"extraction not supported: {language}");
        if (normalized.Length == 0) notes.Add("no text");
        var key = DocumentKeys.For(metadata.Source, normalized);
        return new Document(key, TextNormalizer.Version(normalized), format, normalized, metadata.Title, metadata.Source, metadata.Publisher,
            published, publishedNote, language, notes);
    }
}
