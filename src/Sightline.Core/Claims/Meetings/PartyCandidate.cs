namespace Sightline.Claims.Meetings;

/// <summary>Where a candidate party of a meeting trigger came from: the rules' subject or object reading, any other
/// person or organisation named in the sentence, or the passage's topic carried from earlier sentences.</summary>
internal enum CandidateOrigin { RuleSubject, RuleObject, Sentence, Topic }

/// <summary>
/// One party that may take part in the meeting a trigger tells of: the participant, the tokens
/// [<see cref="First"/>, <see cref="End"/>) of its mention nearest the trigger (−1 when the sentence does not name it:
/// the topic, an earlier meeting's parties), and where it came from. A <see cref="IPartyJudge"/> decides for named
/// parties of meetings that happened.
/// </summary>
internal sealed record PartyCandidate(Participant Party, int First, int End, CandidateOrigin Origin)
{
    public bool ByRule => Origin is CandidateOrigin.RuleSubject or CandidateOrigin.RuleObject;

    public bool InSentence => First >= 0;
}

/// <summary>Decides which candidates take part in the meeting a trigger tells of.</summary>
internal interface IPartyJudge
{
    bool IsParty(CandidateContext context, PartyCandidate candidate);
}

/// <summary>What a judge sees of a candidate's surroundings: the sentence, the trigger, every candidate of that
/// trigger, the passage's topic, and the token where the reported clause starts (before it: who says so).</summary>
internal sealed record CandidateContext(SentenceFrame Frame, MeetingTrigger Trigger, IReadOnlyList<PartyCandidate> Candidates, Participant? Topic, int ClauseStart)
{
    private TriggerFacts? facts;

    /// <summary>What the features know of the trigger before any one candidate, worked out at first use.</summary>
    public TriggerFacts Facts => facts ??= new TriggerFacts(this);
}

/// <summary>The rules alone: a candidate takes part when the rules read it as the trigger's subject or object.</summary>
internal sealed class RuleJudge : IPartyJudge
{
    public static readonly RuleJudge Instance = new();

    public bool IsParty(CandidateContext context, PartyCandidate candidate) => candidate.ByRule;
}
