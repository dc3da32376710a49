using System.Security.Cryptography;
using System.Text;
using Sightline.Knowledge;
using Sightline.Knowledge.Storage;
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
public sealed class FtmExporter(IExportQueries queries, IListStore lists)
{
    public FtmExporter(KnowledgeStore store, IListStore lists) : this(store.Exports, lists) { }

    /// <summary>Every entity, or only those among <paramref name="keys"/> (party keys) and what connects them.</summary>
    public IEnumerable<FtmEntity> Export(IReadOnlySet<string>? keys = null)
    {
        bool Wanted(string? key) => key is not null && (keys is null || keys.Contains(key));
        var linked = queries.CountingLinks().Where(l => Wanted(l.EntityId)).ToList();
        var linkedEntities = linked.Select(l => l.EntityId).ToHashSet(StringComparer.Ordinal);

        var names = queries.Names().Select(n => (Entity: n.EntityId, n.Name, Document: n.DocumentKey)).ToLookup(n => n.Entity);
        foreach (var (id, schema, name) in queries.Entities().Select(e => (e.Id, e.Kind, e.Name)))
        {
            if (!Wanted(id)) continue;
            var entity = new FtmEntity(id, schema == "Person" ? "Person" : "Organization").Add("name", name)
                .Add("alias", names[id].Select(n => n.Name).Where(n => n != name).Distinct().Order(StringComparer.Ordinal))
                .Add("sourceUrl", names[id].Select(n => n.Document).Distinct().Order(StringComparer.Ordinal));
            if (linkedEntities.Contains(id)) entity.Add("topics", "sanction");
            yield return entity;
        }

        var offices = queries.Offices().Select(o => (Key: o.PartyKey, o.Name));
        foreach (var office in offices.Where(o => Wanted(o.Key)))
            yield return new FtmEntity(OfficeId(office.Key), "Person").Add("name", office.Name).Add("position", office.Key);

        foreach (var meeting in Meetings(Wanted)) yield return meeting;
        foreach (var claim in RelationClaims(Wanted)) yield return claim;

        var versions = lists.ActiveVersions().ToDictionary(v => v.List, StringComparer.Ordinal);
        foreach (var link in linked)
        {
            var entry = lists.Entry(link.List, link.ListId);
            yield return new FtmEntity(SanctionId(link.EntityId, link.List, link.ListId), "Sanction")
                .Add("entity", link.EntityId).Add("publisher", link.List).Add("authorityId", link.ListId)
                .Add("authority", Sightline.Lists.KnownLists.TitleOf(link.List)).Add("program", entry?.Programs ?? [])
                .Add("listingDate", entry?.ListingDates.Select(d => d.Date.ToString()) ?? [])
                .Add("sourceUrl", versions.TryGetValue(link.List, out var version) ? Published(version.Location) : null)
                .Add("status", link.State).Add("reason", link.Reason).Add("summary", $"score {link.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    private IEnumerable<FtmEntity> Meetings(Func<string?, bool> wanted)
    {
        var parties = queries.EventParties().Select(p => (Event: p.EventId, Key: p.PartyKey, Entity: p.EntityId)).ToLookup(p => p.Event);
        var claims = queries.EventClaims().Select(c => (Event: c.EventId, Id: c.ClaimId, Document: c.DocumentKey, c.Evidence, Said: c.AttributedTo)).ToLookup(c => c.Event);
        foreach (var (id, kind, value, start, end, place, reports, sources) in queries.Events()
                     .Select(e => (e.Id, e.Kind, e.DateValue, e.DateStart, e.DateEnd, e.Place, e.Reports, e.Sources)))
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
        var rows = queries.Relations().Select(r => (r.Id, r.Kind, Subject: r.SubjectId, Object: r.ObjectId, r.Label, Date: r.DateValue, Start: r.DateStart, End: r.DateEnd,
            Document: r.DocumentKey, r.Evidence, Said: r.AttributedTo));
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

    /// <summary>Where a list version came from as an export may say it: its address, or the name of the local file or
    /// folder it was imported from, never the local path (ADR-032).</summary>
    private static string Published(string location) =>
        location.Contains("://", StringComparison.Ordinal) ? location : Path.GetFileName(location.TrimEnd('/', '\\'));
}
