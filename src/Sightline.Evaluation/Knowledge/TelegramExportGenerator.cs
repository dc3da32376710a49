using System.Globalization;
using System.Text.Json;
using Sightline.Lists.Model;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Writes a synthetic Telegram channel export (<c>result.json</c>) for measuring how large exports are ingested: short
/// posts in the genre, most reporting one of a few dozen meetings between listed and unlisted people again and again
/// (as a channel does when it follows a story), the others background; one service message in fifty. Each post's text
/// differs, so each is a document of its own. Seeded: the same seed and size give the same export.
/// </summary>
public sealed class TelegramExportGenerator
{
    private static readonly string[] Cities = ["Baghdad", "Beirut", "Damascus", "Tehran", "Doha", "Cairo", "Amman", "Erbil", "Basra", "Istanbul"];
    private static readonly string[] Unlisted = ["Karim Haddad", "Salim Nasser", "Nadia Khoury", "Tariq Saleh", "Yusuf Mansour", "Laila Darwish", "Omar Aziz", "Rami Qasim"];
    private static readonly string[] Filler =
    [
        "The channel will publish more details as they come in.",
        "Photographs of the meeting circulated on social media.",
        "The office did not comment on the talks.",
        "Observers expect further contacts in the coming weeks.",
    ];

    private readonly Random _random;
    private readonly List<(string A, string B, string City, DateOnly Day)> _meetings = [];

    public TelegramExportGenerator(IEnumerable<ListEntry> entries, int seed)
    {
        _random = new Random(seed);
        var listed = entries.Where(e => e.Schema == EntrySchema.Person && e.Name.Contains(", ", StringComparison.Ordinal))
            .Select(e => e.Name.Split(", ", 2)).Where(p => p[0].Length > 0 && p[1].Length > 0)
            .Select(p => $"{Title(p[1].Split(' ')[0])} {Title(p[0])}").Where(n => n.Length < 40).Distinct().Take(40).ToArray();
        for (var i = 0; i < 40; i++)
            _meetings.Add((listed.Length > 0 ? listed[_random.Next(listed.Length)] : Pick(Unlisted), Pick(Unlisted), Pick(Cities),
                new DateOnly(2024, 1 + _random.Next(12), 1 + _random.Next(28))));
    }

    /// <summary>Writes an export of <paramref name="messages"/> messages to <paramref name="path"/>.</summary>
    public void Write(string path, int messages)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("name", "Generated Channel");
        json.WriteString("type", "public_channel");
        json.WriteNumber("id", 777000);
        json.WriteStartArray("messages");
        for (var id = 1; id <= messages; id++)
        {
            var (a, b, city, day) = _meetings[_random.Next(_meetings.Count)];
            var posted = day.AddDays(_random.Next(0, 5));
            json.WriteStartObject();
            json.WriteNumber("id", id);
            if (id % 50 == 0)
            {
                json.WriteString("type", "service");
                json.WriteString("date", posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00");
                json.WriteString("action", "pin_message");
                json.WriteEndObject();
                continue;
            }
            json.WriteString("type", "message");
            json.WriteString("date", posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"T{_random.Next(24):D2}:{_random.Next(60):D2}:00");
            json.WriteString("text", _random.Next(4) == 0
                ? $"Update {id}: {Pick(Filler)} {Pick(Filler)}"
                : $"Update {id}: On {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}, {a} met with {b} in {city}. {Pick(Filler)}");
            json.WriteEndObject();
            if (id % 1000 == 0) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Title(string upper) =>
        string.Join(' ', upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
