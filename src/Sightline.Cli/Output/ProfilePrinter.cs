using Sightline.Knowledge;
using Sightline.Knowledge.Queries;

namespace Sightline.Cli.Output;

/// <summary>A profile and a contacts timeline as text for a terminal.</summary>
internal static class ProfilePrinter
{
    public static void Write(TextWriter output, EntityProfile profile)
    {
        output.WriteLine($"{profile.Name}  ({profile.Kind.ToString().ToLowerInvariant()}, {profile.Id})");
        output.WriteLine($"  names seen:   {string.Join("; ", profile.Names.Select(n => $"{n.Name} ({Reports(n.Reports)})"))}");
        if (profile.Links.Count == 0) output.WriteLine("  lists:        not linked to any list entry");
        foreach (var link in profile.Links) output.WriteLine($"  lists:        {Link(link)}");
        foreach (var link in profile.Candidates) output.WriteLine($"  for review:   {link.List} {link.ListId} {link.EntryName}, score {link.Score:0.00}: {link.Reason}");
        if (profile.Designation is { } designation) output.WriteLine($"  designated:   {designation.Date.Value}, from {designation.Source}");
        else if (profile.Links.Count > 0) output.WriteLine("  designated:   date unknown (the list states none, and no report dates it)");
        foreach (var statement in profile.Statements)
            output.WriteLine($"  reports say:  sanctioned by {statement.Authority ?? "(authority not named)"}" +
                             $"{(statement.Bases.Count > 0 ? " for " + string.Join(", ", statement.Bases) : "")}{(statement.Date is { } d ? ", " + d : "")} — {statement.Check} — {Doc(statement.Source)}");
        foreach (var role in profile.Roles.DistinctBy(r => (r.Title.ToLowerInvariant(), r.OrganizationId ?? r.Organization)))
            output.WriteLine($"  role:         {role.Title}{(role.Organization is { } o ? " of " + o : "")}" +
                             $"{string.Concat(role.OrganizationLinks.Select(l => $" [{l.List} {l.ListId}: {string.Join(", ", l.Programs)}]"))}{(role.Date is { } d ? " (" + d + ")" : "")} — {Doc(role.Source)}");
        foreach (var tie in profile.Family)
            output.WriteLine($"  family:       {(tie.RelativeIsSubject ? $"{tie.Relative} is their {tie.Relation}" : $"their {tie.Relation} {tie.Relative}")} — {Doc(tie.Source)}");
        output.WriteLine();
        WriteTimeline(output, profile);
    }

    public static void WriteTimeline(TextWriter output, EntityProfile profile)
    {
        output.WriteLine(profile.Meetings.Count < profile.MeetingsTotal
            ? $"Contacts of {profile.Name}, in date order (the newest {profile.Meetings.Count:N0} of {profile.MeetingsTotal:N0} meetings; sightline timeline NAME --limit 0 shows all):"
            : $"Contacts of {profile.Name}, in date order ({profile.Meetings.Count} meeting{(profile.Meetings.Count == 1 ? "" : "s")}):");
        foreach (var meeting in profile.Meetings) WriteMeeting(output, meeting, profile.Id);
    }

    public static void WriteMeeting(TextWriter output, MeetingEvent meeting, string? subject)
    {
        var others = meeting.Participants.Where(p => subject is null || p.Id != subject).ToList();
        var self = subject is null ? null : meeting.Participants.FirstOrDefault(p => p.Id == subject);
        output.WriteLine($"  {Date(meeting),-23} {meeting.Kind,-9} {string.Join(" + ", others.Select(Party))}{(meeting.Place is { } place ? " in " + place : "")}   [{meeting.Id}]");
        if (self is not null && self.StatusAtDate != "not_listed") output.WriteLine($"  {"",-23} {"",-9} {self.Name} then: {Status(self)}");
        output.WriteLine($"  {"",-23} {"",-9} {Reports(meeting.Reports)}, {meeting.Sources} independent source{(meeting.Sources == 1 ? "" : "s")}");
        foreach (var evidence in meeting.Evidence)
            output.WriteLine($"  {"",-23} {"",-9} \"{Shorten(evidence.Text, 160)}\" — {Doc(evidence)}{(evidence.AttributedTo == "report" ? "" : ", per " + evidence.AttributedTo)}");
    }

    public static string Date(MeetingEvent meeting) => meeting.Date is not { } date ? "date unknown" : date.Value.Contains('/') ? $"{date.StartText} to {date.EndText}" : date.Value;

    private static string Party(EventParty party) =>
        party.StatusAtDate == "not_listed" ? party.Name : $"{party.Name} ({Status(party)})";

    private static string Status(EventParty party) => party.StatusAtDate switch
    {
        "listed" => $"LISTED then ({Ids(party)}; designated {party.Designation!.Date.Value})",
        "designated_later" => $"designated later, {party.Designation!.Date.Value} ({Ids(party)})",
        "unknown" => $"listed, designation date unknown ({Ids(party)})",
        _ => "not listed",
    };

    /// <summary>A party's linked entries, a probable link marked as such (it counts, but waits for an analyst).</summary>
    private static string Ids(EventParty party) =>
        string.Join(", ", party.Links.Select(l => l.Tier == "probable" ? $"{l.List} {l.ListId}, probable link" : $"{l.List} {l.ListId}"));

    private static string Link(ListLink link) =>
        $"{link.List} {link.ListId} {link.EntryName} — {string.Join(", ", link.Programs)} — {(link.Automatic ? "automatic" : link.State)} link ({link.Reason}); list as of {link.ListAsOf}";

    /// <summary>A document key as a reader wants it: a file's name rather than its whole absolute path.</summary>
    /// <summary>A report as a line of the profile names it: its title (cut to 60 characters), outlet and date.</summary>
    public static string Doc(SourceSentence source) => ReportLabel.Of(source.Document, source.Title, source.Publisher, source.Published, maxTitle: 60);

    private static string Reports(int count) => count == 1 ? "1 report" : $"{count} reports";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
