using Sightline.Analysis.Mentions;
using Sightline.Dates;
using Sightline.Lists.Model;

namespace Sightline.Claims.Meetings;

/// <summary>
/// Finds the meetings a document tells of, sentence by sentence. Each trigger's parties are chosen by a judge
/// (<see cref="IPartyJudge"/>, the learned <see cref="MeetingModel"/> by default) among broad candidates: the rules'
/// reading of subject and object (<see cref="PartyReader"/>), every other party the sentence names and the passage's
/// topic; "separate meetings with A, B and C" gives one meeting with each. Then date, place, kind and source (<see cref="AttributionFinder"/>). A meeting sentence without a date takes the date of
/// the latest dated meeting or visit before it in the same paragraph ("During his visit Guterres met …"), one
/// confidence band lower, unless the same parties' meeting was told before: then it is that meeting.
/// "Similar meetings were held on June 27, 2022, and on March 5, 2018" repeats the last meeting's parties once per
/// date. "The delegation was led by X and included Y" adds X and Y to the meeting with that delegation. A cited
/// source's comment on a meeting ("the UN said Guterres did not choose who to be photographed with") is kept as a
/// response to it. The same meeting told twice in a document is kept once.
/// </summary>
internal sealed class MeetingFinder
{
    private static readonly HashSet<string> MeetingWords = ["meet", "met", "meeting", "photo", "photos", "photographed", "pose", "posed", "picture", "pictures", "dinner", "visit", "talks"];

    private readonly PartyReader parties;
    private readonly DocumentTopic topic;
    private readonly IPartyJudge judge;
    private readonly IReadOnlyList<RoleClaim> roles;
    private readonly List<MeetingClaim> claims = [];
    private ReportedDate? passageDate;
    private int passageEnd;
    private IReadOnlyList<Participant> lastParties = [];

    /// <param name="topic">The passage's topic, for pronouns and descriptions.</param>
    /// <param name="roles">The role claims found so far in the document, to tie an office-holder to the person who held the office on the meeting's date.</param>
    /// <param name="judge">Decides which candidate parties take part: the learned <see cref="MeetingModel"/>, or the rules alone.</param>
    public MeetingFinder(DocumentTopic topic, IReadOnlyList<RoleClaim> roles, IPartyJudge judge)
    {
        parties = new PartyReader(topic);
        this.topic = topic;
        this.judge = judge;
        this.roles = roles;
    }

    public IReadOnlyList<MeetingClaim> Claims => claims;

    /// <summary>Reads one sentence; call for each sentence in order, before the topic is updated with it.</summary>
    public void Read(SentenceFrame f)
    {
        var triggers = MeetingTriggers.Find(f);
        if (triggers.Count == 0)
        {
            AddMembersOrResponse(f);
            return;
        }
        foreach (var trigger in triggers) Read(f, trigger, triggers);
    }

    private void Read(SentenceFrame f, MeetingTrigger trigger, IReadOnlyList<MeetingTrigger> triggers)
    {
        var (attribution, clauseStart) = AttributionFinder.Find(f, trigger.Start);
        if (clauseStart > trigger.Start) clauseStart = 0;
        var date = ClaimDates.Nearest(f, trigger.Start);
        if (trigger.Shape == TriggerShape.Recurrence)
        {
            Recur(f, trigger, attribution);
            return;
        }

        var subject = new List<Participant>();
        var objects = new List<Participant>();
        switch (trigger.Shape)
        {
            case TriggerShape.PhotoOf:
                subject.AddRange(parties.ReadList(f, trigger.Start + 2, trigger.ObjectStart - 1));
                objects.AddRange(parties.ReadList(f, trigger.ObjectStart, f.Count));
                break;
            case TriggerShape.Between:
                objects.AddRange(parties.ReadList(f, trigger.ObjectStart, f.Count));
                break;
            case TriggerShape.Noun:
                var owner = parties.Possessor(f, trigger.Start);
                if (owner.Count == 0) owner = parties.Subject(f, clauseStart, trigger.Start);
                if (owner.Count == 0) owner = parties.SubjectAfterOpening(f, trigger.ObjectStart); // "In a meeting with X, Y discussed …"
                subject.AddRange(owner);
                objects.AddRange(parties.ReadList(f, trigger.ObjectStart, f.Count));
                break;
            default:
                subject.AddRange(TheTwo(f, clauseStart, trigger.Start) ?? parties.Subject(f, clauseStart, trigger.Start));
                objects.AddRange(parties.ReadList(f, trigger.ObjectStart, f.Count));
                break;
        }
        var participants = Decide(f, trigger, triggers, clauseStart, subject, objects);
        if (TellsEarlierMeeting(f, trigger) && participants.Any(p => p.Kind == ParticipantKind.OfficeHolder))
        {
            AddMembersOrResponse(f); // "During the meeting, the Iranian envoy praised … Sheikh X": the meeting told before, not one with X
            return;
        }
        var supplied = 0;
        var toldBefore = claims.Any(c => c.Participants.Select(Key).ToHashSet().SetEquals(participants.Select(Key)));
        if (date is null && passageDate is not null && ClaimDates.Inheritable(passageDate, f) && participants.Count >= 2 && SameParagraph(f, passageEnd) && !toldBefore)
        {
            supplied++;
            date = new PlacedDate(passageDate, -1, -1);
        }
        else if (date is not null && trigger.Kind.Happened()) (passageDate, passageEnd) = (date.Date, f.Sentence.End);
        if (participants.Count < 2) return;
        lastParties = participants;
        participants = participants.Select(p => HolderOn(p, date?.Date)).ToList();

        if (date is { First: >= 0 } && date.Date.Basis != DateBasis.Stated) supplied++;
        if (participants.Any(p => p.Via is not ("name" or "delegation"))) supplied++;
        if (Lexicon.HedgedVerbs.Contains(attribution.Verb ?? "")) supplied++;
        var claim = new MeetingClaim(participants, date?.Date, Place(f, trigger), trigger.Kind, attribution, f.EvidenceFor(), ClaimConfidence.For(supplied), false, []);
        if (participants.Count >= 3 && TellsSeparateMeetings(f))
        {
            foreach (var other in participants.Skip(1)) Add(claim with { Participants = [participants[0], other] });
            return;
        }
        Add(claim);
        if (trigger.Shape == TriggerShape.Verb && date is { First: >= 0 } && participants.Count == 2) AddContinuations(f, claim, date);
    }

    /// <summary>"During the meeting, …", "At the talks, …": the definite article points back to a meeting the document has
    /// already told. Such a sentence names a party only by title when it speaks of someone already in that meeting; the
    /// named people it praises or mentions did not meet that title-holder, so it makes no meeting of its own.</summary>
    private bool TellsEarlierMeeting(SentenceFrame f, MeetingTrigger trigger) =>
        claims.Count > 0 && trigger.Shape == TriggerShape.Noun && f.Word(trigger.Start - 1) is "the" or "that" or "this"
        && f.Word(trigger.Start - 2) is "during" or "at" or "in" or "after" && f.Word(trigger.ObjectStart - 1) is not "with";

    /// <summary>The trigger's parties: every candidate (<see cref="PartyCandidates"/>) the judge accepts, the subject
    /// first. The annotation the model learns from leaves out parties known only by title, scores only meetings that
    /// happened, and is not consistent about a picture of X with Y or the organisation of a delegation (the seeds list
    /// both, the real reports' conventions name neither), so office-holders, delegations, pictures and planned or denied
    /// meetings are the rules' to decide; so is a description ("the militia leader"), which the rules resolve to the
    /// passage's person and the training data has too few of to learn.</summary>
    private List<Participant> Decide(SentenceFrame f, MeetingTrigger trigger, IReadOnlyList<MeetingTrigger> triggers, int clauseStart, List<Participant> subject, List<Participant> objects)
    {
        var candidates = PartyCandidates.Gather(f, trigger, triggers, clauseStart, subject, objects, topic.Current);
        var context = new CandidateContext(f, trigger, candidates, topic.Current, clauseStart);
        var chosen = candidates.Where(c => RulesDecide(trigger, c) ? c.ByRule : judge.IsParty(context, c))
            .OrderBy(c => c.Origin switch { CandidateOrigin.RuleSubject => 0, CandidateOrigin.Topic => 1, _ => 2 })
            .ThenBy(c => c.Origin == CandidateOrigin.RuleObject && !c.InSentence ? int.MaxValue : c.First);
        return Distinct(chosen.Select(c => c.Party));
    }

    private static bool RulesDecide(MeetingTrigger trigger, PartyCandidate c) =>
        c.Party.Chain is null || c.Party.Via is "delegation" or "nominal" || !trigger.Kind.Happened() || trigger.Shape == TriggerShape.PhotoOf;

    /// <summary>"X held separate meetings with A, B and C", "met A and B separately": one meeting with each.</summary>
    private static bool TellsSeparateMeetings(SentenceFrame f) => f.Lower.Any(w => w is "separate" or "separately" or "individually" or "respectively");

    /// <summary>"Hamdan met Jumblatt on Monday and Hezbollah official Wafiq Safa on Tuesday": each further "and NAME on
    /// DATE" after the first meeting's date is another meeting of the same subject.</summary>
    private void AddContinuations(SentenceFrame f, MeetingClaim first, PlacedDate firstDate)
    {
        var subject = first.Participants[0];
        var from = firstDate.End;
        foreach (var next in ClaimDates.EventDates(f).Where(d => d.First > firstDate.End).OrderBy(d => d.First))
        {
            if (f.Word(from) != "and") break;
            var others = parties.ReadList(f, from + 1, next.First).Where(p => p.Chain != subject.Chain).ToList();
            if (others.Count == 0) break;
            Add(first with { Participants = [subject, .. others], Date = next.Date });
            from = next.End;
        }
    }

    /// <summary>True when no blank line separates offset <paramref name="from"/> and the sentence: one paragraph, one passage.</summary>
    private static bool SameParagraph(SentenceFrame f, int from) =>
        from <= f.Sentence.Start && f.Analyzed.Document.Text.AsSpan(from, f.Sentence.Start - from).IndexOf("\n\n") < 0;

    /// <summary>"the two met at …": the parties of the last meeting.</summary>
    private List<Participant>? TheTwo(SentenceFrame f, int clauseStart, int trigger)
    {
        for (var j = clauseStart; j + 1 < trigger; j++)
            if ((f.Reads(j, "the", "two") || f.Reads(j, "both", "men") || f.Reads(j, "the", "pair")) && claims.Count > 0)
                return [.. claims[^1].Participants];
        return null;
    }

    /// <summary>"Similar meetings were held on …": the parties of the last meeting as written (an office-holder stays one
    /// unless the office's holder on the new date is known), once per date.</summary>
    private void Recur(SentenceFrame f, MeetingTrigger trigger, Attribution attribution)
    {
        if (lastParties.Count < 2) return;
        foreach (var date in ClaimDates.EventDates(f).Where(d => d.First > trigger.Start))
            Add(new MeetingClaim(lastParties.Select(p => HolderOn(AsOffice(p), date.Date)).ToList(), date.Date, Place(f, trigger), MeetingKind.Met, attribution, f.EvidenceFor(), ClaimConfidence.For(2), true, []));
    }

    /// <summary>An office-holder becomes the person a role claim names for that office on the meeting's date ("Chinese
    /// ambassador to Iraq, Cui Wei", said of May 13, 2024); on another date, or with no dated role, it stays an office-holder.</summary>
    private Participant HolderOn(Participant party, ReportedDate? date)
    {
        if (party.Kind != ParticipantKind.OfficeHolder || date?.From is null) return party;
        var when = date?.Shared;
        var holder = roles.LastOrDefault(r => SameOffice(r.Role, party.Name) && Covers(r.Date is null ? r.AsOf : r.Date.Shared, when));
        return holder is null ? party : new Participant(holder.Person, ParticipantKind.Person, holder.PersonChain, "title");
    }

    private static Participant AsOffice(Participant party) =>
        party.Office is { } office ? new Participant(office, ParticipantKind.OfficeHolder, null, "title") : party;

    /// <summary>A role dated to the day covers that day; a role as of a month (or dated so) covers that month.</summary>
    private static bool Covers(string? roleDate, string? meetingDate) =>
        roleDate is { Length: >= 7 } && meetingDate is { Length: >= 7 } && (roleDate == meetingDate || roleDate.Length == 7 && meetingDate.StartsWith(roleDate, StringComparison.Ordinal));

    private static bool SameOffice(string role, string office)
    {
        static string Fold(string text) => string.Join(' ', text.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "a")));
        return Fold(role) == Fold(office);
    }

    /// <summary>A sentence with no trigger may name a delegation's members, or comment on a meeting.</summary>
    private void AddMembersOrResponse(SentenceFrame f)
    {
        if (claims.Count == 0) return;
        var persons = f.Mentions.Where(m => m.Type == MentionType.Person && m.Mention.Source != "pronoun").ToList();
        var delegation = Array.FindIndex(f.Lower, w => w is "delegation" or "delegations");
        if (delegation >= 0 && persons.Count > 0 && (f.Lower.Contains("led") || f.Lower.Contains("headed") || f.Lower.Contains("included") || f.Lower.Contains("including")))
        {
            var index = claims.FindLastIndex(c => c.Participants.Any(p => p.Via == "delegation"));
            if (index >= 0)
            {
                var claim = claims[index];
                var members = persons.Select(p => new Participant(f.Analyzed.ChainName(p.Mention.Chain), ParticipantKind.Person, p.Mention.Chain, "delegation"));
                claims[index] = claim with { Participants = Distinct([.. claim.Participants, .. members]) };
                return;
            }
        }
        var (attribution, _) = AttributionFinder.Find(f, f.Count);
        if (attribution.IsReport || !f.Lower.Any(MeetingWords.Contains)) return;
        var chains = f.Mentions.Where(m => m.IsParty).Select(m => m.Mention.Chain).ToHashSet();
        var target = claims.FindLastIndex(c => c.Participants.Any(p => p.Chain is int chain && chains.Contains(chain)));
        if (target >= 0) claims[target] = claims[target] with { Responses = [.. claims[target].Responses, f.Text] };
    }

    /// <summary>Keeps one claim for a meeting told twice: the same parties (or a subset; an office-holder is the person
    /// named with that office) on a compatible date. A recurrence is another occasion: it joins only a claim of its
    /// own date. The merged claim keeps the better dated telling's evidence and the named parties.</summary>
    private void Add(MeetingClaim claim)
    {
        for (var k = 0; k < claims.Count; k++)
        {
            var other = claims[k];
            if (other.Kind.Happened() != claim.Kind.Happened() || !Compatible(other.Date, claim.Date)) continue;
            if ((claim.Recurrence || other.Recurrence) && (claim.Date?.Value is null || claim.Date.Value != other.Date?.Value)) continue;
            var mine = Keys(claim, other);
            var theirs = Keys(other, claim);
            if (!mine.IsSubsetOf(theirs) && !theirs.IsSubsetOf(mine)) continue;
            var participants = Named(mine.Count > theirs.Count ? claim.Participants : other.Participants, mine.Count > theirs.Count ? other.Participants : claim.Participants);
            var better = claim.Date is not null && (other.Date is null || Rank(claim.Date) < Rank(other.Date)) ? claim : other; // equally dated: the first telling
            claims[k] = better with { Participants = participants, Confidence = Math.Max(other.Confidence, claim.Confidence), Responses = [.. other.Responses, .. claim.Responses] };
            return;
        }
        claims.Add(claim);
    }

    /// <summary>The parties' keys, an office-holder keyed as the person <paramref name="other"/> names with that office.</summary>
    private static HashSet<string> Keys(MeetingClaim claim, MeetingClaim other) =>
        claim.Participants.Select(p => p.Kind == ParticipantKind.OfficeHolder && other.Participants.FirstOrDefault(o => o.Office is { } office && SameOffice(office, p.Name)) is { } holder
            ? Key(holder) : Key(p)).ToHashSet();

    /// <summary><paramref name="parties"/> with each office-holder replaced by the person <paramref name="others"/> names with that office.</summary>
    private static List<Participant> Named(IReadOnlyList<Participant> parties, IReadOnlyList<Participant> others) =>
        parties.Select(p => p.Kind == ParticipantKind.OfficeHolder && others.FirstOrDefault(o => o.Office is { } office && SameOffice(office, p.Name)) is { } holder ? holder : p).ToList();

    private static string Key(Participant p) => PartyCandidates.Key(p);

    private static List<Participant> Distinct(IEnumerable<Participant> participants)
    {
        var seen = new HashSet<string>();
        return participants.Where(p => seen.Add(Key(p))).ToList();
    }

    private static bool Compatible(ReportedDate? a, ReportedDate? b)
    {
        if (a?.From is null || b?.From is null) return true;
        var x = a.From.Value.ToString();
        var y = b.From.Value.ToString();
        var shared = Math.Min(x.Length, y.Length);
        return x[..shared] == y[..shared];
    }

    private static int Rank(ReportedDate date) => date.Precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Range => 1,
        DatePrecision.Month => 2,
        _ => 3,
    };

    /// <summary>Where: a place after "in" or "at", or what was visited or travelled to (not the place of a title:
    /// "ambassador to Iraq").</summary>
    private static string? Place(SentenceFrame f, MeetingTrigger trigger)
    {
        foreach (var m in f.Mentions.Where(m => m.Type == MentionType.Location))
            if (f.Word(m.First - 1) is "in" or "at" || f.Word(m.First - 1) == "to" && f.Word(m.First - 2) is "travelled" or "traveled" or "went" or "flew" or "came" or "returned"
                || (trigger.Kind == MeetingKind.Visited && m.First == trigger.ObjectStart))
                return f.Analyzed.ChainName(m.Mention.Chain);
        return null;
    }
}
