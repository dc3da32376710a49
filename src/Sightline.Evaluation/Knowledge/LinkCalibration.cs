using System.Globalization;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Storage;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Storage;

namespace Sightline.Knowledge.Resolution;

/// <summary>One labelled link decision: the entity a corpus names (looked up by name), the list entries it is
/// (<c>LIST:ID</c>, none for an unlisted person) and what it is to the lists (<c>listed</c>, <c>unlisted</c>,
/// <c>namesake</c>, <c>relative</c>, <c>variant</c>).</summary>
public sealed record LinkLabel(string Corpus, string Name, IReadOnlySet<string> Expected, string Relation)
{
    public bool Listed => Expected.Count > 0;
}

/// <summary>Precision and recall of the link tiers on labelled decisions: for each tier, the links made at it and how
/// many are right; for listed people, how many got a right link at the tier or better; for the others, how many got any
/// link that counts.</summary>
public sealed class LinkScore
{
    public Dictionary<string, (int Right, int Wrong)> ByTier { get; } = new(StringComparer.Ordinal) { ["automatic"] = (0, 0), ["probable"] = (0, 0) };
    public int Listed { get; private set; }
    public int ListedAutomatic { get; private set; }
    public int ListedProbableOrBetter { get; private set; }
    public int Unlisted { get; private set; }
    public int UnlistedLinked { get; private set; }
    public List<string> Wrong { get; } = [];
    public List<string> Missed { get; } = [];

    /// <summary>Scores one label against the links that count for its entity (<c>LIST:ID</c> and tier).</summary>
    public void Add(LinkLabel label, IReadOnlyList<(string Entry, string Tier)> links)
    {
        foreach (var (entry, tier) in links.Where(l => ByTier.ContainsKey(l.Tier)))
        {
            var right = label.Expected.Contains(entry);
            var held = ByTier[tier];
            ByTier[tier] = right ? (held.Right + 1, held.Wrong) : (held.Right, held.Wrong + 1);
            if (!right) Wrong.Add($"{label.Corpus}: {label.Name} ({label.Relation}) {tier} {entry}");
        }
        if (label.Listed)
        {
            Listed++;
            if (links.Any(l => l.Tier == "automatic" && label.Expected.Contains(l.Entry))) ListedAutomatic++;
            if (links.Any(l => label.Expected.Contains(l.Entry))) ListedProbableOrBetter++;
            else Missed.Add($"{label.Corpus}: {label.Name} ({string.Join(" ", label.Expected)})");
        }
        else
        {
            Unlisted++;
            if (links.Count > 0) UnlistedLinked++;
        }
    }
}

/// <summary>
/// The calibration of the link decision (ADR-016): labelled decisions on reports (read from a CSV of labels only:
/// <c>corpus,name,expected,relation</c>) and hard cases generated from a list — each listed person under their own name,
/// under a transliteration variant of it, and a namesake with the same family name and another listed person's given
/// name.
/// </summary>
public static class LinkCalibration
{
    public static IReadOnlyList<LinkLabel> ReadLabels(string path)
    {
        var labels = new List<LinkLabel>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(',');
            if (fields.Length != 4) throw new FormatException($"{path}:{lineNumber}: expected corpus,name,expected,relation");
            var expected = fields[2] == "none" ? new HashSet<string>() : fields[2].Split('|').ToHashSet(StringComparer.Ordinal);
            labels.Add(new LinkLabel(fields[0], fields[1], expected, fields[3]));
        }
        return labels;
    }

    /// <summary>The links that count (<c>LIST:ID</c>, tier) of the entity named <paramref name="name"/> in this form,
    /// else of the one the knowledge base finds first for it; none when it names no entity.</summary>
    public static IReadOnlyList<(string Entry, string Tier)> LinksOf(KnowledgeStore store, string name)
    {
        var exact = store.Resolution.EntityWithNorm(NameNorm.Of(name));
        var found = exact is not null ? [(exact, name, 1.0)] : EntityLookup.Find(store, name);
        if (found.Count == 0) return [];
        return store.Resolution.Tiers(null, found[0].Item1);
    }

    /// <summary>Hard cases from <paramref name="entries"/>: every <paramref name="step"/>-th person whose primary name is
    /// "FAMILY, Given" (one family word, one or two given words), as listed, as a variant, and a namesake; and, for those
    /// whose entry gives a birth year, the listed name in a sentence giving that year ("born as listed") and in one giving
    /// a year twenty-five years off every birth date of the entry (<c>born another year</c>: somebody else); and for a man's
    /// entry, the name in a sentence that speaks of a woman (<c>a woman of the name</c>).
    /// A case's text is the sentence it is read from, when it has one.</summary>
    public static IReadOnlyList<(LinkLabel Label, string Name, string? Text)> Generate(IEnumerable<ListEntry> entries, int step)
    {
        var people = entries.Where(e => e.Schema == EntrySchema.Person && Split(e.Name) is not null).ToList();
        var byFamily = people.SelectMany(p => p.Names.Select(n => (Family: Split(n.Text)?.Family.ToUpperInvariant(), Given: Split(n.Text)?.Given.ToUpperInvariant())))
            .Where(n => n.Family is not null).ToLookup(n => n.Family!, n => n.Given!, StringComparer.Ordinal);
        var cases = new List<(LinkLabel, string, string?)>();
        for (var i = 0; i < people.Count; i += step)
        {
            var entry = people[i];
            var (family, given) = Split(entry.Name)!.Value;
            var id = $"{entry.List}:{entry.Id}";
            var expected = new HashSet<string>(StringComparer.Ordinal) { id };
            var written = $"{Title(given)} {Title(family)}";
            cases.Add((new LinkLabel("generated", $"{given} {family}", expected, "listed"), written, null));
            var variant = $"{Variant(Title(given))} {Variant(Title(family))}";
            if (variant != written) cases.Add((new LinkLabel("generated", variant, expected, "variant"), variant, null));
            if (entry.BirthDates.Count > 0)
            {
                var year = entry.BirthDates[0].From.Year;
                cases.Add((new LinkLabel("generated", $"{given} {family}", expected, "born as listed"), written, Sentence(written, year)));
                var elsewhere = year + 25 <= 2005 ? year + 25 : year - 25;
                if (entry.BirthDates.All(d => Math.Abs(d.From.Year - elsewhere) > 5))
                    cases.Add((new LinkLabel("generated", $"{given} {family}", new HashSet<string>(), "born another year"), written, Sentence(written, elsewhere)));
            }
            if (string.Equals(entry.Gender, "Male", StringComparison.OrdinalIgnoreCase))
                cases.Add((new LinkLabel("generated", $"{given} {family}", new HashSet<string>(), "a woman of the name"), written, $"{written} said she would return to the talks."));
            // A namesake: the same family name with the given name of the next person whose given name nobody of this family bears.
            var other = people.Skip(i + 1).Concat(people.Take(i)).Select(p => Split(p.Name)!.Value.Given)
                .FirstOrDefault(g => g.Split(' ').Length == 1 && !byFamily[family.ToUpperInvariant()].Any(n => n.Contains(g.ToUpperInvariant(), StringComparison.Ordinal)));
            if (other is not null)
                cases.Add((new LinkLabel("generated", $"{other} {family}", new HashSet<string>(), "namesake"), $"{Title(other)} {Title(family)}", null));
        }
        return cases;
    }

    /// <summary>Links a generated name as a new entity inside <paramref name="work"/> (undone by the caller) and returns
    /// its links that count on the list it was generated from (the same person on another list is not labelled). A case
    /// with a <paramref name="text"/> is named at its start, in a report of that text.</summary>
    public static IReadOnlyList<(string Entry, string Tier)> LinkGenerated(KnowledgeStore store, IKnowledgeUnitOfWork work, ListLinker linker, string name, string list, int index, string? text = null)
    {
        var key = $"generated-{index.ToString(CultureInfo.InvariantCulture)}";
        var id = $"P-{key}";
        store.Ingest.AddEntity(work, id, EntityKind.Person, name);
        store.Ingest.AddName(work, id, name, NameNorm.Of(name), key);
        if (text is not null)
        {
            store.Ingest.WriteDocument(work, new IngestedDocument(key, "1", key, null, null, "2024-06-01", null, "2024-06-01T00:00:00Z"));
            store.Ingest.KeepText(work, key, key, text);
            store.Ingest.AddMentions(work, [new IngestedMention(key, 0, name.Length, "Person", name, 0, 0, id)]);
        }
        linker.Relink(store.Resolution, work, id, EntityKind.Person);
        return store.Resolution.Tiers(work, id, list);
    }

    private static string Sentence(string name, int born) => $"{name}, born in {born.ToString(CultureInfo.InvariantCulture)}, spoke to reporters on Monday.";

    private static (string Family, string Given)? Split(string name)
    {
        var comma = name.IndexOf(',');
        if (comma <= 0) return null;
        var family = name[..comma].Trim();
        var given = name[(comma + 1)..].Trim();
        if (family.Contains(' ') || family.Length < 3 || given.Length < 2 || given.Split(' ').Length > 2 || !given.All(c => char.IsLetter(c) || c == ' ' || c == '-'))
            return null;
        return NameParser.Parse(family).Tokens.Count == 1 ? (family, given) : null;
    }

    private static string Title(string word) =>
        string.Join(' ', word.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    /// <summary>Another common Latin spelling of a transliterated name: ou/u, q/k, ee/i, y/i, the final a/ah.</summary>
    private static string Variant(string name)
    {
        var variant = name.Replace("ou", "u").Replace("Ou", "U").Replace("ee", "i").Replace("Q", "K").Replace("q", "k");
        if (variant == name) variant = name.Replace("y", "i");
        if (variant == name && name.EndsWith('a')) variant = name + "h";
        return variant;
    }
}
