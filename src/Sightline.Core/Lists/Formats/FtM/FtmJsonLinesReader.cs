using System.Text;
using System.Text.Json;
using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.FtM;

/// <summary>
/// Reads FollowTheMoney entities, one JSON object a line (<c>{"id", "schema", "properties"}</c>), the format
/// OpenSanctions exports. Both the flat form (<c>entities.ftm.json</c>) and the nested form, where a
/// property value may be an entity object (<c>sanctions</c>, <c>addressEntity</c>), are read.
/// </summary>
/// <remarks>
/// Streams line by line in constant memory, so a million-entity export is fine. Entities whose schema is not a
/// party (see <see cref="FtmSchemas"/>) are counted and reported as a warning, not stored. A line that is not a
/// JSON object, or lacks <c>id</c> or <c>schema</c>, throws <see cref="ListFormatException"/> with its line.
/// </remarks>
public sealed class FtmJsonLinesReader : IListReader
{
    private readonly string _path;
    private readonly List<string> _warnings = [];

    public FtmJsonLinesReader(string path, string? listName = null, DateTimeOffset? published = null)
    {
        _path = path;
        Source = new ListSource(listName ?? DefaultListName(path), ListFormat.FtmJson, Path.GetFullPath(path), published,
            ContentHash.OfFiles([path]), [path]);
    }

    public ListSource Source { get; }
    public IReadOnlyList<string> Warnings => _warnings;
    private string FileName => Path.GetFileName(_path);

    /// <summary>The file name up to its first dot: <c>entities.ftm.json</c> is list <c>entities</c>.</summary>
    public static string DefaultListName(string path) => Path.GetFileName(path).Split('.')[0];

    /// <summary>True when the first non-blank line is a JSON object with <c>id</c> and <c>schema</c>.</summary>
    public static bool LooksLikeFtm(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        for (var i = 0; i < 5 && reader.ReadLine() is { } line; i++)
        {
            if (line.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                return doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty("id", out _) && doc.RootElement.TryGetProperty("schema", out _);
            }
            catch (JsonException) { return false; }
        }
        return false;
    }

    public IEnumerable<ListEntry> ReadEntries()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length == 0) throw new ListFormatException(FileName, null, null, "the file is empty");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long lineNumber = 0, entries = 0;
        while (true)
        {
            string? line;
            try { line = reader.ReadLine(); }
            catch (DecoderFallbackException) { throw new ListFormatException(FileName, lineNumber + 1, null, "is not valid UTF-8"); }
            if (line is null) break;
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line)) continue;

            var entry = ParseLine(line, lineNumber, skipped);
            if (entry is null) continue;
            entries++;
            yield return entry;
        }
        if (entries == 0 && skipped.Count == 0) throw new ListFormatException(FileName, null, null, "the file holds no entities");
        if (skipped.Count > 0)
            _warnings.Add($"{FileName}: {skipped.Values.Sum():N0} entities that are not list parties were not stored ({string.Join(", ", skipped.Select(p => $"{p.Key} {p.Value:N0}"))})");
    }

    private ListEntry? ParseLine(string line, long lineNumber, SortedDictionary<string, int> skipped)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new ListFormatException(FileName, lineNumber, null, $"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ListFormatException(FileName, lineNumber, null, "is not a JSON object");
            var id = RequiredString(root, "id", lineNumber);
            var schema = RequiredString(root, "schema", lineNumber);
            var properties = root.TryGetProperty("properties", out var p) ? p : default;
            if (properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
                throw new ListFormatException(FileName, lineNumber, "properties", "must be an object of property lists");

            if (!FtmSchemas.TryMap(schema, out var mapped))
            {
                skipped[schema] = skipped.GetValueOrDefault(schema) + 1;
                return null;
            }
            var datasets = root.TryGetProperty("datasets", out var ds) && ds.ValueKind == JsonValueKind.Array
                ? ds.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.String ? d.GetString()!
                    : throw new ListFormatException(FileName, lineNumber, "datasets", $"must be a list of strings, not of {d.ValueKind.ToString().ToLowerInvariant()}s")).ToList()
                : [];
            var caption = root.TryGetProperty("caption", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            return FtmEntryMapper.Map(Source.List, id, mapped, schema, caption, datasets, properties, FileName, lineNumber, _warnings);
        }
    }

    private string RequiredString(JsonElement root, string name, long line) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ListFormatException(FileName, line, name, "is missing or not a string");
}
