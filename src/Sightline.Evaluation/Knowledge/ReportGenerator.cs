using System.Text;
using Sightline.Lists.Model;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Writes a synthetic corpus for measuring ingestion and queries at scale: reports of about 400 words built from the
/// sentence patterns of the genre (meetings with dates and places, roles, sanctions statements, quotes, background),
/// naming listed people and organisations (from the lists' own names) beside invented people on no list. Seeded, so
/// the same seed and size always give the same corpus.
/// </summary>
public sealed class ReportGenerator
{
    private static readonly string[] Given = ["Karim", "Salim", "Nadia", "Tariq", "Yusuf", "Laila", "Omar", "Rami", "Samir", "Hana", "Ziad", "Mona", "Fadi", "Walid", "Rana", "Bashir", "Dalia", "Imad", "Jamal", "Nour"];
    private static readonly string[] Family = ["Haddad", "Nasser", "Khoury", "Saleh", "Mansour", "Darwish", "Aziz", "Qasim", "Barakat", "Hamdi", "Sabbagh", "Tamimi", "Jaber", "Rahal", "Awad", "Fayad", "Hijazi", "Karam", "Zein", "Matar"];
    private static readonly string[] Cities = ["Baghdad", "Beirut", "Damascus", "Tehran", "Doha", "Cairo", "Amman", "Erbil", "Basra", "Istanbul"];
    private static readonly string[] Titles = ["the head of", "a senior commander of", "the spokesman of", "the secretary-general of", "a leader of"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Filler =
    [
        "The talks focused on the political situation in the region and on the coming elections.",
        "Observers said the meeting signalled a shift in the group's public strategy.",
        "The statement did not give further details about the discussions.",
        "Analysts noted that such contacts have become more frequent over the past year.",
        "Local media published photographs of the meeting on the same day.",
        "Both sides stressed the importance of stability and of continued dialogue.",
        "The visit drew criticism from several members of parliament.",
        "The office released a short video of the two men shaking hands.",
    ];

    private readonly Random _random;
    private readonly string[] _listedPeople;
    private readonly string[] _listedGroups;
    private readonly string[] _unlisted;

    public ReportGenerator(IEnumerable<ListEntry> entries, int seed)
    {
        _random = new Random(seed);
        var all = entries.ToList();
        _listedPeople = all.Where(e => e.Schema == EntrySchema.Person && e.Name.Contains(", ", StringComparison.Ordinal))
            .Select(e => e.Name.Split(", ", 2)).Where(p => p[1].Length > 0 && p[0].Length > 0)
            .Select(p => $"{Title(p[1].Split(' ')[0])} {Title(p[0])}").Where(n => n.Length < 40).Distinct().Take(2000).ToArray();
        _listedGroups = all.Where(e => e.Schema == EntrySchema.Organization && e.Name.Split(' ').Length is >= 2 and <= 5 && !e.Name.Contains(','))
            .Select(e => Title(e.Name)).Distinct().Take(500).ToArray();
        _unlisted = (from g in Given from f in Family select $"{g} {f}").ToArray();
    }

    /// <summary>Writes <paramref name="count"/> reports into <paramref name="folder"/> as <c>report-000001.txt</c>…</summary>
    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= count; i++)
            File.WriteAllText(Path.Combine(folder, $"report-{i:D6}.txt"), Report(i));
    }

    public string Report(int number)
    {
        var year = 2015 + _random.Next(10);
        var published = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28));
        var subject = Pick(_random.Next(3) == 0 ? _listedPeople : _unlisted);
        var group = Pick(_listedGroups);
        var text = new StringBuilder();
        text.Append($"Title: {subject} holds talks in {Pick(Cities)} (report {number})\n");
        text.Append($"Published: {published:yyyy-MM-dd}\n\n");
        text.Append($"{subject}, {Pick(Titles)} {group}, has met several figures in recent weeks. ");
        for (var paragraph = 0; paragraph < 4; paragraph++)
        {
            var other = Pick(_random.Next(4) == 0 ? _listedPeople : _unlisted);
            var day = published.AddDays(-_random.Next(1, 60));
            text.Append(_random.Next(3) switch
            {
                0 => $"On {Months[day.Month - 1]} {day.Day}, {day.Year}, {subject} met with {other} in {Pick(Cities)}. ",
                1 => $"{subject} received {other} at his office in {Pick(Cities)} on {Months[day.Month - 1]} {day.Day}, {day.Year}. ",
                _ => $"On {Months[day.Month - 1]} {day.Day}, {day.Year}, {other} held talks with {subject} in {Pick(Cities)}. ",
            });
            text.Append(Pick(Filler)).Append(' ').Append(Pick(Filler)).Append(' ');
            text.Append($"\"We discussed the situation frankly,\" {other} said after the meeting. ");
            text.Append(Pick(Filler)).Append("\n\n");
        }
        if (_random.Next(3) == 0) text.Append($"{group} was designated by the U.S. Treasury as a Specially Designated Global Terrorist organisation. ");
        text.Append(Pick(Filler)).Append(' ').Append(Pick(Filler)).Append('\n');
        return text.ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Title(string upper) =>
        string.Join(' ', upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
