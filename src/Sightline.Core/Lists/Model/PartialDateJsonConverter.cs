using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Lists.Model;

/// <summary>Writes a <see cref="PartialDate"/> as its ISO string at its own precision, and reads it back.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date)
            ? date
            : throw new JsonException($"'{reader.GetString()}' is not a partial date");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
