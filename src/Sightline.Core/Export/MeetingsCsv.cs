using Sightline.Knowledge.Queries;

namespace Sightline.Export;

/// <summary>Meeting events as CSV, one row a meeting: its date at its precision, place, parties, those listed on the
/// date, report and independent-source counts, and its first source sentence with its report: <c>document</c> names it by
/// title, outlet and date (<see cref="Knowledge.ReportLabel"/>), <c>document_id</c> is its <c>D-</c> id. Every cell goes
/// through <see cref="CsvCell"/>.</summary>
public static class MeetingsCsv
{
    public static readonly string[] Header =
        ["event", "kind", "date", "date_start", "date_end", "place", "parties", "listed_at_date", "lists", "reports", "independent_sources", "evidence", "document", "document_id"];

    public static IEnumerable<string> Rows(IEnumerable<MeetingEvent> meetings)
    {
        yield return CsvCell.Row(Header);
        foreach (var m in meetings)
        {
            var listed = m.Participants.Where(p => p.StatusAtDate == "listed").ToList();
            yield return CsvCell.Row(
                m.Id, m.Kind, m.Date?.Value, m.Date?.StartText, m.Date?.EndText, m.Place,
                string.Join("; ", m.Participants.Select(p => p.Name)),
                string.Join("; ", listed.Select(p => p.Name)),
                string.Join("; ", listed.SelectMany(p => p.Links).Select(l => $"{l.List} {l.ListId} ({string.Join(", ", l.Programs)})").Distinct()),
                m.Reports.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture),
                m.Evidence.FirstOrDefault()?.Text, m.Evidence.FirstOrDefault()?.Label,
                m.Evidence.FirstOrDefault() is { } first ? Knowledge.StableIds.Document(first.Document) : null);
        }
    }
}
