using System.Text.Json;
using Sightline.Analysis.Contracts;

namespace Sightline.Claims.Contracts;

/// <summary>
/// A report's claims as <c>extract --format jsonl</c> gives them: the fields of the seed annotation (<c>doc</c>,
/// <c>published</c>, <c>persons</c>, <c>organizations</c>, <c>meetings</c>, <c>sanctioned</c>) plus <c>locations</c>,
/// <c>roles</c>, <c>family</c> and the mentions with their spans. A meeting's <c>date</c> is the part its start and end
/// share (<c>2023-03</c> for March 2-3, 2023).
/// </summary>
public sealed record ExtractJson(
    string Doc, string Path, string Key, string Version, string Language, string? Published, IReadOnlyList<string> Persons,
    IReadOnlyList<string> Organizations, IReadOnlyList<string> Locations, IReadOnlyList<ExtractedMeetingJson> Meetings,
    IReadOnlyList<SanctionedJson> Sanctioned, IReadOnlyList<ExtractedRoleJson> Roles, IReadOnlyList<ExtractedFamilyJson> Family,
    IReadOnlyList<MentionJson> Mentions)
{
    /// <param name="allKinds">Also the meetings that did not happen (planned, denied).</param>
    public static ExtractJson Of(string path, ExtractedDocument extracted, bool allKinds)
    {
        var document = extracted.Analyzed.Document;
        return new(System.IO.Path.GetFileName(path), path, document.Key, document.Version, document.Language, document.Published?.ToString(),
            extracted.Persons, extracted.Organizations, extracted.Locations,
            [.. extracted.Meetings.Where(m => allKinds || m.Kind.Happened()).Select(ExtractedMeetingJson.Of)],
            [.. extracted.Sanctions.Select(s => new SanctionedJson(s.Name, s.Authority, s.Bases.Count == 0 ? null : string.Join("; ", s.Bases), s.Programs,
                s.Date?.Value, s.AttributedTo.Source, s.AttributedTo.Verb, s.Confidence, s.Evidence.Text, EvidenceSpanJson.Of(s.Evidence)))],
            [.. extracted.Roles.Select(r => new ExtractedRoleJson(r.Person, r.Role, r.Organization, r.Date?.Value, r.AsOf, r.AttributedTo.Source,
                r.AttributedTo.Verb, r.Confidence, r.Evidence.Text, EvidenceSpanJson.Of(r.Evidence)))],
            [.. extracted.Family.Select(f => new ExtractedFamilyJson(f.Person, f.Relation, f.Relative, f.AttributedTo.Source, f.AttributedTo.Verb,
                f.Confidence, f.Evidence.Text, EvidenceSpanJson.Of(f.Evidence)))],
            MentionJson.All(extracted.Analyzed));
    }
}

/// <summary>A meeting claim: its parties (names, and each with its kind and how it was named), date, place, kind, and
/// evidence.</summary>
public sealed record ExtractedMeetingJson(
    IReadOnlyList<string> Participants, IReadOnlyList<PartyJson> Parties, string? Date, string? DateStart, string? DateEnd, string? Qualifier,
    string? Basis, string? Place, string Kind, bool Happened, bool Recurrence, IReadOnlyList<string> Responses,
    string AttributedTo, string? ReportingVerb, double Confidence, string Evidence, EvidenceSpanJson EvidenceSpan)
{
    public static ExtractedMeetingJson Of(MeetingClaim meeting) =>
        new([.. meeting.Participants.Select(p => p.Name)],
            [.. meeting.Participants.Select(p => new PartyJson(p.Name, JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Kind.ToString()), p.Via))],
            meeting.Date?.Shared, meeting.Date?.From?.ToString(), meeting.Date?.To?.ToString(), meeting.Date?.Qualifier,
            meeting.Date is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(meeting.Date.Basis.ToString()), meeting.Place,
            meeting.Kind.Name(), meeting.Kind.Happened(), meeting.Recurrence, meeting.Responses,
            meeting.AttributedTo.Source, meeting.AttributedTo.Verb, meeting.Confidence, meeting.Evidence.Text, EvidenceSpanJson.Of(meeting.Evidence));
}

/// <summary>A party of a meeting claim.</summary>
public sealed record PartyJson(string Name, string Kind, string Via);

/// <summary>A sanctions statement: who, by which authority, on which bases and programmes, when.</summary>
public sealed record SanctionedJson(
    string Name, string? Authority, string? ProgramOrBasis, IReadOnlyList<string> Programs, string? Date,
    string AttributedTo, string? ReportingVerb, double Confidence, string Evidence, EvidenceSpanJson EvidenceSpan);

/// <summary>A role claim.</summary>
public sealed record ExtractedRoleJson(
    string Person, string Role, string? Organization, string? Date, string? AsOf,
    string AttributedTo, string? ReportingVerb, double Confidence, string Evidence, EvidenceSpanJson EvidenceSpan);

/// <summary>A family claim.</summary>
public sealed record ExtractedFamilyJson(
    string Person, string Relation, string Relative,
    string AttributedTo, string? ReportingVerb, double Confidence, string Evidence, EvidenceSpanJson EvidenceSpan);

/// <summary>Where a claim's evidence is: the document's key and version, the sentence and the character span.</summary>
public sealed record EvidenceSpanJson(string Document, string Version, int Sentence, int Start, int End)
{
    public static EvidenceSpanJson Of(Evidence evidence) => new(evidence.DocumentKey, evidence.DocumentVersion, evidence.Sentence, evidence.Start, evidence.End);
}
