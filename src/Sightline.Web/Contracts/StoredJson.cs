using System.Text.Json;

namespace Sightline.Web.Contracts;

/// <summary>JSON the knowledge base keeps as text (an alert's payload, a claim's details), passed on as it is.</summary>
public static class StoredJson
{
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
