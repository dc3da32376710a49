using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sightline.Export;

/// <summary>One FollowTheMoney entity: id, schema and multi-valued string properties, written as one JSON line
/// (<c>{"id", "schema", "properties": {…}, "datasets": ["sightline"]}</c>) with properties in name order.</summary>
public sealed class FtmEntity(string id, string schema)
{
    public const string Dataset = "sightline";

    public string Id { get; } = id;
    public string Schema { get; } = schema;
    public SortedDictionary<string, List<string>> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds values (nulls and blanks are skipped) to a property.</summary>
    public FtmEntity Add(string property, params IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!Properties.TryGetValue(property, out var held)) Properties[property] = held = [];
            held.Add(value);
        }
        return this;
    }

    public IReadOnlyList<string> Values(string property) => Properties.TryGetValue(property, out var values) ? values : [];

    public string? First(string property) => Values(property).FirstOrDefault();

    public string ToJsonLine()
    {
        var properties = new JsonObject();
        foreach (var (name, values) in Properties) properties[name] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        return new JsonObject { ["id"] = Id, ["schema"] = Schema, ["properties"] = properties, ["datasets"] = new JsonArray(Dataset) }
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Reads one JSON line; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static FtmEntity Parse(string line)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(line); }
        catch (JsonException e) { throw new FormatException($"not JSON: {e.Message}"); }
        if (node is not JsonObject obj || obj["id"]?.GetValue<string>() is not { Length: > 0 } id || obj["schema"]?.GetValue<string>() is not { Length: > 0 } schema)
            throw new FormatException("not a FollowTheMoney entity: it needs \"id\" and \"schema\"");
        var entity = new FtmEntity(id, schema);
        if (obj["properties"] is JsonObject properties)
            foreach (var (name, values) in properties)
            {
                if (values is not JsonArray array) throw new FormatException($"property \"{name}\" is not a list of strings");
                entity.Add(name, array.Select(v => v?.GetValue<string>()));
            }
        return entity;
    }
}
