using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Names.Scripts;

namespace Sightline.Screening;

/// <summary>
/// Typo-tolerant candidates: the Latin words of four letters or more of the index's names, both as tokens and as
/// written (a compound the parser splits, <c>Saidullah</c>, is also filed whole), each under its own spelling and
/// under each of its one-letter deletions (symmetric delete), so that a query word one edit from a listed word (a
/// letter changed, left out, added, or two neighbours swapped) finds it, and the Latin names holding it, without
/// scanning the vocabulary. The phonetic keys' one-consonant neighbourhood reaches most typos; this reaches those that
/// change a key of fewer than four consonants (<c>Bahir</c>, key <c>BHR</c>, for <c>Bashir</c>, <c>BCR</c>; <c>Ian</c>
/// for <c>Iman</c>), which the keys' neighbourhood leaves out because short keys one consonant apart are too many.
/// </summary>
/// <remarks>Derived from the tokens and names (their text as published) when the index is made (not stored). Filed as 32-bit hashes beside the
/// token id in one sorted array; a hash shared by chance is ruled out by checking the edit distance.</remarks>
internal sealed class SpellingNeighbours
{
    /// <summary>Listed words shorter than this are left out: one letter is too large a share of them.</summary>
    public const int MinimumLength = 4;

    private readonly string[] _words;
    private readonly int[][] _names;
    private readonly float[] _weights;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ulong[] _filed;

    public SpellingNeighbours(NameToken[] tokens, IndexedName[] names)
    {
        var words = new List<string>();
        var postings = new List<List<int>>();
        void Add(string word, int nameId)
        {
            if (word.Length < MinimumLength) return;
            if (!_ids.TryGetValue(word, out var id))
            {
                _ids.Add(word, id = words.Count);
                words.Add(word);
                postings.Add([]);
            }
            var list = postings[id];
            if (list.Count == 0 || list[^1] != nameId) list.Add(nameId);
        }

        for (var nameId = 0; nameId < names.Length; nameId++)
        {
            var name = names[nameId];
            if (name.Kind == NameKind.OriginalScript || name.Initials) continue;
            foreach (var id in name.TokenIds)
                if (tokens[id] is { Script: NameScript.Latin, Optional: false } token) Add(token.Text, nameId);
            foreach (var written in WrittenWords(name.Text)) Add(written, nameId);
        }

        _words = words.ToArray();
        _names = postings.Select(p => p.ToArray()).ToArray();
        var total = Math.Max(1, names.Length);
        _weights = _names.Select(p => (float)Math.Log(1 + (double)total / p.Length)).ToArray();
        var filed = new List<ulong>(_words.Length * 8);
        for (var id = 0; id < _words.Length; id++)
        {
            var text = _words[id];
            filed.Add(Entry(Hash(text, -1), id));
            for (var skip = 0; skip < text.Length; skip++) filed.Add(Entry(Hash(text, skip), id));
        }
        filed.Sort();
        var distinct = 0;
        for (var i = 0; i < filed.Count; i++)
            if (i == 0 || filed[i] != filed[distinct - 1]) filed[distinct++] = filed[i];
        _filed = filed.GetRange(0, distinct).ToArray();
    }

    /// <summary>The id of a listed word spelled exactly so, or -1.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>Adds to <paramref name="found"/> the ids of the listed Latin words one edit from <paramref name="word"/>
    /// (not the word itself).</summary>
    public void Find(string word, List<int> found)
    {
        if (word.Length < MinimumLength - 1 || word.Length > 64) return;
        Probe(word, Hash(word, -1), found);
        for (var skip = 0; skip < word.Length; skip++) Probe(word, Hash(word, skip), found);
    }

    /// <summary>The Latin names holding a listed word, in rising id order.</summary>
    public int[] Names(int id) => _names[id];

    /// <summary>The rarity weight of a listed word: log(1 + names / names holding it).</summary>
    public float Weight(int id) => _weights[id];

    private void Probe(string word, uint hash, List<int> found)
    {
        var at = LowerBound((ulong)hash << 32);
        for (; at < _filed.Length && (uint)(_filed[at] >> 32) == hash; at++)
        {
            var id = (int)(uint)_filed[at];
            var text = _words[id];
            if (text != word && !found.Contains(id) && EditDistance.Within(word, text, 1)) found.Add(id);
        }
    }

    private int LowerBound(ulong value)
    {
        int low = 0, high = _filed.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_filed[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The words of a Latin name as written, folded (<c>SAIDULLAH JAN</c> → <c>saidullah</c>, <c>jan</c>);
    /// apostrophes are dropped inside a word, as the parser does. None for a name with letters of another script.</summary>
    private static IEnumerable<string> WrittenWords(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c < 128) continue;
            ascii = false;
            if (char.IsLetter(c) && c >= '\u0250' && c is not (>= '\u1E00' and <= '\u1EFF')) yield break;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var part = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '`');
            if (part && start < 0) start = i;
            else if (!part && start >= 0)
            {
                var word = ascii ? AsciiFold(text.AsSpan(start, i - start)) : LatinFolding.Fold(text[start..i]);
                if (word.Length >= MinimumLength) yield return word;
                start = -1;
            }
        }
    }

    /// <summary><see cref="LatinFolding.Fold"/> for a word of ASCII characters: letters and digits, lower-cased.</summary>
    private static string AsciiFold(ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
            if (char.IsAsciiLetterOrDigit(c)) folded[length++] = char.ToLowerInvariant(c);
        return new string(folded[..length]);
    }

    private static ulong Entry(uint hash, int id) => (ulong)hash << 32 | (uint)id;

    /// <summary>FNV-1a of the word with the letter at <paramref name="skip"/> left out (none when -1): the hash of the
    /// letters left, whichever word they came from.</summary>
    private static uint Hash(string word, int skip)
    {
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            if (i == skip) continue;
            hash = (hash ^ word[i]) * 16777619u;
        }
        return hash;
    }
}
