using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Status;
using Sightline.Lists;

namespace Sightline.Knowledge.Queries;

/// <summary>Assembles an <see cref="EntityProfile"/> from the knowledge base and the lists. Every part is bounded, so an
/// entity named by fifty thousand reports costs about what one named by five does: names with their report counts and
/// a few of the reports, up to <see cref="ClaimsPerKind"/> statements, roles and family ties, and the newest meetings.</summary>
public sealed class ProfileReader(SqliteConnection connection, IListStore lists)
{
    public ProfileReader(KnowledgeStore store, IListStore lists) : this(store.Connection, lists) { }


    public const int DocumentsPerName = 20;
    public const int ClaimsPerKind = 100;

    /// <summary>How many meetings a profile shows unless asked otherwise (0 asks for all).</summary>
    public const int DefaultMeetings = 200;

    private readonly SanctionsReader _sanctions = new(connection, lists);

    public EventReader Events => new(connection, _sanctions);

    public EntityProfile? Read(string entityId, int meetingLimit = DefaultMeetings)
    {
        var entity = connection.Query(null, "SELECT id, schema, name FROM kb_entities WHERE id = $0",
            r => (Id: r.GetString(0), Kind: Enum.Parse<EntityKind>(r.GetString(1)), Name: r.GetString(2)), entityId).FirstOrDefault();
        if (entity.Id is null) return null;

        var names = connection.Query(null,
                $"""
                SELECT name, document_key, reports FROM (
                    SELECT name, document_key, COUNT(*) OVER (PARTITION BY name) AS reports, ROW_NUMBER() OVER (PARTITION BY name ORDER BY document_key) AS n
                    FROM kb_names WHERE entity_id = $0)
                WHERE n <= {DocumentsPerName} ORDER BY name, document_key
                """, r => (Name: r.GetString(0), Document: r.GetString(1), Reports: r.GetInt32(2)), entityId)
            .GroupBy(n => n.Name).Select(g => new NameSeen(g.Key, g.First().Reports, g.Select(n => n.Document).ToList()))
            .OrderByDescending(n => n.Reports).ThenByDescending(n => n.Name.Length).ToList();
        var allLinks = _sanctions.Links([entityId]).GetValueOrDefault(entityId) ?? [];
        var links = allLinks.Where(SanctionsReader.IsLink).ToList();
        var designation = _sanctions.Designations(new Dictionary<string, List<ListLink>> { [entityId] = allLinks }).GetValueOrDefault(entityId);

        var statements = Claims(entityId, "sanctions", "subject_id").Select(c => new StatementSeen(c.Label, ClaimPayload.Bases(c.Payload), ClaimPayload.Programs(c.Payload), c.Date,
            Check(c.Label, ClaimPayload.Programs(c.Payload), links), c.Source)).ToList();
        var roleClaims = Claims(entityId, "role", "subject_id");
        var organizationLinks = _sanctions.Links(roleClaims.Select(c => c.Object).OfType<string>().Distinct().ToList());
        var roles = roleClaims.Select(c => new RoleSeen(c.Label ?? "", c.ObjectName ?? ClaimPayload.Field(c.Payload, "organization"), c.Object,
            c.Object is not null && organizationLinks.TryGetValue(c.Object, out var l) ? l.Where(SanctionsReader.IsLink).ToList() : [], c.Date, c.Source)).ToList();
        var family = Claims(entityId, "family", "subject_id").Select(c => new FamilySeen(c.Label ?? "", c.ObjectName ?? ClaimPayload.Field(c.Payload, "relative") ?? "", c.Object, false, c.Source))
            .Concat(Claims(entityId, "family", "object_id").Select(c => new FamilySeen(c.Label ?? "", c.SubjectName ?? ClaimPayload.Field(c.Payload, "person") ?? "", c.Subject, true, c.Source)))
            .ToList();
        var meetings = Events.Read(
            "SELECT event_id FROM kb_event_parties WHERE party_key = $0 ORDER BY date_start DESC" +
            (meetingLimit > 0 ? $" LIMIT {meetingLimit}" : ""), entityId);
        var total = Convert.ToInt32(connection.Scalar(null, "SELECT COUNT(*) FROM kb_event_parties WHERE party_key = $0", entityId), System.Globalization.CultureInfo.InvariantCulture);
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

    private List<(string? Label, string? Date, string? Subject, string? SubjectName, string? Object, string? ObjectName, string Payload, SourceSentence Source)> Claims(string entityId, string kind, string column) =>
        connection.Query(null,
            $"""
            SELECT c.label, c.date_value, c.subject_id, s.name, c.object_id, o.name, c.payload, c.document_key, d.title, d.publisher, c.sentence, c.evidence, c.attributed_to
            FROM kb_claims c JOIN kb_documents d ON d.key = c.document_key LEFT JOIN kb_entities s ON s.id = c.subject_id LEFT JOIN kb_entities o ON o.id = c.object_id
            WHERE c.{column} = $0 AND c.kind = $1 AND c.status <> 'rejected' ORDER BY c.date_start IS NULL, c.date_start, c.document_key, c.sentence LIMIT {ClaimsPerKind}
            """,
            r => (r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.GetString(6),
                new SourceSentence(r.GetString(7), r.Text(8), r.Text(9), r.GetInt32(10), r.GetString(11), r.GetString(12))), entityId, kind);
}
