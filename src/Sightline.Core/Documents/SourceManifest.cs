using System.Text;
using nietras.SeparatedValues;
using Sightline.Documents.Readers;

namespace Sightline.Documents;

/// <summary>
/// A folder's <c>sources.csv</c>: what an analyst knows about the reports they collected and the files do not say.
/// Header row, then one row a file: <c>file</c> (the name in the folder, required) and any of <c>url</c>,
/// <c>publisher</c>, <c>published</c>, <c>title</c>. A value fills in what the document lacks and never overrides
/// what the document itself says. The values applied are part of the document's version, so editing a row and
/// ingesting again stores a new version with the new metadata. A malformed manifest is reported and ignored.
/// </summary>
public sealed class SourceManifest
{
    public const string FileName = "sources.csv";

    private static readonly string[] Columns = ["file", "url", "publisher", "published", "title"];
    private readonly Dictionary<string, Dictionary<string, string>> _rows;

    private SourceManifest(Dictionary<string, Dictionary<string, string>> rows, IReadOnlyList<string> errors)
    {
        _rows = rows;
        Errors = errors;
    }

    /// <summary>Problems with the manifest itself, each naming the manifest file and line.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Whether a path is a manifest rather than a report.</summary>
    public static bool IsManifest(string path) => Path.GetFileName(path).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The manifest of the folder holding <paramref name="reportPath"/>, or null when it has none.</summary>
    public static SourceManifest? ForFolderOf(string reportPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, FileName);
        return File.Exists(path) ? Parse(path, File.ReadAllText(path, Encoding.UTF8)) : null;
    }

    /// <summary>Reads a manifest's text (RFC 4180: a quoted field may hold commas, doubled quotes and line breaks).
    /// Errors name <paramref name="path"/> and the line a row starts on.</summary>
    public static SourceManifest Parse(string path, string text)
    {
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var errors = new List<string>();
        var records = Records(text);
        if (records.Count == 0) return new SourceManifest(rows, [$"{path}: empty; expected a header row such as file,publisher,url,published"]);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var file = header.IndexOf("file");
        var headerLine = records[0].Line;
        if (file < 0) return new SourceManifest(rows, [$"{path}: line {headerLine}: no 'file' column (columns: {string.Join(", ", Columns)})"]);
        foreach (var unknown in header.Where(h => !Columns.Contains(h))) errors.Add($"{path}: line {headerLine}: unknown column '{unknown}' ignored");

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count) { errors.Add($"{path}: line {line}: {fields.Count} fields, the header has {header.Count}; row ignored"); continue; }
            var name = fields[file].Trim();
            if (name.Length == 0) { errors.Add($"{path}: line {line}: no file name; row ignored"); continue; }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
                if (c != file && Columns.Contains(header[c]) && fields[c].Trim() is { Length: > 0 } value) values[header[c]] = value;
            if (values.TryGetValue("published", out var published) && PlainTextReader.ParseDate(published).Date is null)
            {
                errors.Add($"{path}: line {line}: published '{published}' is not a date (use 2024-03-05, 2024-03 or 2024); left out");
                values.Remove("published");
            }
            if (!rows.TryAdd(name, values)) errors.Add($"{path}: line {line}: '{name}' is listed twice; the first row is kept");
        }
        if (text.Count(c => c == '"') % 2 == 1)
            errors.Add($"{path}: line {records[^1].Line}: a quoted field is never closed; the rest of the file was read into it");
        return new SourceManifest(rows, errors);
    }

    /// <summary>The CSV records of <paramref name="text"/> with the line each starts on, blank lines left out.</summary>
    private static List<(int Line, IReadOnlyList<string> Fields)> Records(string text)
    {
        var records = new List<(int, IReadOnlyList<string>)>();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        var line = 1; // a row starts where the one before it ended (Sep 0.17 misnumbers the first row's start)
        foreach (var row in reader)
        {
            var start = line;
            line = row.LineNumberToExcl;
            var fields = new string[row.ColCount];
            for (var c = 0; c < fields.Length; c++) fields[c] = row[c].ToString();
            if (fields.All(string.IsNullOrWhiteSpace) && fields.Length == 1) continue;
            records.Add((start, fields));
        }
        return records;
    }

    /// <summary>The document with what its row gives filled in; unchanged when the manifest has no row for its file
    /// or the document already says everything the row says.</summary>
    public Document Apply(string reportPath, Document document)
    {
        if (!_rows.TryGetValue(Path.GetFileName(reportPath), out var row)) return document;
        var applied = new List<string>();
        string? Fill(string? current, string column)
        {
            if (current is not null || !row.TryGetValue(column, out var value)) return current;
            applied.Add($"{column}={value}");
            return value;
        }

        var filled = document with
        {
            Source = Fill(document.Source, "url"),
            Publisher = Fill(document.Publisher, "publisher"),
            Title = Fill(document.Title, "title"),
        };
        if (document.Published is null && row.TryGetValue("published", out var published))
        {
            filled = filled with { Published = PlainTextReader.ParseDate(published).Date, PublishedNote = "from sources.csv" };
            applied.Add($"published={published}");
        }
        if (applied.Count == 0) return document;
        // An address from the manifest is the report's key, as one from the report itself would be (ADR-032).
        var key = DocumentKeys.IsContent(document.Key) && filled.Source is { } url ? DocumentKeys.For(url, document.Text) : document.Key;
        return filled with { Key = key, Version = TextNormalizer.Version(document.Version + "\n" + string.Join("\n", applied)) };
    }
}
