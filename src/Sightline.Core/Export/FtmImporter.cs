using System.Globalization;
using System.Text.RegularExpressions;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Storage;
using Sightline.Names;

namespace Sightline.Export;

/// <summary>
/// Reads FollowTheMoney JSON lines as <see cref="FtmExporter"/> writes them back into a knowledge base: entities with
/// their names, meeting events with their parties and evidence, roles, family and list links. All or nothing: every
/// problem (a line that is not JSON, an unknown schema, a reference to an entity the file does not hold) is reported
/// with its line number and nothing is written; otherwise the whole file is written in one transaction. Entities and
/// claims already in the knowledge base are kept (an id present on both sides is left as it is).
/// </summary>
public static partial class FtmImporter
{
    private static readonly HashSet<string> Schemas = ["Person", "Organization", "Event", "Membership", "Family", "Sanction"];

    [GeneratedRegex(@"^(?<kind>[^;]+); (?<reports>\d+) reports; (?<sources>\d+) independent sources$")]
    private static partial Regex EventSummary();

    /// <summary>Imports the lines of <paramref name="path"/>; answers how many entities were read, or the problems.</summary>
    public static (int Entities, IReadOnlyList<string> Errors) Import(KnowledgeStore store, string path, IEnumerable<string> lines, DateTimeOffset now)
    {
        var errors = new List<string>();
        var entities = new List<FtmEntity>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var entity = FtmEntity.Parse(line);
                if (!Schemas.Contains(entity.Schema)) errors.Add($"{path}:{number}: schema {entity.Schema} is not one Sightline reads ({string.Join(", ", Schemas)})");
                else entities.Add(entity);
            }
            catch (FormatException e) { errors.Add($"{path}:{number}: {e.Message}"); }
        }
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var offices = entities.Where(e => e.Schema == "Person" && e.First("position")?.StartsWith("office:", StringComparison.Ordinal) == true)
            .ToDictionary(e => e.Id, e => (Key: e.First("position")!, Name: e.First("name") ?? e.First("position")!), StringComparer.Ordinal);
        foreach (var entity in entities)
            foreach (var reference in References(entity).Where(r => !byId.ContainsKey(r) && !store.Entities.Exists(r)))
                errors.Add($"{path}: {entity.Schema} {entity.Id} refers to {reference}, which neither the file nor the knowledge base holds");
        if (errors.Count > 0) return (0, errors);

        using var work = store.Begin();
        var import = store.Imports;
        var stamp = now.ToString("O");
        foreach (var document in entities.Where(e => e.Schema != "Sanction").SelectMany(e => e.Values("sourceUrl")).Distinct(StringComparer.Ordinal))
            import.AddDocument(work, document, Path.GetFileName(path), stamp); // the file as shown, never where it lay (ADR-032)
        foreach (var entity in entities.Where(e => e.Schema is "Person" or "Organization" && !offices.ContainsKey(e.Id)))
            WriteEntity(import, work, entity);
        foreach (var entity in entities.Where(e => e.Schema == "Event")) WriteEvent(import, work, entity, byId, offices);
        foreach (var entity in entities.Where(e => e.Schema is "Membership" or "Family")) WriteRelation(import, work, entity);
        foreach (var entity in entities.Where(e => e.Schema == "Sanction"))
        {
            var score = double.TryParse(entity.First("summary")?.Replace("score ", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1.0;
            var subject = entity.First("entity")!;
            import.AddLink(work, subject, entity.First("publisher") ?? "", entity.First("authorityId") ?? "", score, entity.First("status") ?? "confirmed",
                byId.TryGetValue(subject, out var named) ? named.First("name") ?? subject : subject, entity.First("reason") ?? "imported");
        }
        work.Commit();
        return (entities.Count, []);
    }

    private static IEnumerable<string> References(FtmEntity entity) => entity.Schema switch
    {
        "Event" => entity.Values("involved"),
        "Membership" => entity.Values("member").Concat(entity.Values("organization")),
        "Family" => entity.Values("person").Concat(entity.Values("relative")),
        "Sanction" => entity.Values("entity"),
        _ => [],
    };

    private static void WriteEntity(IImportStore import, IKnowledgeUnitOfWork work, FtmEntity entity)
    {
        var name = entity.First("name") ?? entity.Id;
        import.AddEntity(work, entity.Id, entity.Schema, name);
        foreach (var alias in entity.Values("name").Concat(entity.Values("alias")).Distinct(StringComparer.Ordinal))
        {
            var parsed = NameParser.Parse(alias);
            foreach (var document in entity.Values("sourceUrl"))
                import.AddName(work, entity.Id, alias, NameNorm.Of(parsed), document);
            foreach (var key in NameNorm.Keys(parsed)) import.AddNameKey(work, key, entity.Id);
        }
    }

    private static void WriteEvent(IImportStore import, IKnowledgeUnitOfWork work, FtmEntity meeting, Dictionary<string, FtmEntity> byId, Dictionary<string, (string Key, string Name)> offices)
    {
        var summary = EventSummary().Match(meeting.First("summary") ?? "");
        var kind = summary.Success ? summary.Groups["kind"].Value : "met";
        var place = meeting.First("location");
        var row = new ExportEvent
        {
            Id = meeting.Id, Kind = kind, DateValue = meeting.First("date"), DateStart = meeting.First("startDate"), DateEnd = meeting.First("endDate"), Place = place,
            Reports = summary.Success ? int.Parse(summary.Groups["reports"].Value, CultureInfo.InvariantCulture) : 1,
            Sources = summary.Success ? int.Parse(summary.Groups["sources"].Value, CultureInfo.InvariantCulture) : 1,
        };
        import.AddEvent(work, row);
        var parties = meeting.Values("involved").Select(id => offices.TryGetValue(id, out var office)
            ? (Key: office.Key, Entity: (string?)null, Name: office.Name, Kind: "office")
            : (Key: id, Entity: id, Name: byId.TryGetValue(id, out var e) ? e.First("name") ?? id : id, Kind: byId.TryGetValue(id, out var k) ? k.Schema : "Person")).ToList();
        foreach (var party in parties)
            import.AddEventParty(work, meeting.Id, party.Key, party.Entity, party.Name, meeting.First("startDate"));
        import.IndexPairs(work, meeting.Id);

        var (claims, documents, sentences, speakers) = (meeting.Values("recordId"), meeting.Values("sourceUrl"), meeting.Values("description"), meeting.Values("publisher"));
        var payload = new System.Text.Json.Nodes.JsonObject { ["kind"] = kind, ["place"] = place }.ToJsonString();
        for (var i = 0; i < claims.Count && i < documents.Count && i < sentences.Count; i++)
        {
            import.AddMeetingClaim(work, claims[i], documents[i], row, sentences[i], i < speakers.Count ? speakers[i] : "report", payload);
            for (var p = 0; p < parties.Count; p++)
                import.AddClaimParty(work, claims[i], p, parties[p].Key, parties[p].Entity, parties[p].Name, parties[p].Kind);
            import.AddEventClaim(work, claims[i], meeting.Id);
        }
    }

    private static void WriteRelation(IImportStore import, IKnowledgeUnitOfWork work, FtmEntity relation)
    {
        var role = relation.Schema == "Membership";
        var label = role ? relation.First("role") : relation.First("relationship");
        import.AddRelation(work, new ImportedRelation(relation.Id, relation.First("sourceUrl") ?? "", role ? "role" : "family", relation.First(role ? "member" : "person"), relation.First(role ? "organization" : "relative"),
            label, role && label is not null ? ClaimRows.Office(label) : null, relation.First("date"), relation.First("startDate"), relation.First("endDate"),
            relation.First("description") ?? "", relation.First("publisher") ?? "report"));
    }
}
