using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Lists.Model;

/// <summary>The stored JSON form of a <see cref="ListEntry"/> and its content hash. The same entry always gives the same bytes.</summary>
public static class EntryJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateJsonConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(ListEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    public static ListEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<ListEntry>(json, Options) ?? throw new InvalidDataException("stored entry is null");

    public static string Hash(ReadOnlySpan<byte> json) => Convert.ToHexStringLower(SHA256.HashData(json)[..16]);
}
