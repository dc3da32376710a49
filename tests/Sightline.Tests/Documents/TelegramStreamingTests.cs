using System.Text;
using Sightline.Documents;
using Sightline.Documents.Readers;
using Sightline.Tests.Support;

namespace Sightline.Tests.Documents;

/// <summary>Telegram exports read message by message from the file (ADR-029): the first message is handed out long
/// before the export is read to its end, a message larger than the read buffer is whole, a full export keeps each chat's
/// name and id, and the messages are counted for progress.</summary>
public sealed class TelegramStreamingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Export(int messages, Func<int, string>? text = null)
    {
        var json = new StringBuilder("""{"name": "Harbour Watch", "type": "public_channel", "id": 5150, "messages": [""");
        for (var id = 1; id <= messages; id++)
        {
            if (id > 1) json.Append(',');
            json.Append($$"""{"id": {{id}}, "type": "message", "date": "2024-02-{{1 + id % 28:D2}}T10:00:00", "text": "{{text?.Invoke(id) ?? $"Bulletin {id}: the port authority met the shipping agents."}}"}""");
        }
        return json.Append("]}").ToString();
    }

    [Fact]
    public void The_first_message_is_handed_out_before_the_export_is_read_to_its_end()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Export(20_000)));

        using var messages = TelegramExportReader.ReadEach("result.json", stream).GetEnumerator();
        Assert.True(messages.MoveNext());

        Assert.Equal("telegram:5150/1", messages.Current.Document!.Key);
        Assert.True(stream.Position < stream.Length / 10, $"read {stream.Position:N0} of {stream.Length:N0} bytes for the first message");
        var rest = 1;
        while (messages.MoveNext()) rest++;
        Assert.Equal(20_000, rest);
    }

    [Fact]
    public void A_message_larger_than_the_read_buffer_is_read_whole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The harbour master met the customs chief to discuss the new quay. ", 3000)).TrimEnd();
        var path = _folder.Write("result.json", Export(3, id => id == 2 ? paragraph : $"Bulletin {id}."));

        var documents = DocumentReader.ReadEach(path).Select(i => i.Document!).ToList();

        Assert.Equal(["telegram:5150/1", "telegram:5150/2", "telegram:5150/3"], documents.Select(d => d.Key));
        Assert.Equal(paragraph, documents[1].Text);
        Assert.Equal(3, DocumentReader.MessagesIn(path));
    }

    [Fact]
    public void A_full_export_keeps_each_chats_name_and_id_and_numbers_messages_through_the_file()
    {
        var path = _folder.Write("full.json", """
            {"about": "export", "chats": {"about": "chats", "list": [
              {"name": "First Desk", "type": "public_channel", "id": 1, "messages": [
                {"id": 7, "type": "message", "date": "2024-03-01T10:00:00", "text": "The mayor met the contractors."}]},
              {"name": "Second Desk", "type": "public_channel", "id": 2, "messages": [
                {"id": 7, "type": "message", "date": "2024-03-02T10:00:00", "text": ["The ", {"type": "bold", "text": "council"}, " met again."]},
                {"id": 8, "type": "message", "date": "2024-03-02T11:00:00", "text": "The council adjourned."}]}
            ]}}
            """);

        var items = DocumentReader.ReadEach(path).ToList();

        Assert.Equal(["telegram:1/7", "telegram:2/7", "telegram:2/8"], items.Select(i => i.Document!.Key));
        Assert.Equal(["First Desk", "Second Desk", "Second Desk"], items.Select(i => i.Document!.Publisher));
        Assert.Equal([1, 2, 3], items.Select(i => i.Index));
        Assert.Equal("The council met again.", items[1].Document!.Text);
        Assert.Equal(3, DocumentReader.MessagesIn(path));
    }

    [Fact]
    public void Json_broken_halfway_gives_the_messages_before_the_fault_then_the_error()
    {
        var whole = Export(50);
        var path = _folder.Write("cut.json", whole[..(whole.Length / 2)]);

        var items = DocumentReader.ReadEach(path).ToList();

        Assert.True(items.Count > 10);
        Assert.All(items[..^1], i => Assert.NotNull(i.Document));
        Assert.Contains("cut.json: not valid JSON", items[^1].Error);
        Assert.Null(DocumentReader.MessagesIn(path));
    }
}
