using System.Text.Json;

namespace Sightline.Claims.Evaluation;

/// <summary>A meeting as the annotation (or Sightline's output, for scoring) gives it: participants and a date <c>YYYY[-MM[-DD]]</c>,
/// and in an annotation the sentence that tells of it (<see cref="Evidence"/>), which training aligns to the analysed text.</summary>
public sealed record ScoredMeeting(IReadOnlyList<string> Participants, string? Date, bool Optional, string? Evidence = null);

/// <summary>One document's annotation in the seeds' <c>gold.jsonl</c> shape, or a prediction in the same shape.</summary>
public sealed record ScoredDocument(string Doc, IReadOnlyList<string> Persons, IReadOnlyList<string> Organizations, IReadOnlyList<ScoredMeeting> Meetings, IReadOnlyList<string> Sanctioned)
{
    /// <summary>Reads a JSON Lines annotation file; a bad line fails with its line number.</summary>
    public static List<ScoredDocument> ReadGold(string path)
    {
        var documents = new List<ScoredDocument>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                documents.Add(new ScoredDocument(
                    root.GetProperty("doc").GetString() ?? throw new FormatException("\"doc\" is null"),
                    Strings(root, "persons"),
                    Strings(root, "organizations"),
                    root.TryGetProperty("meetings", out var meetings)
                        ? meetings.EnumerateArray().Select(m => new ScoredMeeting(Strings(m, "participants"),
                            m.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
                            m.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True,
                            m.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null)).ToList()
                        : [],
                    root.TryGetProperty("sanctioned", out var sanctioned) ? sanctioned.EnumerateArray().Select(s => s.GetProperty("name").GetString() ?? "").ToList() : []));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{number}: {error.Message}", error);
            }
        }
        return documents;
    }

    /// <summary>Sightline's output for a document, in the annotation's shape (meetings that happened only).</summary>
    public static ScoredDocument From(string doc, ExtractedDocument extracted) =>
        new(doc, extracted.Persons, extracted.Organizations,
            extracted.Meetings.Where(m => m.Kind.Happened()).Select(m => new ScoredMeeting(m.Participants.Select(p => p.Name).ToList(), m.Date?.Shared, false)).ToList(),
            extracted.Sanctions.Select(s => s.Name).Distinct().ToList());

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
}
