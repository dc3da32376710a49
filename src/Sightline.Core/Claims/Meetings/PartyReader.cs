using Sightline.Analysis.Mentions;
using Sightline.Claims.Roles;

namespace Sightline.Claims.Meetings;

/// <summary>
/// Reads the parties on either side of a meeting trigger. Named persons and organisations are parties; an
/// organisation that only qualifies a person (<c>Hezbollah's Musa Ali Daqduq</c>, <c>head of the Babylon movement</c>)
/// is not. A title without a name (<c>the Chinese ambassador to Iraq</c>) is an office-holder; a description
/// (<c>the Iraqi militia leader</c>) or a pronoun (<c>he</c>) is resolved to the person the passage is about.
/// </summary>
internal sealed class PartyReader(DocumentTopic topic)
{
    /// <summary>The parties named in tokens [<paramref name="start"/>, <paramref name="limit"/>), read as a list
    /// ("X, Y and a Z delegation") that ends at the first clause break.</summary>
    public List<Participant> ReadList(SentenceFrame f, int start, int limit)
    {
        var parties = new List<Participant>();
        var j = start;
        var idle = 0;
        while (j < limit && idle < 6)
        {
            var word = f.Word(j);
            var mention = f.MentionAt(j);
            if (mention is null && (Lexicon.Determiners.Contains(word) || word is "with" or "and" or "," or "both" or "alongside" or "&"))
            {
                if (word == "," && f.Word(j + 1) is "including")
                {
                    (j, idle) = (j + 2, 0); // "leaders of several factions, including X"
                    continue;
                }
                if (word is "and" or "," && idle > 0) break; // "with the two figures and …": the list was not of names
                if (word == "and" && IsVerbLike(f, j + 1)) break;
                if (word == "," && (f.Word(j + 1) is "who" or "which" or "where" or "when" || OpensTrailingSource(f, j))) break;
                j++;
                continue;
            }
            if (mention is { Type: MentionType.Person })
            {
                parties.Add(Person(f, mention));
                j = SkipApposition(f, mention.End, limit);
                idle = 0;
                continue;
            }
            if (mention is { Type: MentionType.Misc or MentionType.Location or MentionType.Organization } && f.Word(mention.End) is not ("delegation" or "delegations" or "team")
                && RolePhrase.IsRoleWord(f.Word(mention.End)) && RolePhrase.Read(f, j, limit, maxLead: 3) is not null)
                mention = null; // "Chinese ambassador to Iraq", "U.S. envoy Tim Lenderking", "UN envoy": a title, read below
            if (mention is { Type: MentionType.Organization or MentionType.Misc })
            {
                var possessor = IsPossessive(f.Word(mention.End)) || QualifiesPerson(f, mention.End);
                var delegation = f.Word(mention.End) is "delegation" or "delegations" or "team";
                if (!possessor && (mention.Type == MentionType.Organization || delegation))
                    parties.Add(new Participant(f.Analyzed.ChainName(mention.Mention.Chain), ParticipantKind.Organization, mention.Mention.Chain, delegation ? "delegation" : "name"));
                j = possessor ? mention.End + 1 : delegation ? mention.End + 1 : mention.End;
                idle = 0;
                continue;
            }
            if (mention is null && RolePhrase.Read(f, j, limit, maxLead: 3) is { } role)
            {
                var next = f.Word(role.End) == "," ? role.End + 1 : role.End;
                if (f.MentionAt(next) is { Type: MentionType.Person } named)
                {
                    if (role.IsOffice(f)) parties.Add(Person(f, named) with { Office = Office(role.Role, role.Organization) });
                    j = role.IsOffice(f) ? SkipApposition(f, named.End, limit) : next;
                    idle = 0;
                    continue;
                }
                if (role.IsOffice(f)) parties.Add(new Participant(Office(role.Role, role.Organization), ParticipantKind.OfficeHolder, null, "title"));
                else if (topic.Nominal(f, role.Start) is { } person) parties.Add(person);
                j = role.End;
                idle = 0;
                continue;
            }
            if (word == ";" && parties.Count > 0 && (f.MentionAt(j + 1) is { Type: MentionType.Person } || f.Word(j + 1) == "and" && f.MentionAt(j + 2) is { Type: MentionType.Person }))
            {
                j++; // "met with X, minister of A; Y, minister of B; and Z": a list of names with their titles
                continue;
            }
            if (Lexicon.ClauseBreaks.Contains(word) || mention is { Type: MentionType.Location } && parties.Count > 0) break;
            j++;
            idle++;
        }
        return parties;
    }

    /// <summary>The subject of a trigger at <paramref name="trigger"/>, in its clause from <paramref name="clauseStart"/>:
    /// the first named person not in a prepositional phrase or an appositive (and any joined to it by "and"), else the
    /// first such organisation, else a subject pronoun or description resolved to the passage's topic.</summary>
    public List<Participant> Subject(SentenceFrame f, int clauseStart, int trigger)
    {
        var candidates = new List<PlacedMention>();
        var inApposition = false;
        for (var j = clauseStart; j < trigger; j++)
        {
            var word = f.Word(j);
            if (word == ",")
            {
                inApposition = j > 0 && f.MentionAt(j - 1) is { Type: MentionType.Person } && !inApposition;
                continue;
            }
            if (f.MentionAt(j) is not { IsParty: true } mention || mention.First != j) continue;
            var modifier = mention.Type != MentionType.Person && f.Word(mention.End) is { Length: > 0 } next && char.IsLower(next[0]) && next is not ("delegation" or "and" or "," or "met" or "has" or "have" or "had" or "was" or "is" or "will") && !next.EndsWith("ed", StringComparison.Ordinal);
            if (!inApposition && !IsGoverned(f, j) && !modifier && !IsPossessive(f.Word(mention.End)) && mention.Mention.Source != "pronoun") candidates.Add(mention);
            j = mention.End - 1;
        }
        var persons = candidates.Where(c => c.Type == MentionType.Person).ToList();
        var chosen = persons.Count > 0 ? persons : candidates;
        if (chosen.Count > 0)
        {
            var subject = new List<Participant> { Party(f, chosen[0]) };
            var end = chosen[0].End;
            foreach (var other in chosen.Skip(1))
            {
                if (!JoinedByAnd(f, end, other.First)) break;
                subject.Add(Party(f, other));
                end = other.End;
            }
            return subject;
        }
        for (var j = trigger - 1; j >= clauseStart; j--)
        {
            var word = f.Word(j);
            if (Lexicon.SubjectPronouns.Contains(word) && topic.Current is { } person) return [person];
            if (RolePhrase.Read(f, j, trigger, maxLead: 0) is { } role && f.Word(j - 1) is "the" or "this" or "a")
            {
                if (role.IsOffice(f)) return [new Participant(Office(role.Role, role.Organization), ParticipantKind.OfficeHolder, null, "title")];
                if (topic.Nominal(f, j) is { } nominal) return [nominal];
            }
        }
        return [];
    }

    /// <summary>", his spokesman said." ends the list: the source of the sentence, not a party.</summary>
    private static bool OpensTrailingSource(SentenceFrame f, int comma)
    {
        for (var k = comma + 2; k < Math.Min(f.Count, comma + 7); k++)
            if (Lexicon.ReportingVerbs.Contains(f.Word(k)) && f.Word(k + 1) is "." or "," or "") return true;
        return false;
    }

    /// <summary>"X and Y", "X, and Y", "X and Saudi ambassador to Yemen Y": the tokens between two names join them.</summary>
    private static bool JoinedByAnd(SentenceFrame f, int end, int next)
    {
        var k = end;
        if (f.Word(k) == ",") k++;
        if (f.Word(k) != "and") return false;
        for (k++; k < next; k++)
            if (!RolePhrase.IsRoleWord(f.Word(k)) && !char.IsUpper(f.Tokens[k].Text[0]) && f.Word(k) is not ("of" or "to" or "for")) return false;
        return true;
    }

    /// <summary>"In a meeting with X, Y discussed …": the first person named after the opening phrase's comma.</summary>
    public List<Participant> SubjectAfterOpening(SentenceFrame f, int objectStart)
    {
        if (f.Word(0) is not ("in" or "at" or "during")) return [];
        var comma = Enumerable.Range(objectStart, Math.Max(0, f.Count - objectStart)).FirstOrDefault(k => f.Word(k) == ",", -1);
        return comma >= 0 && f.MentionAt(comma + 1) is { Type: MentionType.Person } person ? [Person(f, person)] : [];
    }

    /// <summary>The possessor before a meeting noun: "Guterres' meeting", "his meeting", "his two meetings".</summary>
    public List<Participant> Possessor(SentenceFrame f, int noun)
    {
        var k = noun - 1;
        while (k >= 0 && (f.Word(k) is "early" or "late" or "mid" or "recent" or "first" or "last" or "latest" or "secret" or "surprise" || Counts.Contains(f.Word(k))
            || f.Dates.Any(d => k >= d.First && k < d.End))) k--;
        if (k >= 0 && IsPossessive(f.Word(k)) && f.MentionAt(k - 1) is { IsParty: true } owner) return [Party(f, owner)];
        if (f.Word(k) is "his" or "her" && topic.InSentenceOrCurrent(f, k) is { } person) return [person];
        return [];
    }

    /// <summary>How many meetings a possessor had: "his two meetings with", "their several meetings with".</summary>
    private static readonly HashSet<string> Counts = ["two", "three", "four", "five", "several", "many", "numerous", "repeated", "multiple", "2", "3", "4", "5"];

    /// <summary>"Hezbollah official Mohammad Raad": an organisation followed by a title and a person only qualifies that person.</summary>
    public static bool QualifiesPerson(SentenceFrame f, int after)
    {
        for (var k = after; k < Math.Min(f.Count, after + 4); k++)
        {
            if (f.MentionAt(k) is { Type: MentionType.Person }) return k > after;
            if (!RolePhrase.IsRoleWord(f.Word(k)) && !char.IsUpper(f.Tokens[k].Text[0])) return false;
        }
        return false;
    }

    /// <summary>True when the mention at <paramref name="first"/> is in a prepositional phrase ("leader of Al-Hashd").</summary>
    public static bool IsGoverned(SentenceFrame f, int first) =>
        Lexicon.Prepositions.Contains(f.Word(first - 1)) || Lexicon.Determiners.Contains(f.Word(first - 1)) && Lexicon.Prepositions.Contains(f.Word(first - 2));

    public static bool IsPossessive(string word) => word is "'s" or "’s" or "'" or "’";

    private static Participant Party(SentenceFrame f, PlacedMention mention) =>
        mention.Type == MentionType.Person ? Person(f, mention)
            : new Participant(f.Analyzed.ChainName(mention.Mention.Chain), ParticipantKind.Organization, mention.Mention.Chain, "name");

    private static Participant Person(SentenceFrame f, PlacedMention mention) =>
        new(f.Analyzed.ChainName(mention.Mention.Chain), ParticipantKind.Person, mention.Mention.Chain,
            mention.Mention.Source switch { "pronoun" => "pronoun", "nominal" => "nominal", _ => "name" }, NominalOffice(mention.Mention));

    /// <summary>"the Chinese ambassador to Iraq" resolved to its holder keeps the office, so that another date's meeting repeats the office.</summary>
    private static string? NominalOffice(Mention mention) =>
        mention.Source == "nominal" && mention.Text.Split(' ').Any(w => Lexicon.OfficeWords.Contains(w.ToLowerInvariant()))
            ? (mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention.Text[4..] : mention.Text) : null;

    private static string Office(string role, string? organization) => organization is null ? role : $"{role} of {organization}";

    /// <summary>After a person: ", head of X," or ", a member of Y" describes them; the list goes on after it.</summary>
    private static int SkipApposition(SentenceFrame f, int j, int limit)
    {
        if (f.Word(j) != "," || j + 1 >= limit) return j;
        var next = f.Tokens[j + 1].Text;
        if (f.MentionAt(j + 1) is not null || !(char.IsLower(next[0]) || Lexicon.Determiners.Contains(f.Word(j + 1)) || RolePhrase.IsRoleWord(f.Word(j + 1)))) return j;
        if (f.Word(j + 1) is "who" or "which" or "and") return j;
        var k = j + 1;
        while (k < limit && f.Word(k) is not ("," or "." or ";" or "and" or "who" or "which")) k++;
        return k;
    }

    private static bool IsVerbLike(SentenceFrame f, int i)
    {
        if (i >= f.Count || f.MentionAt(i) is not null) return false;
        var text = f.Tokens[i].Text;
        if (!char.IsLower(text[0])) return false;
        var w = f.Word(i);
        return w.EndsWith("ed", StringComparison.Ordinal) || w is "said" or "told" or "left" or "made" or "gave" or "took" or "spoke" or "then" or "also";
    }
}
