using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
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
    public static (int Entities, IReadOnlyList<string> Errors) Import(KnowledgeStore store, string path, IEnumerable<string> lines, DateTimeOffset now) =>
        Import(store.Connection, path, lines, now);

    public static (int Entities, IReadOnlyList<string> Errors) Import(SqliteConnection connection, string path, IEnumerable<string> lines, DateTimeOffset now)
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
            foreach (var reference in References(entity).Where(r => !byId.ContainsKey(r) && !Exists(connection, r)))
                errors.Add($"{path}: {entity.Schema} {entity.Id} refers to {reference}, which neither the file nor the knowledge base holds");
        if (errors.Count > 0) return (0, errors);

        using var transaction = connection.Begin();
        var stamp = now.ToString("O");
        foreach (var document in entities.Where(e => e.Schema != "Sanction").SelectMany(e => e.Values("sourceUrl")).Distinct(StringComparer.Ordinal))
            connection.Run(null, "INSERT OR IGNORE INTO kb_documents (key, version, path, status, ingested_at) VALUES ($0, 'imported', $1, 'imported', $2)", document, path, stamp);
        foreach (var entity in entities.Where(e => e.Schema is "Person" or "Organization" && !offices.ContainsKey(e.Id)))
            WriteEntity(connection, entity);
        foreach (var entity in entities.Where(e => e.Schema == "Event")) WriteEvent(connection, entity, byId, offices);
        foreach (var entity in entities.Where(e => e.Schema is "Membership" or "Family")) WriteRelation(connection, entity);
        foreach (var entity in entities.Where(e => e.Schema == "Sanction"))
        {
            var score = double.TryParse(entity.First("summary")?.Replace("score ", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1.0;
            var subject = entity.First("entity")!;
            connection.Run(null, "INSERT OR IGNORE INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason) VALUES ($0, $1, $2, $3, $4, $5, $6)",
                subject, entity.First("publisher") ?? "", entity.First("authorityId") ?? "", score, entity.First("status") ?? "confirmed",
                byId.TryGetValue(subject, out var named) ? named.First("name") ?? subject : subject, entity.First("reason") ?? "imported");
        }
        transaction.Commit();
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

    private static bool Exists(SqliteConnection connection, string id) => connection.Scalar(null, "SELECT 1 FROM kb_entities WHERE id = $0", id) is not null;

    private static void WriteEntity(SqliteConnection connection, FtmEntity entity)
    {
        var name = entity.First("name") ?? entity.Id;
        connection.Run(null, "INSERT OR IGNORE INTO kb_entities (id, schema, name) VALUES ($0, $1, $2)", entity.Id, entity.Schema, name);
        foreach (var alias in entity.Values("name").Concat(entity.Values("alias")).Distinct(StringComparer.Ordinal))
        {
            var parsed = NameParser.Parse(alias);
            foreach (var document in entity.Values("sourceUrl"))
                connection.Run(null, "INSERT OR IGNORE INTO kb_names (entity_id, name, norm, document_key) VALUES ($0, $1, $2, $3)", entity.Id, alias, NameNorm.Of(parsed), document);
            EntityLookup.IndexKeys(connection, null, entity.Id, parsed);
        }
    }

    private static void WriteEvent(SqliteConnection connection, FtmEntity meeting, Dictionary<string, FtmEntity> byId, Dictionary<string, (string Key, string Name)> offices)
    {
        var summary = EventSummary().Match(meeting.First("summary") ?? "");
        var kind = summary.Success ? summary.Groups["kind"].Value : "met";
        var place = meeting.First("location");
        connection.Run(null, "INSERT OR IGNORE INTO kb_events (id, kind, date_value, date_start, date_end, place, reports, sources) VALUES ($0, $1, $2, $3, $4, $5, $6, $7)",
            meeting.Id, kind, meeting.First("date"), meeting.First("startDate"), meeting.First("endDate"), place,
            summary.Success ? int.Parse(summary.Groups["reports"].Value, CultureInfo.InvariantCulture) : 1,
            summary.Success ? int.Parse(summary.Groups["sources"].Value, CultureInfo.InvariantCulture) : 1);
        var parties = meeting.Values("involved").Select(id => offices.TryGetValue(id, out var office)
            ? (Key: office.Key, Entity: (string?)null, Name: office.Name, Kind: "office")
            : (Key: id, Entity: id, Name: byId.TryGetValue(id, out var e) ? e.First("name") ?? id : id, Kind: byId.TryGetValue(id, out var k) ? k.Schema : "Person")).ToList();
        foreach (var party in parties)
            connection.Run(null, "INSERT OR IGNORE INTO kb_event_parties (event_id, party_key, entity_id, name, date_start) VALUES ($0, $1, $2, $3, $4)",
                meeting.Id, party.Key, party.Entity, party.Name, meeting.First("startDate"));
        // Every pair of the event's parties, by which later meeting claims find it (as SqliteEventStore stores them).
        connection.Run(null,
            """
            INSERT OR IGNORE INTO kb_event_pairs (pair, event_id)
            SELECT a.party_key || char(31) || b.party_key, $0 FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key
            WHERE a.event_id = $0
            """, meeting.Id);

        var (claims, documents, sentences, speakers) = (meeting.Values("recordId"), meeting.Values("sourceUrl"), meeting.Values("description"), meeting.Values("publisher"));
        var payload = new System.Text.Json.Nodes.JsonObject { ["kind"] = kind, ["place"] = place }.ToJsonString();
        for (var i = 0; i < claims.Count && i < documents.Count && i < sentences.Count; i++)
        {
            connection.Run(null,
                """
                INSERT OR IGNORE INTO kb_claims (id, document_key, kind, label, date_value, date_start, date_end, sentence, start, end, evidence, attributed_to, confidence, payload)
                VALUES ($0, $1, 'meeting', $2, $3, $4, $5, 0, 0, 0, $6, $7, 1.0, $8)
                """,
                claims[i], documents[i], kind, meeting.First("date"), meeting.First("startDate"), meeting.First("endDate"), sentences[i], i < speakers.Count ? speakers[i] : "report", payload);
            for (var p = 0; p < parties.Count; p++)
                connection.Run(null, "INSERT OR IGNORE INTO kb_claim_parties (claim_id, position, party_key, entity_id, name, kind, via) VALUES ($0, $1, $2, $3, $4, $5, 'import')",
                    claims[i], p, parties[p].Key, parties[p].Entity, parties[p].Name, parties[p].Kind);
            connection.Run(null, "INSERT OR IGNORE INTO kb_event_claims (claim_id, event_id) VALUES ($0, $1)", claims[i], meeting.Id);
        }
    }

    private static void WriteRelation(SqliteConnection connection, FtmEntity relation)
    {
        var role = relation.Schema == "Membership";
        var label = role ? relation.First("role") : relation.First("relationship");
        connection.Run(null,
            """
            INSERT OR IGNORE INTO kb_claims (id, document_key, kind, subject_id, object_id, label, label_norm, date_value, date_start, date_end, sentence, start, end, evidence, attributed_to, confidence, payload)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, 0, $10, $11, 1.0, '{}')
            """,
            relation.Id, relation.First("sourceUrl") ?? "", role ? "role" : "family", relation.First(role ? "member" : "person"), relation.First(role ? "organization" : "relative"),
            label, role && label is not null ? ClaimRows.Office(label) : null, relation.First("date"), relation.First("startDate"), relation.First("endDate"),
            relation.First("description") ?? "", relation.First("publisher") ?? "report");
    }
}
