using Microsoft.Data.Sqlite;
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
    /// <summary>A chain's names and an entity's must score at least this for the chain to be that entity.</summary>
    public const double SameEntityScore = 0.88;

    public IReadOnlyCollection<(string Id, EntityKind Kind)> Write(KnowledgeStore store, IKnowledgeUnitOfWork work, ExtractedDocument extracted, string path, DateTimeOffset now,
        CancellationToken cancel = default)
    {
        var (connection, transaction) = (store.Connection, store.TransactionOf(work));
        var document = extracted.Analyzed.Document;
        var touched = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var decisions = RemovePrevious(store, work, document.Key, touched);
        cancel.ThrowIfCancellationRequested();

        connection.Run(transaction,
            "INSERT OR REPLACE INTO kb_documents (key, version, path, title, publisher, published, language, status, diagnostic, ingested_at) VALUES ($0, $1, $2, $3, $4, $5, $6, 'ingested', NULL, $7)",
            document.Key, document.Version, path, document.Title, document.Publisher, document.Published?.ToString(), document.Language, now.ToString("O"));
        KeepText(connection, transaction, document);

        var entityKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var chainEntities = ResolveChains(connection, transaction, extracted, touched, entityKinds);
        cancel.ThrowIfCancellationRequested();
        foreach (var mention in extracted.Analyzed.Mentions)
            connection.Run(transaction, "INSERT OR IGNORE INTO kb_mentions (document_key, start, end, type, text, sentence, chain, entity_id) VALUES ($0, $1, $2, $3, $4, $5, $6, $7)",
                document.Key, mention.Start, mention.End, mention.Type.ToString(), mention.Text, mention.Sentence, mention.Chain, chainEntities.GetValueOrDefault(mention.Chain));

        cancel.ThrowIfCancellationRequested();
        var claims = new ClaimRows(connection, transaction, extracted, chainEntities);
        claims.WriteAll();
        cancel.ThrowIfCancellationRequested();
        foreach (var (id, status) in decisions)
            connection.Run(transaction, "UPDATE kb_claims SET status = $1 WHERE id = $0", id, status);
        foreach (var meeting in claims.Meetings)
            EventGrouper.Place(store.Events, work, meeting);
        foreach (var chain in extracted.Sanctions.Select(s => s.Chain).Concat(extracted.Roles.Select(r => r.PersonChain)))
            if (chainEntities.TryGetValue(chain, out var id)) touched[id] = entityKinds[id];
        return touched.Select(t => (t.Key, t.Value)).ToList();
    }

    /// <summary>Keeps the normalised text the document's spans point into, under its <see cref="StableIds.Document"/> id.</summary>
    public static void KeepText(SqliteConnection connection, SqliteTransaction? transaction, Documents.Document document) =>
        connection.Run(transaction, "INSERT OR REPLACE INTO kb_document_texts (document_key, id, text) VALUES ($0, $1, $2)",
            document.Key, StableIds.Document(document.Key), document.Text);

    /// <summary>Deletes an earlier version's mentions, names and claims, refreshes the events it fed, drops entities it
    /// alone named, and returns the analysts' decisions on its claims so they can be put back.</summary>
    private List<(string Id, string Status)> RemovePrevious(KnowledgeStore store, IKnowledgeUnitOfWork work, string key, Dictionary<string, EntityKind> touched)
    {
        var (connection, transaction) = (store.Connection, store.TransactionOf(work));
        var decisions = connection.Query(transaction, "SELECT id, status FROM kb_claims WHERE document_key = $0 AND status <> 'unreviewed'", r => (r.GetString(0), r.GetString(1)), key);
        var events = connection.Query(transaction, "SELECT DISTINCT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = $0", r => r.GetString(0), key);
        var named = connection.Query(transaction, "SELECT DISTINCT n.entity_id, e.schema FROM kb_names n JOIN kb_entities e ON e.id = n.entity_id WHERE n.document_key = $0",
            r => (r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1))), key);
        connection.Run(transaction, "DELETE FROM kb_claims WHERE document_key = $0", key);
        connection.Run(transaction, "DELETE FROM kb_mentions WHERE document_key = $0", key);
        connection.Run(transaction, "DELETE FROM kb_names WHERE document_key = $0", key);
        foreach (var eventId in events) EventGrouper.Refresh(store.Events, work, eventId);

        foreach (var (id, kind) in named)
        {
            entities.Remove(id);
            var names = connection.Query(transaction, "SELECT DISTINCT name FROM kb_names WHERE entity_id = $0", r => r.GetString(0), id);
            var decided = Convert.ToInt64(connection.Scalar(transaction, "SELECT COUNT(*) FROM kb_links WHERE entity_id = $0 AND state IN ('confirmed', 'rejected')", id)) > 0;
            if (names.Count > 0 || decided)
            {
                foreach (var name in names) _ = entities.Add(id, kind, name);
                touched[id] = kind;
                continue;
            }
            connection.Run(transaction, "DELETE FROM kb_links WHERE entity_id = $0", id);
            connection.Run(transaction, "DELETE FROM kb_name_keys WHERE entity_id = $0", id);
            connection.Run(transaction, "DELETE FROM kb_entities WHERE id = $0", id);
        }
        return decisions;
    }

    /// <summary>Each named person and organisation chain becomes an entity: an existing one whose names score at least
    /// <see cref="SameEntityScore"/> (never one the document calls the chain's relative), else a new one; analysts'
    /// merges and splits then apply (<see cref="EntityDecisions"/>). An entity is shown under its name of several words
    /// used by the most documents.</summary>
    private Dictionary<int, string> ResolveChains(SqliteConnection connection, SqliteTransaction transaction, ExtractedDocument extracted,
        Dictionary<string, EntityKind> touched, Dictionary<string, EntityKind> kinds)
    {
        var analyzed = extracted.Analyzed;
        var named = analyzed.Mentions
            .Where(m => m.Type is MentionType.Person or MentionType.Organization && m.Source is not ("pronoun" or "nominal"))
            .GroupBy(m => m.Chain).ToDictionary(g => g.Key, g => g.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList());
        var relatives = extracted.Family.SelectMany(f => new[] { (f.PersonChain, f.RelativeChain), (f.RelativeChain, f.PersonChain) }).ToLookup(p => p.Item1, p => p.Item2);

        var decisions = EntityDecisions.For(connection, transaction, analyzed.Document.Key);
        var resolved = new Dictionary<int, string>();
        var chains = analyzed.Chains.Where(c => named.ContainsKey(c.Id) && c.Type is MentionType.Person or MentionType.Organization)
            .OrderByDescending(c => c.Name.Split(' ').Length).ThenBy(c => c.Id);
        foreach (var chain in chains)
        {
            var kind = chain.Type == MentionType.Person ? EntityKind.Person : EntityKind.Organization;
            var names = named[chain.Id].Prepend(chain.Name).Distinct(StringComparer.Ordinal).ToList();
            var excluded = relatives[chain.Id].Select(r => resolved.GetValueOrDefault(r)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var best = entities.Best(kind, names, id => excluded.Contains(id) || decisions.Excludes(id));
            var id = decisions.Redirect(best is { Score: >= SameEntityScore } found ? found.Id : StableIds.Entity(kind, analyzed.Document.Key, chain.Name));
            connection.Run(transaction, "INSERT OR IGNORE INTO kb_entities (id, schema, name) VALUES ($0, $1, $2)", id, kind.ToString(), chain.Name);
            var gained = false;
            foreach (var name in names)
            {
                var parsed = Sightline.Names.NameParser.Parse(name);
                if (parsed.IsEmpty) continue;
                connection.Run(transaction, "INSERT OR IGNORE INTO kb_names (entity_id, name, norm, document_key) VALUES ($0, $1, $2, $3)", id, name, NameNorm.Of(parsed), analyzed.Document.Key);
                if (!entities.Add(id, kind, name)) continue;
                gained = true;
                EntityLookup.IndexKeys(connection, transaction, id, parsed);
            }
            if (gained)
            {
                touched[id] = kind;
                connection.Run(transaction,
                    "UPDATE kb_entities SET name = (SELECT name FROM kb_names WHERE entity_id = $0 GROUP BY name ORDER BY instr(name, ' ') > 0 DESC, COUNT(DISTINCT document_key) DESC, length(name) DESC, name LIMIT 1) WHERE id = $0", id);
            }
            resolved[chain.Id] = id;
            kinds[id] = kind;
        }
        return resolved;
    }
}
