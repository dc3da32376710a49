using Microsoft.Data.Sqlite;
using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Storage;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// Links knowledge-base entities to list entries. Stricter than screening a typed name, because a false link makes a
/// journalist or a victim a "sanctioned party": a link is made automatically only when one of the entity's names scores
/// at least <see cref="AutomaticScore"/> against the entry and at least one piece of the reports' context agrees with
/// the entry (<see cref="LinkContext"/>). Entries scoring at least <see cref="CandidateScore"/> otherwise wait for review
/// as candidates. Confirmed and rejected links are an analyst's and are never changed here.
/// </summary>
public sealed class ListLinker(Screener screener, IListStore lists)
{
    public const double AutomaticScore = 0.9;
    public const double CandidateScore = 0.75;
    private const int CandidatesKept = 3;

    private readonly Dictionary<(string Name, EntityKind Kind), IReadOnlyList<ScreeningResult>> _screened = new();
    private readonly Dictionary<(string List, string Id), ListEntry?> _entries = new();

    /// <summary>Screens every name of <paramref name="entityId"/> (a person's one-word names are never screened: one word
    /// cannot tell two people apart) and rewrites its automatic and candidate links.</summary>
    /// <remarks>Screening results are cached by name for the linker's lifetime.</remarks>
    public void Relink(SqliteConnection connection, SqliteTransaction transaction, string entityId, EntityKind kind)
    {
        var names = connection.Query(transaction, "SELECT DISTINCT name FROM kb_names WHERE entity_id = $0", r => r.GetString(0), entityId);
        var best = new Dictionary<(string List, string Id), (ScreeningResult Result, string Name)>();
        foreach (var name in names.Where(n => kind == EntityKind.Organization || Sightline.Names.NameParser.Parse(n).Tokens.Count >= 2))
            foreach (var result in Screen(name, kind))
            {
                var key = (result.Entry.List, result.Entry.Id);
                if (!best.TryGetValue(key, out var held) || result.Score > held.Result.Score) best[key] = (result, name);
            }

        var decided = connection.Query(transaction, "SELECT list, list_id FROM kb_links WHERE entity_id = $0 AND state IN ('confirmed', 'rejected')",
            r => (r.GetString(0), r.GetString(1)), entityId).ToHashSet();
        connection.Run(transaction, "DELETE FROM kb_links WHERE entity_id = $0 AND state IN ('automatic', 'candidate')", entityId);
        if (best.Count == 0) return;

        var context = LinkContext.Read(connection, transaction, entityId);
        var linkedLists = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((list, id), (result, name)) in best.OrderByDescending(b => b.Value.Result.Score).ThenBy(b => b.Key.Id, StringComparer.Ordinal).Take(CandidatesKept))
        {
            if (decided.Contains((list, id)) || Entry(list, id) is not { } entry) continue;
            var agreeing = context.AgreesWith(entry, result.Entry);
            // One party is on a list once: only the best-scoring entry of a list is linked automatically.
            var automatic = result.Score >= AutomaticScore && agreeing.Count > 0 && linkedLists.Add(list);
            var reason = automatic ? $"name {result.Score:0.00}; {string.Join("; ", agreeing)}"
                : result.Score < AutomaticScore ? $"name {result.Score:0.00} is below {AutomaticScore:0.00}"
                : agreeing.Count > 0 ? $"name {result.Score:0.00}, but a better-scoring entry of {list} is linked"
                : $"name {result.Score:0.00}, but nothing in the reports agrees with the entry";
            connection.Run(transaction, "INSERT INTO kb_links (entity_id, list, list_id, score, state, matched_name, reason) VALUES ($0, $1, $2, $3, $4, $5, $6)",
                entityId, list, id, result.Score, automatic ? "automatic" : "candidate", name, reason);
        }
    }

    private IReadOnlyList<ScreeningResult> Screen(string name, EntityKind kind)
    {
        if (_screened.TryGetValue((name, kind), out var cached)) return cached;
        var schema = kind == EntityKind.Person ? EntrySchema.Person : EntrySchema.Organization;
        var results = screener.Screen(new ScreeningQuery(name, schema), new ScreeningOptions(Threshold: CandidateScore, Limit: CandidatesKept, MinimumScore: CandidateScore))
            .Where(r => r.Entry.Schema == schema).ToList();
        return _screened[(name, kind)] = results;
    }

    private ListEntry? Entry(string list, string id)
    {
        if (!_entries.TryGetValue((list, id), out var entry)) _entries[(list, id)] = entry = lists.Entry(list, id);
        return entry;
    }
}
