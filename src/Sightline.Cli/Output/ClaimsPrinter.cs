using Sightline.Claims;

namespace Sightline.Cli.Output;

/// <summary>Prints a document's claims for a reader: the names it mentions, then meetings, sanctions statements, roles and family ties, each with its evidence.</summary>
internal static class ClaimsPrinter
{
    public static void Write(TextWriter output, string path, ExtractedDocument extracted, bool allKinds)
    {
        var document = extracted.Analyzed.Document;
        output.WriteLine($"== {Terminal.Line(path)}");
        output.WriteLine($"key {document.Key}    version {document.Version}    language {document.Language}    published {document.Published?.ToString() ?? "unknown"}");
        output.WriteLine($"persons        {string.Join("; ", extracted.Persons)}");
        output.WriteLine($"organizations  {string.Join("; ", extracted.Organizations)}");
        output.WriteLine($"locations      {string.Join("; ", extracted.Locations)}");
        output.WriteLine();

        var meetings = extracted.Meetings.Where(m => allKinds || m.Kind.Happened()).ToList();
        if (meetings.Count > 0)
        {
            var table = new TextTable("Meeting", "Date", "Kind", "Place", "Said by", "Conf.", "Evidence");
            foreach (var m in meetings)
                table.Add(string.Join(" + ", m.Participants.Select(p => p.Kind == ParticipantKind.OfficeHolder ? $"[{p.Name}]" : p.Name)),
                    Date(m), m.Kind.Name(), m.Place, m.AttributedTo.Source, m.Confidence.ToString("0.0"), Shorten(m.Evidence.Text, 70));
            table.Write(output);
            output.WriteLine();
        }
        if (extracted.Sanctions.Count > 0)
        {
            var table = new TextTable("Sanctioned", "Authority", "Basis", "Programs", "Date", "Conf.", "Evidence");
            foreach (var s in extracted.Sanctions)
                table.Add(s.Name, s.Authority, string.Join("; ", s.Bases), string.Join(", ", s.Programs), s.Date?.Value, s.Confidence.ToString("0.0"), Shorten(s.Evidence.Text, 60));
            table.Write(output);
            output.WriteLine();
        }
        if (extracted.Roles.Count > 0)
        {
            var table = new TextTable("Person", "Role", "Organization", "As of");
            foreach (var r in extracted.Roles) table.Add(r.Person, r.Role, r.Organization, r.AsOf);
            table.Write(output);
            output.WriteLine();
        }
        if (extracted.Family.Count > 0)
        {
            var table = new TextTable("Person", "Relation", "Relative");
            foreach (var f in extracted.Family) table.Add(f.Person, f.Relation, f.Relative);
            table.Write(output);
            output.WriteLine();
        }
    }

    private static string Date(MeetingClaim meeting)
    {
        var shared = meeting.Date?.Shared ?? meeting.Date?.Value ?? "";
        return meeting.Date?.Qualifier is { } qualifier ? $"{qualifier} {shared}" : shared;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
