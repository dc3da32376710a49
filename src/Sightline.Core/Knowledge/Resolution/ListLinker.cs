using Sightline.Knowledge.Storage;
using Sightline.Lists.Model;
using Sightline.Lists;
using Sightline.Screening;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// Links knowledge-base entities to list entries. Stricter than screening a typed name, because a false link makes a
/// journalist or a victim a "sanctioned party": each entry an entity's names score at least <see cref="CandidateScore"/>
/// against is weighed by <see cref="LinkDecision"/> — the name (how fully and closely it is met, how distinctive it is),
/// what the reports say that agrees with the entry (<see cref="LinkContext"/>) and what conflicts with it — into an
/// automatic or probable link or a candidate waiting for review. Confirmed and rejected links are an analyst's and are
/// never changed here.
/// </summary>
public sealed class ListLinker(Screener screener, IListStore lists, NameFrequencies? frequencies = null)
{
    public const double AutomaticScore = 0.9;
    public const double CandidateScore = 0.75;
    private const int CandidatesKept = 3;
    private const int Screened = 10;

    private readonly NameFrequencies _frequencies = frequencies ?? NameFrequencies.Bundled;
    private readonly Dictionary<(string Name, EntityKind Kind), IReadOnlyList<ScreeningResult>> _screened = new();
    private readonly Dictionary<(string List, string Id), ListEntry?> _entries = new();
    private Dictionary<string, DateOnly>? _asOf;

    /// <summary>Whether a new report naming <paramref name="entityId"/> leaves its links as they are, so that relinking it
    /// is spared: its context is read from a full sample already (<see cref="LinkContext.SampledMentions"/>), the report gave it no
    /// new name, no family claim and no sanctions or role claim another report had not made already, and no analyst has
    /// decided one of its links. One more plain
    /// mention of a much-reported person changes at most which mentions fill the sample (ADR-044).</summary>
    public static bool KeepsLinks(IResolutionStore store, IKnowledgeUnitOfWork work, string entityId, string documentKey) =>
        store.MentionCount(work, entityId, LinkContext.SampledMentions) >= LinkContext.SampledMentions
        && !store.AddsLinkEvidence(work, entityId, documentKey)
        && store.DecidedLinks(work, entityId).Count == 0;

    /// <summary>Screens every name of <paramref name="entityId"/> (a person's one-word names are never screened: one word
    /// cannot tell two people apart) and rewrites its automatic, probable and candidate links.</summary>
    /// <remarks>Screening results are cached by name for the linker's lifetime.</remarks>
    public void Relink(IResolutionStore store, IKnowledgeUnitOfWork work, string entityId, EntityKind kind)
    {
        var names = store.Names(work, entityId);
        var best = new Dictionary<(string List, string Id), (ScreeningResult Result, string Name)>();
        foreach (var name in names.Where(n => kind == EntityKind.Organization || Sightline.Names.NameParser.Parse(n).Tokens.Count >= 2))
            foreach (var result in Screen(name, kind).Take(CandidatesKept))
            {
                var key = (result.Entry.List, result.Entry.Id);
                if (!best.TryGetValue(key, out var held) || result.Score > held.Result.Score) best[key] = (result, name);
            }

        var decided = store.DecidedLinks(work, entityId).ToHashSet();
        store.ClearMachineLinks(work, entityId);
        if (best.Count == 0) return;

        var context = LinkContext.Read(store, work, entityId, OrganizationEntries, Entry);
        var linkedLists = store.ConfirmedLists(work, entityId).ToHashSet(StringComparer.Ordinal);
        var decisions = new List<(string List, string Id, ScreeningResult Result, string Name, LinkDecision.NameEvidence Evidence, IReadOnlyList<Agreement> Agreeing, IReadOnlyList<string> Conflicts)>();
        foreach (var ((list, id), (result, name)) in best.OrderByDescending(b => b.Value.Result.Score).ThenBy(b => b.Key.Id, StringComparer.Ordinal).Take(CandidatesKept))
        {
            if (decided.Contains((list, id)) || Entry(list, id) is not { } entry) continue;
            var evidence = new LinkDecision.NameEvidence(name, result, Rivals(name, kind, result), _frequencies);
            decisions.Add((list, id, result, name, evidence, context.AgreesWith(entry, result.Entry, AsOf(list)), context.ConflictsWith(entry)));
        }
        // One party is on a list once: the entries the reports agree with go first, then the better names.
        foreach (var d in decisions.OrderByDescending(d => d.Conflicts.Count == 0 && d.Agreeing.Any(a => a.Strong)).ThenByDescending(d => d.Result.Score).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var (state, reason) = LinkDecision.Decide(kind, d.Evidence, d.Agreeing, d.Conflicts, !linkedLists.Contains(d.List));
            if (state != "candidate") linkedLists.Add(d.List);
            store.AddLink(work, entityId, d.List, d.Id, d.Result.Score, state, d.Name, reason);
        }
    }

    /// <summary>How many other entries meet every word of the name at the automatic score or more: for a person, entries
    /// of the same list; for an organisation, entries of any list that bear the name (nothing of theirs left over) under
    /// another primary name — the same organisation on two lists is no rival.</summary>
    private int Rivals(string name, EntityKind kind, ScreeningResult result) =>
        Screen(name, kind).Count(r => r.Entry.Id != result.Entry.Id && r.Score >= AutomaticScore && r.Explanation.UnmatchedQueryTokens.Count == 0
                                      && (kind == EntityKind.Person
                                          ? r.Entry.List == result.Entry.List
                                          : r.Explanation.UnmatchedListTokens.Count == 0 && NameNorm.Of(r.Entry.Name) != NameNorm.Of(result.Entry.Name)));

    /// <summary>The organisation entries an organisation's name means: those its name meets in full at the automatic score.</summary>
    private IReadOnlyList<IndexedEntry> OrganizationEntries(string name) =>
        Screen(name, EntityKind.Organization).Where(r => r.Score >= AutomaticScore && r.Explanation.UnmatchedQueryTokens.Count == 0).Select(r => r.Entry).ToList();

    private IReadOnlyList<ScreeningResult> Screen(string name, EntityKind kind)
    {
        if (_screened.TryGetValue((name, kind), out var cached)) return cached;
        var schema = kind == EntityKind.Person ? EntrySchema.Person : EntrySchema.Organization;
        var results = screener.Screen(new ScreeningQuery(name, schema), new ScreeningOptions(Threshold: CandidateScore, Limit: Screened, MinimumScore: CandidateScore, SameParties: false))
            .Where(r => r.Entry.Schema == schema).ToList();
        return _screened[(name, kind)] = results;
    }

    /// <summary>The date of the active version of <paramref name="list"/>.</summary>
    private DateOnly? AsOf(string list)
    {
        _asOf ??= lists.ActiveVersions().ToDictionary(v => v.List, v => DateOnly.FromDateTime(v.AsOf.UtcDateTime), StringComparer.Ordinal);
        return _asOf.TryGetValue(list, out var asOf) ? asOf : null;
    }

    private ListEntry? Entry(string list, string id)
    {
        if (!_entries.TryGetValue((list, id), out var entry)) _entries[(list, id)] = entry = lists.Entry(list, id);
        return entry;
    }
}
