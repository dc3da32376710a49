using Sightline.Analysis.Mentions;

namespace Sightline.Claims.Sanctions;

/// <summary>
/// Finds what a report says about who is sanctioned: "sanctioned by the U.S. for human rights violations", "on the
/// U.S. Treasury list of Specially Designated Global Terrorists", "OFAC designated X, Y and Z pursuant to E.O. 13818",
/// "U.S.-designated terrorist". The targets are the persons (else organisations) the trigger's clause names after an
/// acting authority ("OFAC designated X"), else the nearest ones before the trigger ("X is categorized by the U.S. as
/// …", "X, whom the United States has named …"); "both these figures" are the last two persons named. A clause that
/// names no authority takes the one the document named last ("Among those designated today is X" in an OFAC release).
/// </summary>
internal sealed class SanctionsFinder
{
    private static readonly HashSet<string> Triggers =
    [
        "sanctioned", "sanctions", "sanction", "sanctioning", "designated", "designation", "designates", "designate", "designating", "blacklisted", "blacklist", "sdgt", "sdgts",
        "specially", "categorized", "categorised",
    ];

    private readonly List<PlacedMention> recentPersons = [];
    private string? lastAuthority;

    public IEnumerable<SanctionsStatement> Read(SentenceFrame f)
    {
        var found = new Dictionary<(int, string?, string), SanctionsStatement>();
        var clauseStart = AttributionFinder.LeadingPhraseEnd(f);
        var clauseEnd = f.Count;
        for (var t = 0; t < f.Count; t++)
        {
            if (f.MentionAt(t) is not null && !f.Word(t).EndsWith("-designated", StringComparison.Ordinal)) continue;
            if (!IsTrigger(f, t)) { if (f.Word(t) is ";") clauseStart = t + 1; continue; }
            if (t > clauseEnd) clauseStart = Math.Max(clauseStart, clauseEnd + 1);
            if (Negated(f, clauseStart, t)) continue; // "Al-Amiri is not on any U.S. sanctions list"
            clauseEnd = ClauseEnd(f, t);
            var targets = Targets(f, clauseStart, t);
            var clause = f.Span(clauseStart, clauseEnd);
            var (bases, programs) = LegalBases.Read(clause);
            var stated = Authorities.Nearest(clause, f.Tokens[t].Start - f.Tokens[clauseStart].Start);
            var authority = stated ?? lastAuthority ?? (programs.Count > 0 ? "US" : null); // a press release names its authority once
            if (stated is not null) lastAuthority = stated;
            var date = ClaimDates.Nearest(f, t)?.Date;
            var (attribution, _) = AttributionFinder.Find(f, t);
            foreach (var target in targets)
            {
                var chain = target.Mention.Chain;
                var key = (chain, authority, string.Join(";", bases));
                if (found.ContainsKey(key)) continue;
                var supplied = (target.Mention.Source is "pronoun" or "nominal" ? 1 : 0) + (Lexicon.HedgedVerbs.Contains(attribution.Verb ?? "") ? 1 : 0) + (bases.Count == 0 ? 1 : 0)
                    + (stated is null && authority is not null ? 1 : 0);
                found[key] = new SanctionsStatement(f.Analyzed.ChainName(chain), chain, authority, bases, programs, date, attribution, f.EvidenceFor(), ClaimConfidence.For(supplied));
            }
            clauseStart = t + 1;
            while (t + 1 < f.Count && IsTrigger(f, t + 1)) t++;
        }
        var persons = f.Mentions.Where(m => m.Type == MentionType.Person).ToList();
        if (persons.Count > 0)
        {
            recentPersons.AddRange(persons);
            if (recentPersons.Count > 8) recentPersons.RemoveRange(0, recentPersons.Count - 8);
        }
        return found.Values;
    }

    /// <summary>The end of the trigger's clause: a semicolon, or ", and" before a new subject ("…, and Khaz'ali is on the
    /// list of …"), so that each statement gets its own authority and bases.</summary>
    private static int ClauseEnd(SentenceFrame f, int t)
    {
        for (var k = t + 1; k < f.Count; k++)
        {
            if (f.Word(k) == ";") return k;
            if (f.Word(k) == "and" && f.Word(k - 1) is "," || f.Word(k) == "and" && f.Tokens[k - 1].IsFootnote)
                if (f.MentionAt(k + 1) is { IsParty: true }) return k;
        }
        return f.Count;
    }

    /// <summary>An organisation in front of a common noun describes it: "sanctions on Hamas financiers" are not on Hamas.</summary>
    private static bool Modifies(SentenceFrame f, PlacedMention m) =>
        m.Type != MentionType.Person && f.Word(m.End) is { Length: > 1 } next && char.IsLetter(next[0]) && char.IsLower(f.Tokens[m.End].Text[0])
        && next is not ("and" or "or" or "in" or "on" or "for" or "at" or "to" or "under" or "pursuant" or "over" or "since" or "by" or "with" or "was" or "were" or "is" or "are");

    /// <summary>A negation before the trigger in its clause: "is not on any sanctions list", "was never designated".</summary>
    private static bool Negated(SentenceFrame f, int clauseStart, int t)
    {
        for (var k = Math.Max(clauseStart, t - 5); k < t; k++)
            if (f.Word(k) is "not" or "n't" or "never" or "no") return true;
        return false;
    }

    private static bool IsTrigger(SentenceFrame f, int t)
    {
        var w = f.Word(t);
        // A headline's capitalised "Designated" is not read; "Specially Designated", "SDGT" and "U.S.-Designated" are.
        if (char.IsUpper(f.Tokens[t].Text[0]) && w is not ("specially" or "sdgt" or "sdgts") && !w.EndsWith("-designated", StringComparison.Ordinal)) return false;
        if (w.EndsWith("-designated", StringComparison.Ordinal)) return true;
        if (w == "specially") return f.Word(t + 1) == "designated";
        if (w is "categorized" or "categorised") return f.Lower.Skip(t).Take(8).Contains("terrorist");
        if (w == "list" && f.Lower.Take(t).Skip(Math.Max(0, t - 8)).Any(x => x is "terror" or "sdn" or "sanctions" or "blacklist")) return true;
        if (w == "list" && f.Lower.Skip(t).Take(6).Any(x => x is "terrorists" or "terrorist" or "sdgt" or "sdgts")) return true;
        return Triggers.Contains(w) && !(w == "designated" && f.Word(t - 1) == "specially");
    }

    private List<PlacedMention> Targets(SentenceFrame f, int clauseStart, int t)
    {
        bool Eligible(PlacedMention m) => m.IsParty && !Authorities.IsAuthority(m.Mention.Text) && !MeetingBetween(f, m, t);
        // "OFAC designated X, Y and Z …", "The Council also sanctioned X": a body acting on the names after the verb;
        // "imposed sanctions on X and Y": the names after "on".
        var actor = f.Word(t - 1) is "today" or "also" or "previously" or "has" or "have" or "had" or "formally" or "recently" ? t - 2 : t - 1;
        var acting = f.MentionAt(actor) is { Type: MentionType.Organization or MentionType.Location } || f.Word(actor) is "u.s." or "us" or "treasury" or "ofac";
        var on = f.Word(t) is "sanctions" or "sanction" && f.Word(t + 1) is "on" or "against";
        var inverted = f.Word(t) == "designated" && (f.Word(t + 1) is "is" or "are" or "were" or "include" or "includes" or "included"
            || f.Word(t + 1) is "today" or "yesterday" && f.Word(t + 2) is "is" or "are" or "were"); // "Among those designated today is X"
        if (acting && f.Word(t) is "sanctioned" or "designated" or "blacklisted" || on || inverted)
        {
            var after = f.Mentions.Where(m => m.First > t && Eligible(m) && (on || !Meetings.PartyReader.IsGoverned(f, m.First)) && !Meetings.PartyReader.IsPossessive(f.Word(m.End))
                    && !Meetings.PartyReader.QualifiesPerson(f, m.End) && !Modifies(f, m))
                .TakeWhile(m => !Breaks(f, t, m.First)).ToList();
            if (after.Count > 0) return after;
        }
        // "… faction heads who are on the terror list": the relative clause is about the words right before "who".
        var relative = Enumerable.Range(clauseStart, Math.Max(0, t - clauseStart)).LastOrDefault(k => f.Word(k) is "who" or "whom" or "which" or "whose", -1);
        if (relative >= 0 && f.Word(relative) == "whose") return []; // "Raad, whose party is designated": the party, not Raad
        if (relative >= 0)
        {
            var k = f.Word(relative - 1) == "," ? relative - 2 : relative - 1;
            return f.MentionAt(k) is { } antecedent && Eligible(antecedent) ? [antecedent] : [];
        }
        var before = f.Mentions.Where(m => m.End <= t && m.First >= clauseStart && Eligible(m) && !Meetings.PartyReader.IsGoverned(f, m.First) && !Meetings.PartyReader.IsPossessive(f.Word(m.End))).ToList();
        var persons = before.Where(m => m.Type == MentionType.Person).ToList();
        if (persons.Count > 0) return LastGroup(f, persons);
        // "… designated terrorists in it, including X and Y".
        var including = Enumerable.Range(t + 1, Math.Max(0, Math.Min(f.Count, t + 8) - t - 1)).FirstOrDefault(k => f.Word(k) is "including" || f.Reads(k, "such", "as"), -1);
        if (including >= 0)
        {
            var listed = f.Mentions.Where(m => m.First > including && Eligible(m) && !Meetings.PartyReader.IsPossessive(f.Word(m.End))).TakeWhile(m => !Breaks(f, including, m.First)).ToList();
            if (listed.Count > 0) return listed;
        }
        // "Both these figures are sanctioned": the last two persons named.
        var window = f.Lower.Skip(Math.Max(clauseStart, t - 8)).Take(Math.Min(8, t - clauseStart)).ToList();
        if (before.Count == 0 && (window.Contains("both") || window.Contains("two")))
            return recentPersons.Concat(f.Mentions.Where(m => m.Type == MentionType.Person && m.End <= t)).GroupBy(m => m.Mention.Chain).Select(g => g.Last()).OrderBy(m => m.Mention.Start).TakeLast(2).ToList();
        return before.Count > 0 ? LastGroup(f, before) : [];
    }

    /// <summary>A meeting verb between a mention and the trigger: "X met with Y, a designated terrorist" is about Y, not X.</summary>
    private static bool MeetingBetween(SentenceFrame f, PlacedMention m, int t)
    {
        var (from, to) = m.End <= t ? (m.End, t) : (t, m.First);
        for (var k = from; k < to; k++)
            if (f.Word(k) is "met" or "meets" or "meeting" or "received" or "hosted" or "visited") return true;
        return false;
    }

    private static bool Breaks(SentenceFrame f, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (f.Word(k) is "pursuant" or "under" or "for" or ";" or "." or "because") return true;
        return false;
    }

    /// <summary>The last mention before the trigger and those listed with it ("Al-Khazali and his brother Laith").</summary>
    private static List<PlacedMention> LastGroup(SentenceFrame f, List<PlacedMention> mentions)
    {
        var group = new List<PlacedMention> { mentions[^1] };
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var gap = Enumerable.Range(mentions[k].End, group[0].First - mentions[k].End).Select(f.Word).ToList();
            if (gap.Count > 4 || !gap.All(w => w is "and" or "," or "his" or "her" or "brother" or "son" or "both" || Lexicon.Relations.Contains(w))) break;
            group.Insert(0, mentions[k]);
        }
        return group;
    }
}
