using Sightline.Names;
using Sightline.Names.Scripts;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Joins the person mentions of one document into chains: <c>Qais Al-Khaz'ali</c>, <c>Al-Khaz'ali</c> and
/// <c>Khazali</c> are one person because every name word of the shorter mention matches a word of the longer one
/// (folded: case, accents, apostrophes, hyphens and the <c>al-</c> particle ignored; a spelling difference of one
/// letter allowed). A mention that fits several chains joins the one mentioned most. Given names alone do not
/// join a chain on a family name: <c>Laith</c> is not <c>Qais Al-Khazali</c>; a given name alone joins the one chain
/// whose first name it is, when only one has it. <c>y</c> and <c>i</c> are one letter (<c>Qays</c>, <c>Qais</c>).
/// </summary>
internal sealed class PersonCoreference
{
    private readonly List<(int Id, List<string> Words, string Name, int Count, bool Titled)> chains = [];

    public IEnumerable<MentionChain> Chains => chains.Select(c => new MentionChain(c.Id, MentionType.Person, c.Name, c.Count));

    /// <summary>The chain for a person mention, made or found; <paramref name="titled"/> when written after Sheikh or a like title.</summary>
    public int Resolve(string text, bool titled, Func<int> newId)
    {
        var words = Words(text);
        if (words.Count == 0) return Add(text, words, titled, newId());
        var best = -1;
        for (var k = 0; k < chains.Count; k++)
        {
            var chain = chains[k];
            if (!Fits(words, chain.Words) && !Fits(chain.Words, words)) continue;
            if (best < 0 || chain.Count > chains[best].Count) best = k;
        }
        if (best < 0 && words.Count == 1)
        {
            // A given name alone ("Laith") joins the one person of the document who has it, if only one has.
            var given = chains.FindAll(c => c.Words.Count > 1 && Matches(words[0], c.Words[0]));
            if (given.Count == 1) best = chains.IndexOf(given[0]);
        }
        if (best < 0) return Add(text, words, titled, newId());
        var found = chains[best];
        var longer = words.Count > found.Words.Count;
        chains[best] = (found.Id, longer ? words : found.Words, longer ? text : found.Name, found.Count + 1, found.Titled || titled);
        return found.Id;
    }

    /// <summary>Adds an alias ("also known as Abu Fadak") to chain <paramref name="id"/>; the chain keeps its name.</summary>
    public int Alias(int id)
    {
        var k = chains.FindIndex(c => c.Id == id);
        chains[k] = chains[k] with { Count = chains[k].Count + 1 };
        return id;
    }

    /// <summary>The chain "the sheikh" refers to: the most mentioned person written with a title, else the most mentioned person.</summary>
    public int? Nominal() =>
        chains.Count == 0 ? null : chains.OrderByDescending(c => c.Titled).ThenByDescending(c => c.Count).First().Id;

    /// <summary>Whether <paramref name="text"/> names a person already chained (so "Khazali" or a mistyped
    /// "Al-Khazali" is that person wherever the tagger missed it). With <paramref name="familyNameOnly"/>, a single
    /// word must be the last word of a chain's name, as "Khazali" is of "Qais Al-Khazali".</summary>
    public bool Knows(string text, bool familyNameOnly = false)
    {
        var words = Words(text);
        if (words.Count == 0 || words.Any(w => w.Length < 4)) return false;
        return chains.Any(c => (c.Words.Count > words.Count || !familyNameOnly && c.Words.Count == words.Count && words.Count > 1) && Fits(words, c.Words)
            && (!familyNameOnly || (words.Count == 1 && Matches(words[0], c.Words[^1]))));
    }

    private int Add(string text, List<string> words, bool titled, int id)
    {
        chains.Add((id, words, text, 1, titled));
        return id;
    }

    /// <summary>Every word of <paramref name="shorter"/> matches a distinct word of <paramref name="longer"/>, and a lone word is not only a given name.</summary>
    private static bool Fits(List<string> shorter, List<string> longer)
    {
        if (shorter.Count > longer.Count) return false;
        if (shorter.Count == 1 && longer.Count > 1 && Matches(shorter[0], longer[0]) && !longer.Skip(1).Any(w => Matches(shorter[0], w)))
            return false;
        var used = new bool[longer.Count];
        foreach (var word in shorter)
        {
            var found = false;
            for (var j = 0; j < longer.Count && !found; j++)
                if (!used[j] && Matches(word, longer[j])) used[j] = found = true;
            if (!found) return false;
        }
        return true;
    }

    private static bool Matches(string a, string b) =>
        a == b || (a.Length >= 5 && b.Length >= 5 && EditDistance.Within(a, b, 1)) || IsTransposition(a, b);

    /// <summary>Two neighbouring letters swapped: <c>Qias</c> for <c>Qais</c>.</summary>
    private static bool IsTransposition(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 3) return false;
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (first >= 0) return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a[(i + 1)..] == b[(i + 1)..];
            first = i;
        }
        return false;
    }

    /// <summary>Doubled letters written once: <c>Haqq</c> and <c>Haq</c>, <c>Ka'abi</c> and <c>Kabi</c> agree.</summary>
    private static string Undoubled(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word) if (chars.Count == 0 || chars[^1] != c) chars.Add(c);
        return new string([.. chars]);
    }

    /// <summary>The words that identify: particles left out, and a kunya kept whole ("Abu Jabir" is one word, "abujabir":
    /// the father of Jabir is not a man whose family name is Jabir, so a later "Nour Jaber" is not him).</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var kunya = "";
        foreach (var raw in name.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = new string(LatinFolding.Fold(raw).Where(char.IsLetter).ToArray());
            if (folded is "abu" or "umm" && words.Count == 0 && kunya.Length == 0) { kunya = folded; continue; }
            if (folded is "al" or "el" or "bin" or "ibn" or "abd" or "abu" or "" || folded.Length == 1) continue;
            words.Add(Undoubled((kunya + folded).Replace('y', 'i')));
            kunya = "";
        }
        return words;
    }
}
