using Sightline.Names;
using Sightline.Names.Scripts;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Joins the organisation mentions of one document into chains: a shorter name whose words all appear in a longer
/// one (<c>UN Assistance Mission</c> in <c>United Nations Assistance Mission for Iraq</c>, <c>UN</c> read as
/// <c>United Nations</c>), and an acronym of a longer name (<c>UNAMI</c>, <c>MEMRI</c>, <c>IRGC</c>). A longer name that
/// adds a body or unit of its own (<c>Islamic Revolutionary Guard Corps-Quds Force</c>, <c>UN Assistance Mission</c>) is
/// another organisation than the shorter (<c>Islamic Revolutionary Guard Corps</c>, <c>UN</c>). Folding ignores case, accents, apostrophes, hyphens, <c>the</c>
/// and the <c>al-</c> particle, and reads <c>Politburo</c> as <c>Political Bureau</c>.
/// </summary>
internal sealed class OrganizationCoreference
{
    private static readonly HashSet<string> Skipped = ["the", "al", "el", "of", "for", "and", "in", "on", "to", "de", "la", "le"];

    /// <summary>Words that name a body or a unit: a longer name that adds one is another organisation (the UN Assistance
    /// Mission is not the UN), not a fuller name of the same one.</summary>
    private static readonly HashSet<string> UnitWords = new string[]
    {
        "force", "forces", "brigade", "brigades", "battalion", "battalions", "wing", "office", "bureau", "council", "committee", "unit",
        "units", "division", "department", "ministry", "branch", "command", "army", "corps", "directorate", "mission", "center", "centre",
        "institute", "movement", "party", "charter", "organization", "organisation", "lab", "laboratory", "agency", "foundation",
        "university", "academy", "group", "network", "company", "bank", "association", "union", "league", "coalition", "alliance", "front",
        "monitor", "report", "spokespersons", "service", "commission", "court", "assembly", "parliament", "government", "treasury",
    }.Select(Undoubled).ToHashSet(); // compared with words whose doubled letters are written once

    private readonly List<(int Id, MentionType Type, List<string> Words, string Acronym, string Name, int Count)> chains = [];

    public IEnumerable<MentionChain> Chains => chains.Select(c => new MentionChain(c.Id, c.Type, c.Name, c.Count));

    /// <summary>The chain for a mention of <paramref name="type"/> (organisation, location or misc), made or found:
    /// a chain with the same words first, then one the mention abbreviates or shortens, then one the mention extends
    /// at its end (<c>UN Assistance Mission</c>, then <c>UN Assistance Mission for Iraq</c>; never <c>Hezbollah</c>, then
    /// <c>Kataib Hezbollah</c>).</summary>
    public int Resolve(MentionType type, string text, Func<int> newId)
    {
        var words = Words(text);
        var acronym = Acronym(text);
        var k = chains.FindIndex(c => c.Type == type && c.Words.SequenceEqual(words));
        if (k < 0 && type == MentionType.Organization && words.Count > 1)
            k = chains.FindIndex(c => c.Type == type && c.Words.Count == words.Count && c.Words.Zip(words).All(p => SameWord(p.First, p.Second))); // "Asaeb Ahl al-Haq", "Asaib Ahl al-Haq"
        var longer = false;
        if (k < 0 && type == MentionType.Organization && words.Count > 0)
        {
            k = chains.FindIndex(c => c.Type == type && (Within(words, c.Words, c.Name) || SameMinistry(c.Words, words) || Abbreviates(text, c.Words, c.Acronym, c.Name) || Expands(text, c.Words)));
            if (k < 0)
            {
                k = chains.FindIndex(c => c.Type == type && (Within(c.Words, words, text) && Extends(words, c.Words) || SameMinistry(words, c.Words) || Abbreviates(c.Name, words, acronym, text) || Expands(c.Name, words)));
                longer = k >= 0;
            }
        }
        if (k < 0)
        {
            var id = newId();
            var name = type == MentionType.Organization ? ParentName(text) ?? text : text;
            chains.Add((id, type, name == text ? words : Words(name), name == text ? acronym : Acronym(name), name, 1));
            return id;
        }
        var chain = chains[k];
        longer |= chain.Words.SequenceEqual(words) && text.Length > chain.Name.Length;
        chains[k] = longer ? (chain.Id, type, words, acronym, text, chain.Count + 1) : chain with { Count = chain.Count + 1 };
        return chain.Id;
    }

    /// <summary>A longer name that adds words to a shorter one's end (<c>UN Assistance Mission</c> + <c>for Iraq</c>), or
    /// to the front of a name that ends in a body's noun (<c>Simon</c> + <c>Wiesenthal Center</c>), or a nationality in
    /// front (<c>Palestinian</c> + <c>Islamic Jihad</c>).</summary>
    private static bool Extends(List<string> longer, List<string> shorter) =>
        longer.Take(shorter.Count).SequenceEqual(shorter)
        || longer.TakeLast(shorter.Count).SequenceEqual(shorter) && (UnitWords.Contains(shorter[^1]) || longer.SkipLast(shorter.Count).All(IsDemonym));

    /// <summary>"Ministry of Foreign Affairs" and "Foreign Ministry": one ministry named both ways.</summary>
    private static bool SameMinistry(List<string> longer, List<string> shorter) =>
        longer.Contains("ministry") && shorter.Contains("ministry")
        && longer.Where(w => w != "afairs").ToHashSet().SetEquals(shorter.Where(w => w != "afairs")); // doubled letters are written once

    /// <summary>A nationality adjective before a name (<c>Palestinian</c> Islamic Jihad, <c>Lebanese</c> Hezbollah).</summary>
    private static bool IsDemonym(string word) =>
        word.Length > 4 && (word.EndsWith("ian") || word.EndsWith("ean") || word.EndsWith("ese") || word.EndsWith("ish") || word.EndsWith("i") || word.EndsWith("an"));

    /// <summary>An acronym of the parent named at the front of a known unit's name: <c>IRGC</c> is the Islamic
    /// Revolutionary Guard Corps of "Islamic Revolutionary Guard Corps-Qods Force". Null when no chain spells it out.</summary>
    private string? ParentName(string text)
    {
        if (!IsAcronym(text) || text.Length < 3) return null;
        var letters = text.ToLowerInvariant();
        foreach (var chain in chains.Where(c => c.Type == MentionType.Organization))
        {
            var parts = chain.Name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).Where(p => !Skipped.Contains(p.ToLowerInvariant())).ToList();
            if (parts.Count <= letters.Length || !parts.Take(letters.Length).Select(p => char.ToLowerInvariant(p[0])).SequenceEqual(letters)) continue;
            if (UnitWords.Contains(Undoubled(LatinFolding.Fold(parts[letters.Length - 1])))) return string.Join(' ', parts.Take(letters.Length));
        }
        return null;
    }

    /// <summary>A name with an acronym in it that spells out to the other name word for word: <c>IRGC-Quds Force</c> and
    /// <c>Islamic Revolutionary Guard Corps-Qods Force</c>.</summary>
    private static bool Expands(string text, List<string> longer)
    {
        var parts = text.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).Where(p => !Skipped.Contains(p.ToLowerInvariant())).ToList();
        if (parts.Count < 2 || !parts.Any(IsAcronym)) return false;
        var k = 0;
        foreach (var part in parts)
        {
            if (IsAcronym(part))
            {
                foreach (var letter in part.ToLowerInvariant())
                    if (k < longer.Count && longer[k][0] == letter) k++;
                    else return false;
            }
            else if (k < longer.Count && SameWord(LatinFolding.Fold(part), longer[k])) k++;
            else return false;
        }
        return k == longer.Count;
    }

    private static bool IsAcronym(string part) => part.Length is >= 2 and <= 6 && part.All(char.IsUpper);

    /// <summary>Words that are one word spelled two ways: <c>Qods</c> and <c>Quds</c>, <c>Haq</c> and <c>Haqq</c>.</summary>
    private static bool SameWord(string a, string b) => a == b || a.Length >= 4 && b.Length >= 4 && EditDistance.Within(a, b, 1);

    /// <summary>An acronym of the longer name: <c>UNAMI</c>, <c>IRGC-QF</c> (its letters run together); two letters only
    /// for a two-word name (<c>CF</c>, Coalition Forces).</summary>
    private static bool Abbreviates(string text, List<string> longer, string longerAcronym, string longerName)
    {
        var letters = new string(text.Where(char.IsLetter).ToArray());
        return (letters.Length >= 3 || letters.Length == 2 && longer.Count == 2) && letters.All(char.IsUpper) && longer.Count > 1
            && (letters.ToLowerInvariant() == longerAcronym || letters.ToLowerInvariant() == CapitalsAcronym(longerName));
    }

    /// <summary>Initials where a word in capitals gives all its letters: <c>UNGA</c> for <c>UN General Assembly</c>.</summary>
    private static string CapitalsAcronym(string name)
    {
        var letters = name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !Skipped.Contains(w.ToLowerInvariant()))
            .Select(w => w.Length is >= 2 and <= 4 && w.All(char.IsUpper) ? w.ToLowerInvariant() : char.ToLowerInvariant(w[0]).ToString());
        return string.Concat(letters);
    }

    /// <summary>Every word of <paramref name="shorter"/> is in <paramref name="longer"/>, the longer adds no body or unit
    /// of its own (a name may add its head noun: Ansar Allah movement; a unit is named by its own name at the end of its parent's),
    /// and the shorter is not its complement (<c>Hamas</c> in "Islamic Resistance in Hamas").</summary>
    private static bool Within(List<string> shorter, List<string> longer, string longerName) =>
        shorter.Count > 0 && shorter.Count < longer.Count && shorter.All(w => longer.Any(l => SameWord(w, l)))
        && longer.Where(l => !shorter.Any(w => SameWord(w, l))).ToList() is var added
        && (!added.Any(UnitWords.Contains) || added.Count == 1 && shorter[0].Length > 3 && NameHeads.Contains(added[0])
            || UnitWords.Contains(shorter[^1]) && longer.TakeLast(shorter.Count).SequenceEqual(shorter)) // "Qods Force" of "IRGC-Qods Force"
        && !IsComplement(shorter[0], longerName);

    /// <summary>A head noun a name takes without becoming another body: <c>Badr</c> and <c>Badr Organization</c>.</summary>
    private static readonly HashSet<string> NameHeads = ["organization", "organisation", "movement", "party", "group", "militia", "network", "force", "forces", "department"];

    private static bool IsComplement(string first, string longerName)
    {
        var raw = longerName.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).Select(w => LatinFolding.Fold(w)).ToList();
        var at = raw.IndexOf(first);
        return at > 0 && raw[at - 1] is "in" or "of" or "for" or "at" or "on";
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split([' ', '-', '–', '\u2010', '\u2011', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Undoubled(LatinFolding.Fold(raw));
            if (word.Length == 0 || Skipped.Contains(word)) continue;
            if (raw is "UN" or "U.N.") { words.Add("united"); words.Add("nations"); continue; }
            if (raw is "US" or "U.S." or "U.S") { words.Add("united"); words.Add("states"); continue; }
            if (word == "politburo") { words.Add("political"); words.Add("bureau"); continue; } // the Politburo is the Political Bureau
            words.Add(word);
        }
        return words;
    }

    private static string Undoubled(string word)
    {
        var letters = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
            if (letters.Length == 0 || letters[^1] != c) letters.Append(c);
        return letters.ToString();
    }

    /// <summary>The initials of a name's capitalised words: <c>UNAMI</c> for United Nations Assistance Mission for Iraq.</summary>
    private static string Acronym(string name)
    {
        var initials = name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !Skipped.Contains(w.ToLowerInvariant()))
            .Select(w => char.ToLowerInvariant(w[0]));
        return new string(initials.ToArray());
    }
}
