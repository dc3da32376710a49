using Sightline.Dates;

namespace Sightline.Claims;

/// <summary>What every claim carries: its evidence, who asserts it, and a confidence in the bands of <see cref="ClaimConfidence"/>.</summary>
public interface IClaim
{
    Evidence Evidence { get; }
    Attribution AttributedTo { get; }
    double Confidence { get; }
}

/// <summary>
/// A meeting the report tells of: participants, date (null when the text gives none), place, kind, and the responses
/// attached to it (a denial or comment by a named source in the same passage). <see cref="Recurrence"/> is set when the
/// claim repeats an earlier meeting's participants on a new date ("Similar meetings were held on …").
/// </summary>
public sealed record MeetingClaim(
    IReadOnlyList<Participant> Participants,
    ReportedDate? Date,
    string? Place,
    MeetingKind Kind,
    Attribution AttributedTo,
    Evidence Evidence,
    double Confidence,
    bool Recurrence,
    IReadOnlyList<string> Responses) : IClaim;

/// <summary>A role a person holds: <c>secretary-general</c> of <c>Asa'ib Ahl Al-Haq</c>, as of the date the text gives (or the publication date).</summary>
public sealed record RoleClaim(
    string Person,
    int PersonChain,
    string Role,
    string? Organization,
    ReportedDate? Date,
    string? AsOf,
    Attribution AttributedTo,
    Evidence Evidence,
    double Confidence) : IClaim;

/// <summary>A family tie: <c>Laith Al-Khazali</c> is the <c>brother</c> of <c>Qais Al-Khazali</c>.</summary>
public sealed record FamilyClaim(
    string Person,
    int PersonChain,
    string Relation,
    string Relative,
    int RelativeChain,
    Attribution AttributedTo,
    Evidence Evidence,
    double Confidence) : IClaim;

/// <summary>
/// What a report says about someone's sanctions: the authority (<c>US Treasury</c>), the programme or legal basis as
/// written (<c>E.O. 13818</c>, <c>human rights violations</c>), the list programmes that basis maps to (<c>GLOMAG</c>,
/// <c>SDGT</c>, <c>FTO</c>) so the statement can be checked against the lists, and the date when given.
/// </summary>
public sealed record SanctionsStatement(
    string Name,
    int Chain,
    string? Authority,
    IReadOnlyList<string> Bases,
    IReadOnlyList<string> Programs,
    ReportedDate? Date,
    Attribution AttributedTo,
    Evidence Evidence,
    double Confidence) : IClaim;
