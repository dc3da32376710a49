using Sightline.Analysis.Mentions;

namespace Sightline.Claims.Meetings;

/// <summary>
/// Gathers a trigger's candidate parties broadly: the rules' subject and object readings first, then every other
/// person and organisation named in the sentence (pronouns and descriptions through their chains), then the passage's
/// topic when the sentence does not name it and the rules read no subject identified by name or office ("During the visit, he also held talks with …"). Names before the reported
/// clause ("X tweeted that …", "According to X, …") are the source, not candidates. One candidate a chain
/// (an office-holder, which has none, one a title), at its mention nearest the trigger.
/// </summary>
internal static class PartyCandidates
{
    public static List<PartyCandidate> Gather(SentenceFrame f, MeetingTrigger trigger, IReadOnlyList<MeetingTrigger> triggers, int clauseStart, IReadOnlyList<Participant> subject, IReadOnlyList<Participant> objects, Participant? topic)
    {
        var candidates = new List<PartyCandidate>();
        var seen = new HashSet<string>();
        foreach (var party in subject) Add(f, trigger, candidates, seen, party, CandidateOrigin.RuleSubject);
        foreach (var party in objects) Add(f, trigger, candidates, seen, party, CandidateOrigin.RuleObject);
        foreach (var mention in f.Mentions)
        {
            if (!mention.IsParty || mention.End <= clauseStart || !OwnStretch(f, trigger, triggers, mention)) continue;
            var party = new Participant(f.Analyzed.ChainName(mention.Mention.Chain),
                mention.Type == MentionType.Person ? ParticipantKind.Person : ParticipantKind.Organization, mention.Mention.Chain,
                mention.Mention.Source switch { "pronoun" => "pronoun", "nominal" => "nominal", _ => "name" });
            Add(f, trigger, candidates, seen, party, CandidateOrigin.Sentence);
        }
        if (topic is not null && !subject.Any(Identified)) Add(f, trigger, candidates, seen, topic, CandidateOrigin.Topic);
        return candidates;
    }

    /// <summary>A subject the sentence identifies: by name, or by an office (resolved to its holder or not). The topic
    /// stands in only for a subject the sentence leaves out or gives as a pronoun.</summary>
    private static bool Identified(Participant subject) =>
        subject.Via == "name" || subject.Office is not null || subject.Kind == ParticipantKind.OfficeHolder;

    /// <summary>False for a name before the reported clause (who says so: "X tweeted that …"), behind another trigger of
    /// the sentence (that trigger's party: "visited Baghdad and met with X"), or past a date and "and" after the object
    /// ("met X on Monday and Y on Tuesday": another meeting, read by the rules as a continuation).</summary>
    private static bool OwnStretch(SentenceFrame f, MeetingTrigger trigger, IReadOnlyList<MeetingTrigger> triggers, PlacedMention mention)
    {
        foreach (var other in triggers)
        {
            if (other == trigger) continue;
            if (other.Start > trigger.Start && mention.First >= other.Start) return false;
            if (other.Start < trigger.Start && mention.End <= other.ObjectStart && other.ObjectStart <= trigger.Start && mention.First >= other.Start) return false;
        }
        foreach (var date in f.Dates)
            if (date.First >= trigger.ObjectStart && date.End <= mention.First && f.Word(date.End) == "and") return false;
        return true;
    }

    /// <summary>The key one party is known by in a meeting: its chain, or an office-holder's title.</summary>
    public static string Key(Participant p) => p.Chain is int chain ? $"#{chain}" : p.Name.ToLowerInvariant();

    private static void Add(SentenceFrame f, MeetingTrigger trigger, List<PartyCandidate> candidates, HashSet<string> seen, Participant party, CandidateOrigin origin)
    {
        if (!seen.Add(Key(party))) return;
        var (first, end) = Nearest(f, trigger.Start, party.Chain);
        candidates.Add(new PartyCandidate(party, first, end, origin));
    }

    /// <summary>The tokens of the chain's mention nearest the trigger, or (−1, −1).</summary>
    private static (int First, int End) Nearest(SentenceFrame f, int trigger, int? chain)
    {
        if (chain is null) return (-1, -1);
        PlacedMention? best = null;
        foreach (var m in f.Mentions)
            if (m.Mention.Chain == chain && (best is null || Distance(m, trigger) < Distance(best, trigger))) best = m;
        return best is null ? (-1, -1) : (best.First, best.End);
    }

    private static int Distance(PlacedMention m, int trigger) => m.End <= trigger ? trigger - m.End : Math.Abs(m.First - trigger);
}
