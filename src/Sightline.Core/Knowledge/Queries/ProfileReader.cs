using Sightline.Knowledge.Status;
using Sightline.Knowledge.Storage;
using Sightline.Lists;

namespace Sightline.Knowledge.Queries;

/// <summary>Assembles an <see cref="EntityProfile"/> from the knowledge base and the lists. Every part is bounded, so an
/// entity named by fifty thousand reports costs about what one named by five does: names with their report counts and
/// a few of the reports, up to <see cref="ClaimsPerKind"/> statements, roles and family ties, and the newest meetings.</summary>
public sealed class ProfileReader(IProfileQueries queries, IListStore lists)
{
    public ProfileReader(KnowledgeStore store, IListStore lists) : this(store.Profiles, lists) { }

    public const int DocumentsPerName = 20;
    public const int ClaimsPerKind = 100;

    /// <summary>How many meetings a profile shows unless asked otherwise (0 asks for all).</summary>
    public const int DefaultMeetings = 200;

    private readonly SanctionsReader _sanctions = new(queries, lists);

    public EventReader Events => new(queries, _sanctions);

    public EntityProfile? Read(string entityId, int meetingLimit = DefaultMeetings)
    {
        if (queries.Entity(entityId) is not { } stored) return null;
        var entity = (stored.Id, Kind: Enum.Parse<EntityKind>(stored.Kind), stored.Name);

        var names = queries.Names(entityId, DocumentsPerName)
            .GroupBy(n => n.Name).Select(g => new NameSeen(g.Key, g.First().Reports, g.Select(n => n.DocumentKey).ToList()))
            .OrderByDescending(n => n.Reports).ThenByDescending(n => n.Name.Length).ToList();
        var allLinks = _sanctions.Links([entityId]).GetValueOrDefault(entityId) ?? [];
        var links = allLinks.Where(SanctionsReader.IsLink).ToList();
        var designation = _sanctions.Designations(new Dictionary<string, List<ListLink>> { [entityId] = allLinks }).GetValueOrDefault(entityId);

        var statements = Claims(entityId, "sanctions", asObject: false).Select(c => new StatementSeen(c.Label, ClaimPayload.Bases(c.Payload), ClaimPayload.Programs(c.Payload), c.Date,
            Check(c.Label, ClaimPayload.Programs(c.Payload), links), c.Source)).ToList();
        var roleClaims = Claims(entityId, "role", asObject: false);
        var organizationLinks = _sanctions.Links(roleClaims.Select(c => c.Object).OfType<string>().Distinct().ToList());
        var roles = roleClaims.Select(c => new RoleSeen(c.Label ?? "", c.ObjectName ?? ClaimPayload.Field(c.Payload, "organization"), c.Object,
            c.Object is not null && organizationLinks.TryGetValue(c.Object, out var l) ? l.Where(SanctionsReader.IsLink).ToList() : [], c.Date, c.Source)).ToList();
        var family = Claims(entityId, "family", asObject: false).Select(c => new FamilySeen(c.Label ?? "", c.ObjectName ?? ClaimPayload.Field(c.Payload, "relative") ?? "", c.Object, false, c.Source))
            .Concat(Claims(entityId, "family", asObject: true).Select(c => new FamilySeen(c.Label ?? "", c.SubjectName ?? ClaimPayload.Field(c.Payload, "person") ?? "", c.Subject, true, c.Source)))
            .ToList();
        var meetings = Events.ReadOfParty(entityId, meetingLimit);
        var total = queries.MeetingCount(entityId);
        return new EntityProfile(entity.Id, entity.Kind, names.FirstOrDefault()?.Name ?? entity.Name, names, links, allLinks.Where(l => l.State == "candidate").ToList(),
            designation, statements, roles, family, meetings, total);
    }

    /// <summary>Checks a report's statement against the entity's links: see <see cref="StatementSeen"/>.</summary>
    private static string Check(string? authority, IReadOnlyList<string> programs, IReadOnlyList<ListLink> links)
    {
        var onList = links.Where(l => authority is not null && ListAuthority.Publishes(authority, l.List)).ToList();
        if (onList.Count == 0) return "unconfirmed";
        return programs.Count == 0 || programs.All(p => onList.Any(l => l.Programs.Contains(p, StringComparer.OrdinalIgnoreCase))) ? "consistent" : "contradicted";
    }

    private List<(string? Label, string? Date, string? Subject, string? SubjectName, string? Object, string? ObjectName, string Payload, SourceSentence Source)> Claims(string entityId, string kind, bool asObject) =>
        queries.Claims(entityId, kind, asObject, ClaimsPerKind)
            .Select(c => (c.Label, c.DateValue, c.SubjectId, c.SubjectName, c.ObjectId, c.ObjectName, c.Payload,
                new SourceSentence(c.DocumentKey, c.Title, c.Publisher, c.Sentence, c.Evidence, c.AttributedTo) { Published = c.Published })).ToList();
}
