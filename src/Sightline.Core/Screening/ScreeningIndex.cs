using System.Diagnostics;
using Sightline.Lists.Model;
using Sightline.Names;

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
    private readonly double[] _tokenWeights;
    private readonly Dictionary<string, int> _keyIds;
    private readonly int[][] _postings;
    private readonly Dictionary<string, int[]> _keysByDeletion;

    private ScreeningIndex(IndexedEntry[] entries, IndexedName[] names, NameToken[] tokens, Dictionary<string, int> keyIds,
        int[][] postings, Dictionary<string, int[]> keysByDeletion, TimeSpan buildTime)
    {
        _entries = entries;
        _names = names;
        _tokens = tokens;
        _keyIds = keyIds;
        _postings = postings;
        _keysByDeletion = keysByDeletion;
        BuildTime = buildTime;
        _tokenWeights = tokens.Select(t => KeyWeight(t.Keys)).ToArray();
        DistinctiveDocumentFrequency = Math.Max(8, names.Length / 1000);
    }

    public int EntryCount => _entries.Length;
    public int NameCount => _names.Length;
    public int KeyCount => _postings.Length;
    public TimeSpan BuildTime { get; }

    /// <summary>A key held by at most this many names is distinctive: a query that meets an entry only on keys more
    /// common than this (<c>Muhammad Ali</c>) is ambiguous. One name in a thousand, and never fewer than 8.</summary>
    public int DistinctiveDocumentFrequency { get; }

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
            var entryIndex = indexedEntries.Count;
            indexedEntries.Add(IndexedEntry.From(entry));
            seen.Clear();
            foreach (var name in entry.Names.Count > 0 ? entry.Names : [new EntryName(entry.Name, NameKind.Primary)])
            {
                if (includeName is not null && !includeName(entry, name)) continue;
                var parsed = NameParser.Parse(name.Text);
                if (parsed.IsEmpty || !seen.Add(string.Join(' ', parsed.Tokens.Select(t => t.Text)))) continue;

                var nameId = names.Count;
                var ids = new int[parsed.Tokens.Count];
                for (var i = 0; i < ids.Length; i++)
                {
                    var token = parsed.Tokens[i];
                    if (!tokenIds.TryGetValue((token.Script, token.Text), out var id))
                    {
                        id = tokens.Count;
                        tokenIds.Add((token.Script, token.Text), id);
                        tokens.Add(token);
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
                names.Add(new IndexedName(entryIndex, name.Kind, name.Text, ids));
            }
        }

        var keysByDeletion = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, keyId) in keyIds)
            foreach (var deletion in Deletions(key))
            {
                if (!keysByDeletion.TryGetValue(deletion, out var list)) keysByDeletion[deletion] = list = [];
                list.Add(keyId);
            }

        return new ScreeningIndex(indexedEntries.ToArray(), names.ToArray(), tokens.ToArray(), keyIds,
            postings.Select(p => p.ToArray()).ToArray(), keysByDeletion.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            clock.Elapsed);
    }

    /// <summary>Keys of four consonants or more, each with one consonant left out: the typo neighbourhood.</summary>
    internal static IEnumerable<string> Deletions(string key)
    {
        if (key.Length < 4 || key.StartsWith('~')) yield break;
        for (var i = 0; i < key.Length; i++) yield return key.Remove(i, 1);
    }

    internal IndexedEntry Entry(int entryIndex) => _entries[entryIndex];
    internal IndexedName Name(int nameId) => _names[nameId];
    internal NameToken Token(int tokenId) => _tokens[tokenId];
    internal double TokenWeight(int tokenId) => _tokenWeights[tokenId];
    internal int[] Postings(int keyId) => _postings[keyId];

    /// <summary>How many names hold the key (0 when none does).</summary>
    public int DocumentFrequency(string key) => _keyIds.TryGetValue(key, out var id) ? _postings[id].Length : 0;

    /// <summary>The rarity weight of a token with these keys: log(1 + names / names holding its rarest key).</summary>
    public double KeyWeight(IReadOnlyList<string> keys)
    {
        var df = int.MaxValue;
        foreach (var key in keys) df = Math.Min(df, Math.Max(1, DocumentFrequency(key)));
        return Math.Log(1 + (double)Math.Max(1, _names.Length) / df);
    }

    /// <summary>The key ids a query key reaches: itself, and keys one consonant inserted, deleted or changed away.</summary>
    internal IEnumerable<(int KeyId, bool Exact)> Reach(string key)
    {
        if (_keyIds.TryGetValue(key, out var exact)) yield return (exact, true);
        if (key.Length < 3 || key.StartsWith('~')) yield break;
        if (_keysByDeletion.TryGetValue(key, out var longer))
            foreach (var id in longer) yield return (id, false);
        if (key.Length < 4) yield break;
        foreach (var deletion in Deletions(key))
        {
            if (_keyIds.TryGetValue(deletion, out var shorter)) yield return (shorter, false);
            if (_keysByDeletion.TryGetValue(deletion, out var changed))
                foreach (var id in changed) yield return (id, false);
        }
    }
}

/// <summary>One indexed name: its entry, its kind, its text as published and its token ids.</summary>
internal readonly record struct IndexedName(int EntryIndex, NameKind Kind, string Text, int[] TokenIds);
