using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge;
using Sightline.Lists;

namespace Sightline.Export;

/// <summary>
/// The knowledge base as FollowTheMoney entities: <c>Person</c> and <c>Organization</c> (names, aliases, the reports
/// that name them, <c>topics: sanction</c> when linked), <c>Event</c> for each meeting (<c>involved</c>, dates, place,
/// and per claim its report in <c>sourceUrl</c>, its sentence in <c>description</c>, who said it in <c>publisher</c>
/// and its claim id in <c>recordId</c>, in the same order), <c>Membership</c> for roles, <c>Family</c>, and
/// <c>Sanction</c> for each list link (list, entry id, programmes, listing date, the list file as <c>sourceUrl</c>).
/// Office-holders known only by title become a <c>Person</c> with the title and the office key in <c>position</c>.
/// The output is sorted, so the same knowledge base always gives the same file; <see cref="FtmImporter"/> reads it back.
/// </summary>
public sealed class FtmExporter(SqliteConnection connection, IListStore lists)
{
    public FtmExporter(KnowledgeStore store, IListStore lists) : this(store.Connection, lists) { }


    /// <summary>Every entity, or only those among <paramref name="keys"/> (party keys) and what connects them.</summary>
    public IEnumerable<FtmEntity> Export(IReadOnlySet<string>? keys = null)
    {
        bool Wanted(string? key) => key is not null && (keys is null || keys.Contains(key));
        var linked = connection.Query(null, "SELECT entity_id, list, list_id, score, state, reason FROM kb_links WHERE tier IS NOT NULL ORDER BY entity_id, list, list_id",
            r => (Entity: r.GetString(0), List: r.GetString(1), Id: r.GetString(2), Score: r.GetDouble(3), State: r.GetString(4), Reason: r.GetString(5)))
            .Where(l => Wanted(l.Entity)).ToList();
        var linkedEntities = linked.Select(l => l.Entity).ToHashSet(StringComparer.Ordinal);

        var names = connection.Query(null, "SELECT entity_id, name, document_key FROM kb_names ORDER BY entity_id, name, document_key",
            r => (Entity: r.GetString(0), Name: r.GetString(1), Document: r.GetString(2))).ToLookup(n => n.Entity);
        foreach (var (id, schema, name) in connection.Query(null, "SELECT id, schema, name FROM kb_entities ORDER BY id", r => (r.GetString(0), r.GetString(1), r.GetString(2))))
        {
            if (!Wanted(id)) continue;
            var entity = new FtmEntity(id, schema == "Person" ? "Person" : "Organization").Add("name", name)
                .Add("alias", names[id].Select(n => n.Name).Where(n => n != name).Distinct().Order(StringComparer.Ordinal))
                .Add("sourceUrl", names[id].Select(n => n.Document).Distinct().Order(StringComparer.Ordinal));
            if (linkedEntities.Contains(id)) entity.Add("topics", "sanction");
            yield return entity;
        }

        var offices = connection.Query(null, "SELECT party_key, MIN(name) FROM kb_event_parties WHERE entity_id IS NULL GROUP BY party_key ORDER BY party_key", r => (Key: r.GetString(0), Name: r.GetString(1)));
        foreach (var office in offices.Where(o => Wanted(o.Key)))
            yield return new FtmEntity(OfficeId(office.Key), "Person").Add("name", office.Name).Add("position", office.Key);

        foreach (var meeting in Meetings(Wanted)) yield return meeting;
        foreach (var claim in RelationClaims(Wanted)) yield return claim;

        var versions = lists.ActiveVersions().ToDictionary(v => v.List, StringComparer.Ordinal);
        foreach (var link in linked)
        {
            var entry = lists.Entry(link.List, link.Id);
            yield return new FtmEntity(SanctionId(link.Entity, link.List, link.Id), "Sanction")
                .Add("entity", link.Entity).Add("publisher", link.List).Add("authorityId", link.Id)
                .Add("authority", Sightline.Lists.KnownLists.TitleOf(link.List)).Add("program", entry?.Programs ?? [])
                .Add("listingDate", entry?.ListingDates.Select(d => d.Date.ToString()) ?? [])
                .Add("sourceUrl", versions.TryGetValue(link.List, out var version) ? version.Location : null)
                .Add("status", link.State).Add("reason", link.Reason).Add("summary", $"score {link.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    private IEnumerable<FtmEntity> Meetings(Func<string?, bool> wanted)
    {
        var parties = connection.Query(null, "SELECT event_id, party_key, entity_id FROM kb_event_parties ORDER BY event_id, party_key",
            r => (Event: r.GetString(0), Key: r.GetString(1), Entity: r.Text(2))).ToLookup(p => p.Event);
        var claims = connection.Query(null,
            "SELECT ec.event_id, c.id, c.document_key, c.evidence, c.attributed_to FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.status <> 'rejected' ORDER BY ec.event_id, c.id",
            r => (Event: r.GetString(0), Id: r.GetString(1), Document: r.GetString(2), Evidence: r.GetString(3), Said: r.GetString(4))).ToLookup(c => c.Event);
        foreach (var (id, kind, value, start, end, place, reports, sources) in connection.Query(null,
                     "SELECT id, kind, date_value, date_start, date_end, place, reports, sources FROM kb_events ORDER BY id",
                     r => (r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.GetInt32(6), r.GetInt32(7))))
        {
            var involved = parties[id].ToList();
            if (involved.Count(p => wanted(p.Key)) < 2) continue;
            var evidence = claims[id].ToList();
            yield return new FtmEntity(id, "Event")
                .Add("name", $"{kind}: {string.Join(", ", involved.Select(p => p.Key))}")
                .Add("involved", involved.Select(p => p.Entity ?? OfficeId(p.Key)))
                .Add("date", value).Add("startDate", start).Add("endDate", end).Add("location", place)
                .Add("summary", $"{kind}; {reports} reports; {sources} independent sources")
                .Add("recordId", evidence.Select(c => c.Id)).Add("sourceUrl", evidence.Select(c => c.Document))
                .Add("description", evidence.Select(c => c.Evidence)).Add("publisher", evidence.Select(c => c.Said));
        }
    }

    private IEnumerable<FtmEntity> RelationClaims(Func<string?, bool> wanted)
    {
        var rows = connection.Query(null,
            "SELECT id, kind, subject_id, object_id, label, date_value, date_start, date_end, document_key, evidence, attributed_to FROM kb_claims WHERE kind IN ('role', 'family') AND status <> 'rejected' AND subject_id IS NOT NULL AND object_id IS NOT NULL ORDER BY id",
            r => (Id: r.GetString(0), Kind: r.GetString(1), Subject: r.GetString(2), Object: r.GetString(3), Label: r.Text(4), Date: r.Text(5), Start: r.Text(6), End: r.Text(7),
                  Document: r.GetString(8), Evidence: r.GetString(9), Said: r.GetString(10)));
        foreach (var claim in rows.Where(c => wanted(c.Subject) && wanted(c.Object)))
        {
            var entity = claim.Kind == "role"
                ? new FtmEntity(claim.Id, "Membership").Add("member", claim.Subject).Add("organization", claim.Object).Add("role", claim.Label)
                : new FtmEntity(claim.Id, "Family").Add("person", claim.Subject).Add("relative", claim.Object).Add("relationship", claim.Label);
            yield return entity.Add("date", claim.Date).Add("startDate", claim.Start).Add("endDate", claim.End)
                .Add("sourceUrl", claim.Document).Add("description", claim.Evidence).Add("publisher", claim.Said);
        }
    }

    /// <summary>The id of an office-holder party (<c>office:…</c>) as an FtM Person.</summary>
    public static string OfficeId(string partyKey) => "X-" + Hash(partyKey);

    public static string SanctionId(string entity, string list, string listId) => "S-" + Hash($"{entity}\u001f{list}\u001f{listId}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
