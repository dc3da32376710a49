using System.Globalization;
using Sightline.Casework;
using Sightline.Lists;
using Sightline.Knowledge;

namespace Sightline.Export;

/// <summary>
/// One case handed to other tools, through the knowledge base's own exports (ADR-036). As FollowTheMoney lines: what
/// <see cref="FtmExporter"/> gives for the case's entities and the parties of the meetings it holds (the entities, the
/// meetings among them, their roles, family ties and sanctions), then a <c>Document</c> for each report it holds and
/// a <c>Note</c> for each note on its members. As CSV: <see cref="MeetingsCsv"/> over the case's meetings.
/// </summary>
public sealed class CaseExport(KnowledgeStore store, IListStore lists)
{
    public static readonly string[] Formats = ["json", "ftm", "csv"];

    /// <summary>The case's FollowTheMoney entities, sorted as the whole export is.</summary>
    public IEnumerable<FtmEntity> Ftm(CaseFile file)
    {
        var keys = file.Members.Where(m => m.Kind == CaseworkTargets.Entity).Select(m => m.Id)
            .Concat(file.Meetings.Where(e => file.Members.Any(m => m.Id == e.Id)).SelectMany(e => e.Participants).Select(p => p.Id).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entity in new FtmExporter(store, lists).Export(keys)) yield return entity;
        foreach (var document in file.Members.Where(m => m.Kind == CaseworkTargets.Document))
            yield return new FtmEntity(document.Id, "Document").Add("title", document.Label);
        foreach (var note in file.Notes)
            yield return new FtmEntity(note.Id, "Note").Add("entity", note.Target).Add("description", note.Text).Add("publisher", note.Author)
                .Add("date", note.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The case's meetings as CSV rows, header first.</summary>
    public static IEnumerable<string> Csv(CaseFile file) => MeetingsCsv.Rows(file.Meetings);
}
