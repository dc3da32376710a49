using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Knowledge.Storage;

namespace Sightline.Alerts;

/// <summary>
/// The JSON a webhook receives for one alert revision: <c>id</c>, <c>revision</c>, <c>rule</c>, <c>raised_at</c>,
/// <c>updated_at</c>, <c>summary</c> and the alert's payload as <c>alert</c>, with no local file path in it. A report
/// read from a file is known by its path (the document key); the receiver gets the file's name without its folder,
/// everywhere the path appears (the <c>document</c> fields and any text quoting them), since folders name the analyst's
/// account and case layout. Keys that are web addresses stay as they are: they are public.
/// </summary>
internal static class WebhookBody
{
    public static byte[] Of(DueDelivery delivery)
    {
        var alert = JsonNode.Parse(delivery.Payload);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Collect(alert, paths);
        var body = new JsonObject
        {
            ["id"] = delivery.AlertId,
            ["revision"] = delivery.Revision,
            ["rule"] = delivery.Rule,
            ["raised_at"] = delivery.RaisedAt,
            ["updated_at"] = delivery.UpdatedAt,
            ["summary"] = WithoutPaths(delivery.Summary, paths),
            ["alert"] = Rewrite(alert, paths),
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    /// <summary>Whether a document key is a local file: a rooted path (Unix or Windows) or a <c>file:</c> address.</summary>
    public static bool IsLocalPath(string key) =>
        key.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || key.StartsWith('/') || key.StartsWith(@"\\", StringComparison.Ordinal) ||
        (key.Length > 2 && char.IsAsciiLetter(key[0]) && key[1] == ':' && key[2] is '\\' or '/');

    /// <summary>The file name of a local path: what follows its last slash or backslash.</summary>
    public static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>Gathers the local paths of a payload: document keys (values under <c>document</c>) and <c>file:</c>
    /// addresses anywhere.</summary>
    private static void Collect(JsonNode? node, HashSet<string> paths, bool isDocumentKey = false)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj) Collect(value, paths, name == "document");
                break;
            case JsonArray array:
                foreach (var item in array) Collect(item, paths);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && IsLocalPath(text) &&
                                      (isDocumentKey || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)):
                paths.Add(text);
                break;
        }
    }

    private static JsonNode? Rewrite(JsonNode? node, HashSet<string> paths) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Rewrite(p.Value, paths)))),
        JsonArray array => new JsonArray(array.Select(item => Rewrite(item, paths)).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(WithoutPaths(text, paths)),
        _ => node?.DeepClone(),
    };

    private static string WithoutPaths(string text, HashSet<string> paths) =>
        paths.OrderByDescending(p => p.Length).Aggregate(text, (t, path) => t.Replace(path, FileName(path), StringComparison.Ordinal));
}
