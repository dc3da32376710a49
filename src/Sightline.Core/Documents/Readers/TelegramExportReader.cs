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
    /// <summary>Every message of an export held in memory.</summary>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    public static ReadOutcome Read(string path, byte[] bytes)
    {
        var documents = new List<Document>();
        var errors = new List<string>();
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var item in ReadEach(path, stream))
        {
            if (item.Document is { } document) documents.Add(document);
            if (item.Error is { } error) errors.Add(error);
        }
        return new ReadOutcome(path, documents, errors);
    }

    /// <summary>The messages of an export read from <paramref name="stream"/> one at a time
    /// (<see cref="TelegramMessageStream"/>): a document for each text message, an error for each message that cannot be
    /// read, nothing for service and empty messages; each item carries the message's place in the file (from 1). The last
    /// item is an error when the file holds no chat's messages.</summary>
    /// <exception cref="JsonException">The file is not valid JSON, at the place named (after the messages before it).</exception>
    public static IEnumerable<ReadItem> ReadEach(string path, Stream stream)
    {
        var messages = new TelegramMessageStream(stream, Path.GetFileNameWithoutExtension(path));
        foreach (var item in messages.Read())
        {
            var read = Item(path, item);
            if (read is not null) yield return read;
        }
        if (!messages.FoundMessages) yield return new ReadItem(null, $"{path}: not a Telegram export: no 'messages' array and no 'chats.list'");
    }

    /// <summary>How many messages (of every kind) an export holds, read as <see cref="ReadEach"/> reads them.</summary>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    public static int CountMessages(string path, Stream stream)
    {
        var count = 0;
        foreach (var item in new TelegramMessageStream(stream, Path.GetFileNameWithoutExtension(path)).Read())
        {
            item.Message.Dispose();
            count++;
        }
        return count;
    }

    /// <summary>A message as a document, or as the error that says why it cannot be read; null when it has no text.</summary>
    private static ReadItem? Item(string path, TelegramMessageStream.Item item)
    {
        using var message = item.Message;
        try
        {
            return ReadMessage(path, message.RootElement, item.Channel, item.ChannelId) is { } document ? new ReadItem(document, null, item.Ordinal) : null;
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return new ReadItem(null, $"{path}: message {item.Index} of '{item.Channel}': {error.Message}; skipped", item.Ordinal);
        }
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
