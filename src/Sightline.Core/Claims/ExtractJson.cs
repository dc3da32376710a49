using System.Text.Json;
using Sightline.Analysis;
using Sightline.Analysis.Dates;

namespace Sightline.Claims;

/// <summary>
/// Writes an <see cref="ExtractedDocument"/> as one JSON object whose fields include those of the seed annotation
/// (<c>doc</c>, <c>published</c>, <c>persons</c>, <c>organizations</c>, <c>meetings</c>, <c>sanctioned</c>) plus
/// <c>locations</c>, <c>roles</c>, <c>family</c> and the mentions with their spans. A meeting's <c>date</c> is the part
/// its start and end share (<c>2023-03</c> for March 2-3, 2023).
/// </summary>
public static class ExtractJson
{
    public static void Write(Utf8JsonWriter json, string path, ExtractedDocument extracted, bool allKinds)
    {
        var document = extracted.Analyzed.Document;
        json.WriteStartObject();
        json.WriteString("doc", Path.GetFileName(path));
        json.WriteString("path", path);
        json.WriteString("key", document.Key);
        json.WriteString("version", document.Version);
        json.WriteString("language", document.Language);
        json.WriteString("published", document.Published?.ToString());
        Strings(json, "persons", extracted.Persons);
        Strings(json, "organizations", extracted.Organizations);
        Strings(json, "locations", extracted.Locations);
        json.WriteStartArray("meetings");
        foreach (var meeting in extracted.Meetings.Where(m => allKinds || m.Kind.Happened())) Meeting(json, meeting);
        json.WriteEndArray();
        json.WriteStartArray("sanctioned");
        foreach (var statement in extracted.Sanctions) Sanctioned(json, statement);
        json.WriteEndArray();
        json.WriteStartArray("roles");
        foreach (var role in extracted.Roles)
        {
            json.WriteStartObject();
            json.WriteString("person", role.Person);
            json.WriteString("role", role.Role);
            json.WriteString("organization", role.Organization);
            json.WriteString("date", role.Date?.Value);
            json.WriteString("as_of", role.AsOf);
            Common(json, role);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("family");
        foreach (var tie in extracted.Family)
        {
            json.WriteStartObject();
            json.WriteString("person", tie.Person);
            json.WriteString("relation", tie.Relation);
            json.WriteString("relative", tie.Relative);
            Common(json, tie);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in extracted.Analyzed.Mentions) AnalysisJson.WriteMention(json, extracted.Analyzed, mention);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Meeting(Utf8JsonWriter json, MeetingClaim meeting)
    {
        json.WriteStartObject();
        Strings(json, "participants", meeting.Participants.Select(p => p.Name));
        json.WriteStartArray("parties");
        foreach (var party in meeting.Participants)
        {
            json.WriteStartObject();
            json.WriteString("name", party.Name);
            json.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(party.Kind.ToString()));
            json.WriteString("via", party.Via);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("date", meeting.Date?.Shared);
        json.WriteString("date_start", meeting.Date?.From?.ToString());
        json.WriteString("date_end", meeting.Date?.To?.ToString());
        json.WriteString("qualifier", meeting.Date?.Qualifier);
        json.WriteString("basis", meeting.Date is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(meeting.Date.Basis.ToString()));
        json.WriteString("place", meeting.Place);
        json.WriteString("kind", meeting.Kind.Name());
        json.WriteBoolean("happened", meeting.Kind.Happened());
        json.WriteBoolean("recurrence", meeting.Recurrence);
        Strings(json, "responses", meeting.Responses);
        Common(json, meeting);
        json.WriteEndObject();
    }

    private static void Sanctioned(Utf8JsonWriter json, SanctionsStatement statement)
    {
        json.WriteStartObject();
        json.WriteString("name", statement.Name);
        json.WriteString("authority", statement.Authority);
        json.WriteString("program_or_basis", statement.Bases.Count == 0 ? null : string.Join("; ", statement.Bases));
        Strings(json, "programs", statement.Programs);
        json.WriteString("date", statement.Date?.Value);
        Common(json, statement);
        json.WriteEndObject();
    }

    private static void Common(Utf8JsonWriter json, IClaim claim)
    {
        json.WriteString("attributed_to", claim.AttributedTo.Source);
        json.WriteString("reporting_verb", claim.AttributedTo.Verb);
        json.WriteNumber("confidence", claim.Confidence);
        json.WriteString("evidence", claim.Evidence.Text);
        json.WriteStartObject("evidence_span");
        json.WriteString("document", claim.Evidence.DocumentKey);
        json.WriteString("version", claim.Evidence.DocumentVersion);
        json.WriteNumber("sentence", claim.Evidence.Sentence);
        json.WriteNumber("start", claim.Evidence.Start);
        json.WriteNumber("end", claim.Evidence.End);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
