using System.Text;
using System.Text.Json;
using Sightline.Lists.Model;

namespace Sightline.Documents.Readers;

/// <summary>
/// Telegram Desktop's JSON export (<c>result.json</c>): each text message of a channel becomes a document keyed
/// <c>telegram:{channel id}/{message id}</c>, published on the message's date, with the channel as publisher.
/// Reads a single-chat export (<c>messages</c> at the top) and a full export (<c>chats.list[].messages</c>).
/// Service messages and messages without text are skipped; fields Sightline does not know are ignored; a message
/// whose fields have unexpected types gets a diagnostic and the others are read.
/// </summary>
public static class TelegramExportReader
{
    public static ReadOutcome Read(string path, byte[] bytes)
    {
        var documents = new List<Document>();
        var errors = new List<string>();
        using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
        var root = json.RootElement;
        var chats = new List<JsonElement>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("messages", out var single) && single.ValueKind == JsonValueKind.Array) chats.Add(root);
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("chats", out var all) && all.ValueKind == JsonValueKind.Object
                 && all.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array)
            chats.AddRange(list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object));
        else
            return new ReadOutcome(path, [], [$"{path}: not a Telegram export: no 'messages' array and no 'chats.list'"]);

        foreach (var chat in chats)
        {
            var channel = String(chat, "name") ?? "Telegram chat";
            var channelId = chat.TryGetProperty("id", out var id) ? id.ToString() : Path.GetFileNameWithoutExtension(path);
            if (!chat.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array) continue;
            var index = 0;
            foreach (var message in messages.EnumerateArray())
            {
                index++;
                try
                {
                    if (ReadMessage(path, message, channel, channelId) is { } document) documents.Add(document);
                }
                catch (Exception error) when (error is FormatException or InvalidOperationException or KeyNotFoundException)
                {
                    errors.Add($"{path}: message {index} of '{channel}': {error.Message}; skipped");
                }
            }
        }
        return new ReadOutcome(path, documents, errors);
    }

    private static Document? ReadMessage(string path, JsonElement message, string channel, string channelId)
    {
        if (message.ValueKind != JsonValueKind.Object) throw new FormatException("not an object");
        if (String(message, "type") is { } type && type != "message") return null;
        var text = message.TryGetProperty("text", out var body) ? Text(body) : "";
        if (string.IsNullOrWhiteSpace(text)) return null;
        var messageId = message.TryGetProperty("id", out var id) ? id.ToString() : throw new FormatException("no 'id'");
        PartialDate? published = null;
        if (String(message, "date") is { } date)
        {
            if (!DateTime.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when))
                throw new FormatException($"'date' is '{date}', not a date");
            published = new PartialDate(when.Year, when.Month, when.Day);
        }
        var metadata = new DocumentMetadata(Title: $"{channel} — message {messageId}", Publisher: channel, Published: published,
            PublishedNote: published is null ? null : "the message's date");
        var document = DocumentFactory.Create(path, "telegram", text, metadata);
        return document with { Key = $"telegram:{channelId}/{messageId}" };
    }

    /// <summary>A message's text: a string, or an array of strings and entity objects with their own <c>text</c>.</summary>
    private static string Text(JsonElement body)
    {
        switch (body.ValueKind)
        {
            case JsonValueKind.String: return body.GetString()!;
            case JsonValueKind.Array:
                var text = new StringBuilder();
                foreach (var part in body.EnumerateArray())
                    text.Append(part.ValueKind switch
                    {
                        JsonValueKind.String => part.GetString(),
                        JsonValueKind.Object when part.TryGetProperty("text", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
                        _ => throw new FormatException($"a part of 'text' is {part.ValueKind}, not a string or an entity"),
                    });
                return text.ToString();
            case JsonValueKind.Null: return "";
            default: throw new FormatException($"'text' is {body.ValueKind}, not a string or an array");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
