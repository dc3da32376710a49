using System.Text.Json;

namespace Sightline.Documents.Readers;

/// <summary>
/// The messages of a Telegram export read from a stream one at a time, so a 100,000-message export never sits in memory
/// as one JSON tree: a <see cref="Utf8JsonReader"/> walks the file through a buffer that holds little more than the
/// message being read (it grows for one larger message), and each message is handed out as its own small
/// <see cref="JsonDocument"/> with the chat it belongs to. Reads a single-chat export (<c>messages</c> at the top) and a
/// full export (<c>chats.list[].messages</c>); a chat's <c>name</c> and <c>id</c> are those written before its
/// <c>messages</c>, where Telegram writes them.
/// </summary>
internal sealed class TelegramMessageStream(Stream stream, string fallbackChannelId)
{
    /// <summary>A message element (or whatever stands in its place in the array), its chat, its place in the chat
    /// (<paramref name="Index"/>) and in the file (<paramref name="Ordinal"/>), both from 1.</summary>
    public sealed record Item(JsonDocument Message, string Channel, string ChannelId, int Index, int Ordinal);

    /// <summary>An open object or array: reached through <see cref="Name"/>, or an array element when that is null.</summary>
    private readonly record struct Frame(bool IsArray, string? Name);

    private readonly List<Frame> _frames = [];
    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { AllowTrailingCommas = true, MaxDepth = 256 });
    private string? _property, _channel, _channelId;
    private int _index, _ordinal;
    private JsonException? _fault;

    /// <summary>Whether a chat's <c>messages</c> array was met; false after reading means the file is not a Telegram export.</summary>
    public bool FoundMessages { get; private set; }

    /// <exception cref="JsonException">The file is not valid JSON (the messages before the fault have been handed out).</exception>
    public IEnumerable<Item> Read()
    {
        while (true)
        {
            Fill();
            foreach (var item in Advance()) yield return item;
            if (_fault is not null) throw _fault;
            if (_final) yield break; // the reader has read the last block to its end, or thrown
        }
    }

    /// <summary>Reads more of the stream behind what is left unread, growing the buffer when that fills it.</summary>
    private void Fill()
    {
        if (_final) return;
        if (_filled == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = stream.Read(_buffer, _filled, _buffer.Length - _filled);
        if (read == 0) _final = true;
        _filled += read;
    }

    /// <summary>Reads every whole token and message in the buffer, then keeps only the unread rest at its start. A fault
    /// in the JSON is kept for after the messages before it are handed out.</summary>
    private List<Item> Advance()
    {
        var items = new List<Item>();
        var kept = 0L;
        try { kept = Advance(items); }
        catch (JsonException fault) { _fault = fault; }
        Buffer.BlockCopy(_buffer, (int)kept, _buffer, 0, _filled - (int)kept);
        _filled -= (int)kept;
        return items;
    }

    /// <summary>Adds the whole messages in the buffer to <paramref name="items"/>; answers how many bytes were read.</summary>
    private long Advance(List<Item> items)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _final, _state);
        while (true)
        {
            var before = reader.CurrentState;
            var kept = reader.BytesConsumed;
            if (!reader.Read())
            {
                _state = reader.CurrentState;
                return reader.BytesConsumed;
            }
            if (InMessages() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    // The message goes on past the buffer: read it again with more.
                    _state = before;
                    return kept;
                }
                _index++;
                _ordinal++;
                var message = JsonDocument.Parse(_buffer.AsMemory(start, (int)reader.BytesConsumed - start).ToArray());
                items.Add(new Item(message, _channel ?? "Telegram chat", _channelId ?? fallbackChannelId, _index, _ordinal));
                continue;
            }
            Take(ref reader);
        }
    }

    /// <summary>Follows the structure outside the messages: where it is, and each chat's name and id.</summary>
    private void Take(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                _property = reader.GetString();
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var parentIsArray = _frames.Count > 0 && _frames[^1].IsArray;
                _frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, parentIsArray ? null : _property ?? ""));
                if (IsChat(_frames.Count - 1)) (_channel, _channelId, _index) = (null, null, 0);
                if (InMessages()) FoundMessages = true;
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _frames.RemoveAt(_frames.Count - 1);
                break;
            default:
                if (_frames.Count > 0 && IsChat(_frames.Count - 1))
                {
                    if (_property == "name" && reader.TokenType == JsonTokenType.String) _channel = reader.GetString();
                    else if (_property == "id" && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        _channelId = reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                }
                break;
        }
        _property = null;
    }

    /// <summary>Whether the reader is inside a chat's <c>messages</c> array, where each element is a message.</summary>
    private bool InMessages() =>
        _frames.Count >= 2 && _frames[^1] is { IsArray: true, Name: "messages" } && IsChat(_frames.Count - 2);

    /// <summary>Whether the object at <paramref name="depth"/> is a chat: the root object, or an element of <c>chats.list</c>.</summary>
    private bool IsChat(int depth) =>
        !_frames[depth].IsArray && (depth == 0
            || (depth == 3 && _frames[1] is { IsArray: false, Name: "chats" } && _frames[2] is { IsArray: true, Name: "list" } && _frames[3].Name is null));
}
