using Sightline.Analysis.Mentions;
using Sightline.Claims;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Writes one extracted document into the knowledge base inside the caller's transaction: removes what an earlier
/// version of it left (keeping analysts' decisions on claims that are read again), resolves its mention chains to
/// entities, stores mentions and claims with their evidence, groups its meetings into events, and returns the entities
/// whose list links must be looked at again: new ones, ones seen under a new name, ones the document states a role or a
/// sanctions designation for, and ones an earlier version named. The cancellation token is looked at between the steps;
/// a cancelled write leaves the caller's transaction to be rolled back.
/// </summary>
public sealed class DocumentWriter(EntityIndex entities)
{
    public IReadOnlyCollection<(string Id, EntityKind Kind)> Write(KnowledgeStore store, IKnowledgeUnitOfWork work, ExtractedDocument extracted, Documents.ReportFile report, DateTimeOffset now,
        CancellationToken cancel = default)
    {
        var ingest = store.Ingest;
        var document = extracted.Analyzed.Document;
        var touched = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var decisions = RemovePrevious(store, work, document.Key, touched);
        cancel.ThrowIfCancellationRequested();

        ingest.WriteDocument(work, new IngestedDocument(document.Key, document.Version, report.Shown, document.ShownTitle, document.Publisher, document.Published?.ToString(),
            document.Language, now.ToString("O"))
        {
            TextHash = Documents.TextNormalizer.Version(document.Text), Location = report.Location, Source = document.Source,
        });
        KeepText(ingest, work, document);

        var entityKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var chainEntities = ResolveChains(store, work, extracted, touched, entityKinds);
        cancel.ThrowIfCancellationRequested();
        ingest.AddMentions(work, extracted.Analyzed.Mentions
            .Select(mention => new IngestedMention(document.Key, mention.Start, mention.End, mention.Type.ToString(), mention.Text, mention.Sentence, mention.Chain,
                chainEntities.GetValueOrDefault(mention.Chain)))
            .ToList());

        cancel.ThrowIfCancellationRequested();
        var claims = new ClaimRows(ingest, work, extracted, chainEntities);
        claims.WriteAll();
        cancel.ThrowIfCancellationRequested();
        foreach (var (id, status) in decisions)
            ingest.SetClaimStatus(work, id, status);
        foreach (var meeting in claims.Meetings)
            EventGrouper.Place(store.Events, work, meeting);
        foreach (var chain in extracted.Sanctions.Select(s => s.Chain).Concat(extracted.Roles.Select(r => r.PersonChain)))
            if (chainEntities.TryGetValue(chain, out var id)) touched[id] = entityKinds[id];
        return touched.Select(t => (t.Key, t.Value)).ToList();
    }

    /// <summary>Keeps the normalised text the document's spans point into, under its <see cref="StableIds.Document"/> id.</summary>
    public static void KeepText(IIngestStore store, IKnowledgeUnitOfWork work, Documents.Document document) =>
        store.KeepText(work, document.Key, StableIds.Document(document.Key), document.Text);

    /// <summary>Deletes an earlier version's mentions, names and claims, refreshes the events it fed, drops entities it
    /// alone named, and returns the analysts' decisions on its claims so they can be put back.</summary>
    private IReadOnlyList<(string ClaimId, string Status)> RemovePrevious(KnowledgeStore store, IKnowledgeUnitOfWork work, string key, Dictionary<string, EntityKind> touched)
    {
        var ingest = store.Ingest;
        var decisions = ingest.ClaimDecisions(work, key);
        var events = ingest.EventsOfDocument(work, key);
        var named = ingest.EntitiesNamedIn(work, key);
        ingest.RemoveContent(work, key);
        foreach (var eventId in events) EventGrouper.Refresh(store.Events, work, eventId);

        foreach (var (id, kind) in named)
        {
            entities.Remove(id);
            var names = store.Resolution.Names(work, id);
            if (names.Count > 0 || ingest.HasDecidedLinks(work, id))
            {
                foreach (var name in names) _ = entities.Add(id, kind, name);
                touched[id] = kind;
                continue;
            }
            ingest.DeleteEntity(work, id);
        }
        return decisions;
    }

    /// <summary>Each named person and organisation chain becomes an entity: an existing one whose names score at least
    /// <see cref="EntityIndex.SameEntityScore"/> (never one the document calls the chain's relative), else a new one; analysts'
    /// merges and splits then apply (<see cref="EntityDecisions"/>). An entity is shown under its name of several words
    /// used by the most documents.</summary>
    private Dictionary<int, string> ResolveChains(KnowledgeStore store, IKnowledgeUnitOfWork work, ExtractedDocument extracted,
        Dictionary<string, EntityKind> touched, Dictionary<string, EntityKind> kinds)
    {
        var analyzed = extracted.Analyzed;
        var named = analyzed.Mentions
            .Where(m => m.Type is MentionType.Person or MentionType.Organization && m.Source is not ("pronoun" or "nominal"))
            .GroupBy(m => m.Chain).ToDictionary(g => g.Key, g => g.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList());
        var relatives = extracted.Family.SelectMany(f => new[] { (f.PersonChain, f.RelativeChain), (f.RelativeChain, f.PersonChain) }).ToLookup(p => p.Item1, p => p.Item2);

        var decisions = EntityDecisions.For(store.Resolution, work, analyzed.Document.Key);
        var resolved = new Dictionary<int, string>();
        var chains = analyzed.Chains.Where(c => named.ContainsKey(c.Id) && c.Type is MentionType.Person or MentionType.Organization)
            .OrderByDescending(c => c.Name.Split(' ').Length).ThenBy(c => c.Id);
        foreach (var chain in chains)
        {
            var kind = chain.Type == MentionType.Person ? EntityKind.Person : EntityKind.Organization;
            var names = named[chain.Id].Prepend(chain.Name).Distinct(StringComparer.Ordinal).ToList();
            var excluded = relatives[chain.Id].Select(r => resolved.GetValueOrDefault(r)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var best = entities.Best(kind, names, id => excluded.Contains(id) || decisions.Excludes(id));
            var id = decisions.Redirect(best is { Score: >= EntityIndex.SameEntityScore } found ? found.Id : StableIds.Entity(kind, analyzed.Document.Key, chain.Name));
            store.Ingest.AddEntity(work, id, kind, chain.Name);
            var gained = false;
            foreach (var name in names)
            {
                var parsed = Sightline.Names.NameParser.Parse(name);
                if (parsed.IsEmpty) continue;
                store.Ingest.AddName(work, id, name, NameNorm.Of(parsed), analyzed.Document.Key);
                if (!entities.Add(id, kind, name)) continue;
                gained = true;
                store.Ingest.AddNameKeys(work, id, NameNorm.Keys(parsed));
            }
            if (gained)
            {
                touched[id] = kind;
                store.Ingest.ChooseName(work, id);
            }
            resolved[chain.Id] = id;
            kinds[id] = kind;
        }
        return resolved;
    }
}
