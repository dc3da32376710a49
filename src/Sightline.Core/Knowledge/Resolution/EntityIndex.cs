using Sightline.Knowledge.Storage;
using Sightline.Names;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// The names of every knowledge-base entity, in memory for the length of an ingest run, looked up by phonetic key:
/// the resolver's candidate generator. A name finds entities of its kind that share a token key; each is scored by
/// the names engine (<see cref="NameComparison"/>, token weights by rarity on the lists). Only candidates that could
/// score are scored (ADR-044): an entity bearing one of the names in the same comparable form, and — when a name has
/// two words or more — entities with a name of two words or more, at most <see cref="MaxCompared"/> of those.
/// </summary>
public sealed class EntityIndex(Func<NameToken, double> weight)
{
    /// <summary>A chain's names and an entity's must score at least this for the chain to be that entity.</summary>
    public const double SameEntityScore = 0.88;

    /// <summary>Keys held by more entities than this are too common to generate candidates on their own.</summary>
    private const int CommonKey = 2000;

    /// <summary>The most entities a lookup compares word by word, besides those bearing one of its names as it is. When
    /// more share a key, those sharing the most keys with the names are kept, then the ones first by id (ADR-044).</summary>
    public const int MaxCompared = 256;

    /// <summary>The most name pairs whose scores are remembered (about 100 MB at most).</summary>
    private const int RememberedPairs = 3_000_000;

    /// <summary>Scores remembered by the pair of names' ids (<see cref="_nameIds"/>): a lookup hashes two numbers, not two
    /// strings, and the lookups are most of what a candidate costs once the base is large. (A pair packed into one
    /// <c>long</c> would hash as the two ids XORed, which small sequential ids make collide.)</summary>
    private readonly Dictionary<(int, int), double> _scores = [];
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Known> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Known>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Known>> _byNorm = new(StringComparer.Ordinal);
    private long _loadedAt = -1;

    public int Count => _byId.Count;

    /// <summary>How many lookups met more than <see cref="MaxCompared"/> entities to compare since the index was made.</summary>
    public long CappedLookups { get; private set; }

    public static EntityIndex Load(IResolutionStore store, Func<NameToken, double> weight)
    {
        var index = new EntityIndex(weight);
        index.Reload(store);
        return index;
    }

    /// <summary>Forgets everything and reads the stored names again (after a rolled-back write), in
    /// <paramref name="work"/> when one is open (none: what is committed).</summary>
    public void Reload(IResolutionStore store, IKnowledgeUnitOfWork? work = null)
    {
        _byId.Clear();
        _byKey.Clear();
        _byNorm.Clear();
        _loadedAt = store.DataVersion(work); // read first: a write that lands during the load is seen by the next Refresh
        foreach (var (id, kind, name) in store.AllNames(work))
            _ = Add(id, kind, name);
    }

    /// <summary>Reads the stored names again when another connection (another process, or another store on the same
    /// file) committed a write since they were read; true when it did. Called in the writer's turn, where no one else
    /// can write, it makes the index what the store holds (ADR-028).</summary>
    public bool Refresh(IResolutionStore store, IKnowledgeUnitOfWork work)
    {
        if (store.DataVersion(work) == _loadedAt) return false;
        Reload(store, work);
        return true;
    }

    /// <summary>Adds a name to an entity (creating it); true when the entity did not have the name in this form yet.</summary>
    public bool Add(string id, EntityKind kind, string name)
    {
        if (!_byId.TryGetValue(id, out var known)) _byId[id] = known = new Known(id, kind);
        var parsed = NameParser.Parse(name);
        if (parsed.IsEmpty) return false;
        var norm = NameNorm.Of(parsed);
        if (!known.Norms.Add(norm)) return false;
        known.Names.Add(Weigh(name, parsed));
        if (!_byNorm.TryGetValue(norm, out var bearers)) _byNorm[norm] = bearers = [];
        bearers.Add(known);
        known.HasLongName |= parsed.Tokens.Count >= 2;
        foreach (var key in NameNorm.Keys(parsed))
        {
            if (!_byKey.TryGetValue(key, out var holders)) _byKey[key] = holders = [];
            if (holders.Count == 0 || !ReferenceEquals(holders[^1], known)) holders.Add(known);
        }
        return true;
    }

    public void Remove(string id)
    {
        if (!_byId.Remove(id, out var known)) return;
        foreach (var norm in known.Norms)
            if (_byNorm.TryGetValue(norm, out var bearers)) bearers.Remove(known);
        foreach (var key in known.Names.SelectMany(n => NameNorm.Keys(n.Parsed)).Distinct(StringComparer.Ordinal))
            if (_byKey.TryGetValue(key, out var holders)) holders.Remove(known);
    }

    /// <summary>The best entity of <paramref name="kind"/> for a mention chain's names (fullest first), and its score;
    /// null when none shares a key. Entities <paramref name="excluded"/> says no to are skipped. A person's chain is
    /// judged by its full names alone (<see cref="FullNames"/>, ADR-048); an organisation's one word ("Hezbollah") is
    /// often its whole name, and every name of an organisation's chain counts.</summary>
    public (string Id, double Score)? Best(EntityKind kind, IReadOnlyList<string> names, Func<string, bool> excluded)
    {
        var parsedNames = names.Select(n => (Name: n, Parsed: NameParser.Parse(n))).Where(p => !p.Parsed.IsEmpty).Select(p => Weigh(p.Name, p.Parsed)).ToList();
        if (parsedNames.Count == 0) return null;
        var full = kind == EntityKind.Person ? FullNames(parsedNames) : parsedNames;
        var shortForms = parsedNames.Except(full).ToList();
        var candidates = Candidates(kind, full);
        candidates.UnionWith(ShortNamed(kind, shortForms));

        (string Id, double Score)? best = null;
        var exact = 0;
        string? byShortForm = null;
        var shortFormMatches = 0;
        foreach (var candidate in candidates)
        {
            if (excluded(candidate.Id)) continue;
            var score = double.MinValue;
            foreach (var asked in full)
                foreach (var held in candidate.Names)
                    score = Math.Max(score, Remembered(asked, held));
            if (score < 1 && !candidate.HasLongName && shortForms.Any(s => candidate.Norms.Contains(s.Norm)))
            {
                shortFormMatches++;
                byShortForm = candidate.Id;
                continue;
            }
            if (score >= 1) exact++;
            if (best is null || score > best.Value.Score || (score == best.Value.Score && string.CompareOrdinal(candidate.Id, best.Value.Id) < 0))
                best = (candidate.Id, score);
        }
        // A one-word name that several entities bear ("Khazali" for Qais and for Laith) names none of them.
        if (exact > 1 && full.All(p => p.Parsed.Tokens.Count == 1)) return null;
        // An entity known by nothing but a short form of the chain ("Laith" alone, from "his brother Laith") is the
        // chain's when no entity is by a full name and no other such entity bears one: it then gains the full name, so
        // no later full name can join it through the short form.
        if (best is not { Score: >= SameEntityScore } && shortFormMatches == 1) return (byShortForm!, 1);
        return best;
    }

    /// <summary>Entities of <paramref name="kind"/> bearing one of <paramref name="shortForms"/> and no name of two words
    /// or more.</summary>
    private IEnumerable<Known> ShortNamed(EntityKind kind, List<WeighedName> shortForms) =>
        shortForms.SelectMany(s => _byNorm.GetValueOrDefault(s.Norm) ?? []).Where(k => k.Kind == kind && !k.HasLongName);

    /// <summary>A person's names that are not short forms of another of the chain's names: no one-word name when the chain
    /// has a longer one ("Laila", "Barakat" for "Laila Barakat"), and no name whose every word is in a longer one
    /// ("Cifuentes Vargas" for "Orlando Cifuentes Vargas"). A namesake or a sibling shares the short forms, and an entity
    /// bearing one would take the chain at 1.00 and bring its own full name for the next.</summary>
    private static List<WeighedName> FullNames(List<WeighedName> names)
    {
        var hasLong = names.Any(n => n.Parsed.Tokens.Count >= 2);
        return names.Where(n => !(hasLong && n.Parsed.Tokens.Count < 2) && !names.Any(longer => IsShortFormOf(n, longer))).ToList();
    }

    private static bool IsShortFormOf(WeighedName name, WeighedName longer) =>
        longer.Parsed.Tokens.Count > name.Parsed.Tokens.Count
        && name.Parsed.Tokens.All(t => longer.Parsed.Tokens.Any(l => string.Equals(l.Text, t.Text, StringComparison.Ordinal)));

    /// <summary>The entities of <paramref name="kind"/> where <see cref="Similarity"/> can be above 0: every one bearing
    /// one of the names in its comparable form, however many bear it, and, when a name has two words or more, those with
    /// a name of two words or more that share a key with the names that is not too common — of these, the <see
    /// cref="MaxCompared"/> sharing the most keys, then first by id. A one-word name costs a look-up, not a comparison.</summary>
    private HashSet<Known> Candidates(EntityKind kind, List<WeighedName> parsedNames)
    {
        var same = new HashSet<Known>();
        foreach (var norm in parsedNames.Select(p => p.Norm))
            if (_byNorm.TryGetValue(norm, out var bearers))
                foreach (var bearer in bearers)
                    if (bearer.Kind == kind) same.Add(bearer);
        if (!parsedNames.Any(p => p.Parsed.Tokens.Count >= 2)) return same;
        var sharedKeys = new Dictionary<Known, int>();
        foreach (var key in parsedNames.SelectMany(p => NameNorm.Keys(p.Parsed)).Distinct(StringComparer.Ordinal))
        {
            if (!_byKey.TryGetValue(key, out var holders) || holders.Count > CommonKey) continue;
            foreach (var holder in holders)
                if (holder.Kind == kind && holder.HasLongName && !same.Contains(holder)) sharedKeys[holder] = sharedKeys.GetValueOrDefault(holder) + 1;
        }
        if (sharedKeys.Count > MaxCompared) CappedLookups++;
        var compared = sharedKeys.Count <= MaxCompared ? sharedKeys.Keys
            : sharedKeys.OrderByDescending(h => h.Value).ThenBy(h => h.Key.Id, StringComparer.Ordinal).Take(MaxCompared).Select(h => h.Key);
        same.UnionWith(compared);
        return same;
    }

    /// <summary><see cref="Similarity"/> of two names as written, computed once: the same names meet again in report
    /// after report, and the score depends on nothing else (the token weights are fixed for the index's life). Forgotten
    /// all at once past <see cref="RememberedPairs"/> pairs.</summary>
    private double Remembered(WeighedName a, WeighedName b)
    {
        if (a.Norm == b.Norm) return 1;
        if (a.Parsed.Tokens.Count < 2 || b.Parsed.Tokens.Count < 2) return 0;
        var pair = (a.Id, b.Id);
        if (_scores.TryGetValue(pair, out var known)) return known;
        if (_scores.Count >= RememberedPairs) _scores.Clear();
        return _scores[pair] = Similarity(a, b);
    }

    /// <summary>1 for the same comparable form; for names of two tokens or more, the names engine's score averaged over
    /// both directions; 0 otherwise, because one word alone ("Khazali", "Hafi") cannot tell two people apart.</summary>
    private static double Similarity(WeighedName a, WeighedName b)
    {
        if (a.Norm == b.Norm) return 1;
        if (a.Parsed.Tokens.Count < 2 || b.Parsed.Tokens.Count < 2) return 0;
        var forward = NameComparison.Compare(a.Parsed.Tokens, a.Weights, b.Parsed.Tokens, b.Weights).Score;
        var backward = NameComparison.Compare(b.Parsed.Tokens, b.Weights, a.Parsed.Tokens, a.Weights).Score;
        return (forward + backward) / 2;
    }

    /// <summary>A parsed name with its comparable form and token weights, computed once when the name is indexed.</summary>
    private WeighedName Weigh(string name, ParsedName parsed)
    {
        if (!_nameIds.TryGetValue(name, out var id)) _nameIds[name] = id = _nameIds.Count;
        return new(id, name, parsed, NameNorm.Of(parsed), parsed.Tokens.Select(weight).ToArray());
    }

    /// <param name="Id">The same for the same name as written, for the life of the index.</param>
    private sealed record WeighedName(int Id, string Name, ParsedName Parsed, string Norm, double[] Weights);

    private sealed class Known(string id, EntityKind kind)
    {
        public string Id { get; } = id;
        public EntityKind Kind { get; } = kind;
        public List<WeighedName> Names { get; } = [];
        public HashSet<string> Norms { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether one of the names has two words or more: only then can another name of two words or more score
        /// against it without being the same.</summary>
        public bool HasLongName { get; set; }
    }
}
