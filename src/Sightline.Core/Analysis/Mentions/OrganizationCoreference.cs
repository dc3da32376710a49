using Sightline.Names.Scripts;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Joins the organisation mentions of one document into chains: a shorter name whose words all appear in a longer
/// one (<c>UN Assistance Mission</c> in <c>United Nations Assistance Mission for Iraq</c>, <c>UN</c> read as
/// <c>United Nations</c>), and an acronym of a longer name (<c>UNAMI</c>, <c>MEMRI</c>, <c>IRGC</c>). A longer name that
/// adds a body or unit of its own (<c>Islamic Revolutionary Guard Corps-Quds Force</c>, <c>UN Assistance Mission</c>) is
/// another organisation than the shorter (<c>Islamic Revolutionary Guard Corps</c>, <c>UN</c>). Folding ignores case, accents, apostrophes, hyphens, <c>the</c>
/// and the <c>al-</c> particle.
/// </summary>
internal sealed class OrganizationCoreference
{
    private static readonly HashSet<string> Skipped = ["the", "al", "el", "of", "for", "and", "in", "on", "to", "de", "la", "le"];

    /// <summary>Words that name a body or a unit: a longer name that adds one is another organisation (the UN Assistance
    /// Mission is not the UN), not a fuller name of the same one.</summary>
    private static readonly HashSet<string> UnitWords =
    [
        "force", "forces", "brigade", "brigades", "battalion", "battalions", "wing", "office", "bureau", "council", "committee", "unit",
        "units", "division", "department", "ministry", "branch", "command", "army", "corps", "directorate", "mission", "center", "centre",
        "institute", "movement", "party", "charter", "organization", "organisation", "lab", "laboratory", "agency", "foundation",
        "university", "academy", "group", "network", "company", "bank", "association", "union", "league", "coalition", "alliance", "front",
        "monitor", "report", "spokespersons", "service", "commission", "court", "assembly", "parliament", "government", "treasury",
    ];

    private readonly List<(int Id, MentionType Type, List<string> Words, string Acronym, string Name, int Count)> chains = [];

    public IEnumerable<MentionChain> Chains => chains.Select(c => new MentionChain(c.Id, c.Type, c.Name, c.Count));

    /// <summary>The chain for a mention of <paramref name="type"/> (organisation, location or misc), made or found.</summary>
    public int Resolve(MentionType type, string text, Func<int> newId)
    {
        var words = Words(text);
        var acronym = Acronym(text);
        for (var k = 0; k < chains.Count; k++)
        {
            var chain = chains[k];
            if (chain.Type != type) continue;
            var same = words.SequenceEqual(chain.Words);
            var joins = same || type == MentionType.Organization && words.Count > 0 && (Within(words, chain.Words) || Within(chain.Words, words)
                || (words.Count == 1 && words[0].Length >= 3 && words[0] == chain.Acronym)
                || (chain.Words.Count == 1 && chain.Words[0].Length >= 3 && chain.Words[0] == acronym));
            if (!joins) continue;
            var longer = same ? text.Length > chain.Name.Length : words.Count > chain.Words.Count || chain.Words.Count == 1 && chain.Words[0] == acronym;
            chains[k] = longer ? (chain.Id, type, words, acronym, text, chain.Count + 1) : chain with { Count = chain.Count + 1 };
            return chain.Id;
        }
        var id = newId();
        chains.Add((id, type, words, acronym, text, 1));
        return id;
    }

    /// <summary>Every word of <paramref name="shorter"/> is in <paramref name="longer"/>, and the longer adds no unit of its own.</summary>
    private static bool Within(List<string> shorter, List<string> longer) =>
        shorter.Count < longer.Count && shorter.All(longer.Contains) && !longer.Except(shorter).Any(UnitWords.Contains);

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split([' ', '-', '–', '\u2010', '\u2011', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = LatinFolding.Fold(raw);
            if (word.Length == 0 || Skipped.Contains(word)) continue;
            if (raw is "UN" or "U.N.") { words.Add("united"); words.Add("nations"); continue; }
            if (raw is "US" or "U.S." or "U.S") { words.Add("united"); words.Add("states"); continue; }
            words.Add(word);
        }
        return words;
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
