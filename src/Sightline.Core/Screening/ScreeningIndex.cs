using System.Diagnostics;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Screening.Persistence;

namespace Sightline.Screening;

/// <summary>
/// The in-memory index screening searches: every name of every entry parsed once into tokens, and an inverted index
/// from phonetic key to the names holding it, so that a query reads only the postings of its own keys and of keys one
/// consonant away (typos), never every name. Token weights come from how many names hold each key: <c>MHMD</c>
/// (Muhammad, Mohammed, محمد) weighs little, <c>XZL</c> (Khazali) a lot.
/// </summary>
/// <remarks>Immutable once built and safe to search from many threads. Build it again to pick up a new list version.</remarks>
public sealed class ScreeningIndex
{
    private readonly IndexedEntry[] _entries;
    private readonly IndexedName[] _names;
    private readonly NameToken[] _tokens;
    private readonly int[] _tokenFrequencies;
    private readonly double[] _tokenWeights;
    private readonly Dictionary<(NameScript, string), int> _tokenIds;
    private readonly Dictionary<string, int> _keyIds;
    private readonly int[][] _postings;
    private readonly Dictionary<string, int[]> _keysByDeletion;
    private readonly int[][] _latinPostings;
    private readonly int[] _nameLengths;
    private readonly NameToken[][] _nameTokens;
    private readonly double[][] _nameWeights;
    private readonly float[] _keyWeights;
    private readonly int[]?[] _neighbourKeys;
    private readonly string[] _keys;
    private readonly SpellingNeighbours _spellingNeighbours;
    private readonly string[]?[] _nameLetters;
    private readonly Lazy<SameParties.Twin[][]> _sameParties;

    private ScreeningIndex(IndexedEntry[] entries, IndexedName[] names, NameToken[] tokens, Dictionary<(NameScript, string), int> tokenIds,
        Dictionary<string, int> keyIds, int[][] postings, Dictionary<string, int[]> keysByDeletion, TimeSpan buildTime)
    {
        _tokenIds = tokenIds;
        _entries = entries;
        _names = names;
        _tokens = tokens;
        _keyIds = keyIds;
        _postings = postings;
        _keysByDeletion = keysByDeletion;
        BuildTime = buildTime;
        _tokenFrequencies = new int[tokens.Length];
        foreach (var name in names)
            foreach (var id in name.TokenIds.Distinct()) _tokenFrequencies[id]++;
        _tokenWeights = _tokenFrequencies.Select(Weight).ToArray();
        _latinPostings = postings.Select(p => p.Any(id => names[id].Kind == NameKind.OriginalScript)
            ? p.Where(id => names[id].Kind != NameKind.OriginalScript).ToArray() : p).ToArray();
        _nameLengths = names.Select(n => n.TokenIds.Length).ToArray();
        _nameTokens = names.Select(n => Enumerable.Range(0, n.TokenIds.Length).Select(i => n.TokenAt(this, i)).ToArray()).ToArray();
        _nameWeights = names.Select(n => n.TokenIds.Select(id => _tokenWeights[id]).ToArray()).ToArray();
        _keyWeights = postings.Select(p => (float)Weight(p.Length)).ToArray();
        _neighbourKeys = new int[postings.Length][];
        _keys = new string[postings.Length];
        foreach (var (key, keyId) in keyIds) _keys[keyId] = key;
        _spellingNeighbours = new SpellingNeighbours(tokens, names);
        _nameLetters = new string[]?[names.Length];
        _sameParties = new(() => SameParties.Find(this));
    }

    public int EntryCount => _entries.Length;
    public int NameCount => _names.Length;
    public int KeyCount => _postings.Length;
    public TimeSpan BuildTime { get; }

    /// <summary>The rarity weight that the tokens a query and a name share must reach together for the name alone to
    /// decide a match: one and a half times the weight of a token held by one name in a thousand. <c>Qais Khazali</c>
    /// reaches it; <c>Muhammad Ali</c>, two tokens each held by hundreds of names, does not.</summary>
    public double DecisiveInformation { get; } = 1.5 * Math.Log(1 + 1000);

    /// <summary>Indexes every name of every entry; <paramref name="includeName"/> can leave names out (evaluation
    /// leaves out original-script names, so that finding them is not trivial).</summary>
    public static ScreeningIndex Build(IEnumerable<ListEntry> entries, Func<ListEntry, EntryName, bool>? includeName = null)
    {
        var clock = Stopwatch.StartNew();
        var indexedEntries = new List<IndexedEntry>();
        var names = new List<IndexedName>();
        var tokens = new List<NameToken>();
        var tokenIds = new Dictionary<(NameScript, string), int>();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var entry in entries)
        {
            indexedEntries.Add(IndexedEntry.From(entry));
            seen.Clear();
            foreach (var name in entry.Names.Count > 0 ? entry.Names : [new EntryName(entry.Name, NameKind.Primary)])
            {
                if (includeName is not null && !includeName(entry, name)) continue;
                var parsed = NameParser.Parse(name.Text);
                if (parsed.IsEmpty) continue;
                Add(parsed, name.Kind, name.Text, initials: false);
                if (entry.Schema != EntrySchema.Person && Acronyms.Of(parsed) is { } acronym)
                    Add(NameParser.Parse(acronym), name.Kind, $"{acronym} (initials of {name.Text})", initials: true);
            }
        }

        void Add(ParsedName parsed, NameKind kind, string text, bool initials)
        {
            if (!seen.Add(string.Join(' ', parsed.Tokens.Select(t => t.Text)))) return;
            var nameId = names.Count;
            var ids = new int[parsed.Tokens.Count];
            int familyMask = 0, optionalMask = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                var token = parsed.Tokens[i];
                if (token.Family) familyMask |= 1 << i;
                if (token.Optional) optionalMask |= 1 << i;
                if (!tokenIds.TryGetValue((token.Script, token.Text), out var id))
                {
                    id = tokens.Count;
                    tokenIds.Add((token.Script, token.Text), id);
                    tokens.Add(token with { Family = false, Optional = false });
                }
                ids[i] = id;
                foreach (var key in token.Keys)
                {
                    if (!keyIds.TryGetValue(key, out var keyId))
                    {
                        keyId = postings.Count;
                        keyIds.Add(key, keyId);
                        postings.Add([]);
                    }
                    var list = postings[keyId];
                    if (list.Count == 0 || list[^1] != nameId) list.Add(nameId);
                }
            }
            names.Add(new IndexedName(indexedEntries.Count - 1, kind, text, ids, familyMask, optionalMask, initials));
        }

        return new ScreeningIndex(indexedEntries.ToArray(), names.ToArray(), tokens.ToArray(), tokenIds, keyIds,
            postings.Select(p => p.ToArray()).ToArray(), KeysByDeletion(keyIds), clock.Elapsed);
    }

    /// <summary>The index's data, for storing it (see <see cref="ScreeningIndexData"/>).</summary>
    internal ScreeningIndexData ToData()
    {
        var keys = new string[_postings.Length];
        foreach (var (key, keyId) in _keyIds) keys[keyId] = key;
        return new ScreeningIndexData(_entries, _names, _tokens, keys, _postings);
    }

    /// <summary>An index from data <see cref="ToData"/> gave; the lookups are derived again, not stored.</summary>
    internal static ScreeningIndex FromData(ScreeningIndexData data)
    {
        var clock = Stopwatch.StartNew();
        var tokenIds = new Dictionary<(NameScript, string), int>(data.Tokens.Length);
        for (var id = 0; id < data.Tokens.Length; id++) tokenIds.Add((data.Tokens[id].Script, data.Tokens[id].Text), id);
        var keyIds = new Dictionary<string, int>(data.Keys.Length, StringComparer.Ordinal);
        for (var id = 0; id < data.Keys.Length; id++) keyIds.Add(data.Keys[id], id);
        return new ScreeningIndex(data.Entries, data.Names, data.Tokens, tokenIds, keyIds, data.Postings, KeysByDeletion(keyIds), clock.Elapsed);
    }

    private static Dictionary<string, int[]> KeysByDeletion(Dictionary<string, int> keyIds)
    {
        var keysByDeletion = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, keyId) in keyIds)
            foreach (var deletion in Deletions(key))
            {
                if (!keysByDeletion.TryGetValue(deletion, out var list)) keysByDeletion[deletion] = list = [];
                list.Add(keyId);
            }
        return keysByDeletion.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Keys of four consonants or more, each with one consonant left out: the typo neighbourhood.</summary>
    internal static IEnumerable<string> Deletions(string key)
    {
        if (key.Length < 4 || key.StartsWith('~')) yield break;
        for (var i = 0; i < key.Length; i++) yield return key.Remove(i, 1);
    }

    internal IndexedEntry Entry(int entryIndex) => _entries[entryIndex];

    /// <summary>The entry's same parties on other lists (<see cref="SameParties"/>), found on first use.</summary>
    internal SameParties.Twin[] SamePartiesOf(int entryIndex) => _sameParties.Value[entryIndex];

    internal IndexedName Name(int nameId) => _names[nameId];
    internal NameToken Token(int tokenId) => _tokens[tokenId];
    internal int TokenCount => _tokens.Length;

    /// <summary>A name's tokens with their place in it restored (<see cref="IndexedName.TokenAt"/>), made once at load.</summary>
    internal NameToken[] NameTokens(int nameId) => _nameTokens[nameId];

    /// <summary>The rarity weights of a name's tokens, in order.</summary>
    internal double[] NameWeights(int nameId) => _nameWeights[nameId];
    internal double TokenWeight(int tokenId) => _tokenWeights[tokenId];
    internal int[] Postings(int keyId) => _postings[keyId];

    /// <summary>The rarity weight of a key: log(1 + names / names holding it). What sharing a key proves is at most
    /// this, whatever the weight of the query word that has it (a rare word can have a common key).</summary>
    internal float KeyWeight(int keyId) => _keyWeights[keyId];

    /// <summary>The postings of a key without the names in their original script, for queries in Latin letters.</summary>
    internal int[] LatinPostings(int keyId) => _latinPostings[keyId];

    /// <summary>The listed Latin words one edit from a query word, with the Latin names holding them (see
    /// <see cref="SpellingNeighbours"/>).</summary>
    internal SpellingNeighbours SpellingNeighbours => _spellingNeighbours;

    /// <summary>A name's letters as written (<see cref="WrittenSlip.Letters"/>), made on first use and kept.</summary>
    internal string[] NameLetters(int nameId) => _nameLetters[nameId] ??= WrittenSlip.Letters(_names[nameId].Text);

    /// <summary>How many tokens a name has.</summary>
    internal int NameLength(int nameId) => _nameLengths[nameId];

    /// <summary>How many names hold the key (0 when none does).</summary>
    public int DocumentFrequency(string key) => _keyIds.TryGetValue(key, out var id) ? _postings[id].Length : 0;

    /// <summary>How many names hold a token spelled this way (0 when none does).</summary>
    internal int TokenFrequency(int tokenId) => _tokenFrequencies[tokenId];

    /// <summary>The rarity weight of a query token: log(1 + names / names holding it). A Latin token the index holds
    /// counts by its own spelling; any other (a typo, another script) by its commonest phonetic key, which holds all
    /// the spellings it may stand for (keys no name holds are passed over). A word in another script counts no more
    /// than its renderings do: the few names the lists write in that script would make <c>محمد</c> or <c>מוחמד</c> rare,
    /// where <c>Mohammad</c> is the commonest name listed.</summary>
    public double Weight(NameToken token)
    {
        var own = _tokenIds.TryGetValue((token.Script, token.Text), out var id) ? _tokenWeights[id] : double.MaxValue;
        if (own < double.MaxValue && token.Script == NameScript.Latin) return own;
        var df = 0;
        foreach (var key in token.Keys)
            if (DocumentFrequency(key) is > 0 and var held) df = Math.Max(df, held);
        return Math.Min(own, Weight(df == 0 ? 1 : df));
    }

    /// <summary>How many names hold a token spelled this way (0 when none does).</summary>
    internal int HeldBy(NameToken token) => _tokenIds.TryGetValue((token.Script, token.Text), out var id) ? _tokenFrequencies[id] : 0;

    private double Weight(int frequency) => Math.Log(1 + (double)Math.Max(1, _names.Length) / Math.Max(1, frequency));

    /// <summary>The key id of a key the index holds, or -1.</summary>
    internal int KeyId(string key) => _keyIds.TryGetValue(key, out var id) ? id : -1;

    /// <summary>The keys one consonant inserted, deleted or changed away from a key the index holds, rarest first;
    /// found on first use and kept (two threads finding them at once find the same).</summary>
    internal int[] NeighbourKeys(int keyId) =>
        _neighbourKeys[keyId] ??= Neighbours(_keys[keyId]).Where(id => id != keyId).Distinct()
            .OrderBy(id => _postings[id].Length).ThenBy(id => id).ToArray();

    /// <summary>The key ids one consonant inserted, deleted or changed away from any key (the key itself left out).</summary>
    internal IEnumerable<int> Neighbours(string key)
    {
        if (key.Length < 3 || key.StartsWith('~')) yield break;
        if (_keysByDeletion.TryGetValue(key, out var longer))
            foreach (var id in longer) yield return id;
        if (key.Length < 4) yield break;
        foreach (var deletion in Deletions(key))
        {
            if (_keyIds.TryGetValue(deletion, out var shorter)) yield return shorter;
            if (_keysByDeletion.TryGetValue(deletion, out var changed))
                foreach (var id in changed) yield return id;
        }
    }
}

/// <summary>One indexed name: its entry, its kind, its text as published and its token ids; bit i of the masks says
/// that token i is a family name (written before the comma) or a title. <see cref="Initials"/>: an organisation's
/// initials, which only the same letters meet.</summary>
internal readonly record struct IndexedName(int EntryIndex, NameKind Kind, string Text, int[] TokenIds, int FamilyMask, int OptionalMask, bool Initials)
{
    /// <summary>Token i of this name, with its place in this name (family name, title) restored.</summary>
    public NameToken TokenAt(ScreeningIndex index, int i)
    {
        var token = index.Token(TokenIds[i]);
        bool family = (FamilyMask >> i & 1) == 1, optional = (OptionalMask >> i & 1) == 1;
        return family || optional ? token with { Family = family, Optional = optional } : token;
    }
}
