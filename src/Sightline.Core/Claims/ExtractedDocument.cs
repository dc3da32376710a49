using Sightline.Analysis;

namespace Sightline.Claims;

/// <summary>
/// A document with its claims: the persons, organisations and locations it names (each once, under its fullest name),
/// and its meetings, roles, family ties and sanctions statements with their evidence.
/// </summary>
public sealed record ExtractedDocument(
    AnalyzedDocument Analyzed,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Locations,
    IReadOnlyList<MeetingClaim> Meetings,
    IReadOnlyList<RoleClaim> Roles,
    IReadOnlyList<FamilyClaim> Family,
    IReadOnlyList<SanctionsStatement> Sanctions);
