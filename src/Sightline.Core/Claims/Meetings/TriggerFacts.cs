using Sightline.Analysis.Mentions;
using Sightline.Analysis.Tagging;

namespace Sightline.Claims.Meetings;

/// <summary>
/// What <see cref="MeetingFeatures"/> knows of a trigger and its sentence before looking at any one candidate, worked
/// out once a trigger rather than once a candidate: the trigger's word and kind, how many candidates the rules read,
/// whether the sentence is negated, planned or reported, how many parties it names and which comes first.
/// </summary>
internal sealed class TriggerFacts
{
    private static readonly HashSet<string> Negations = ["not", "n't", "never", "denied", "no"];
    private static readonly HashSet<string> Modals = ["will", "would", "shall", "plans", "planned", "expected", "due", "scheduled", "set", "may", "could", "intends"];

    public TriggerFacts(CandidateContext context)
    {
        var f = context.Frame;
        var t = context.Trigger;
        Kind = t.Kind.Name();
        KindPrefix = FeatureHash.Continue(FeatureHash.Continue(FeatureHash.Start, Kind), "|");
        TriggerWord = f.Word(t.Start);
        Opening = f.Word(0);
        RuleCount = context.Candidates.Count(x => x.ByRule);
        TopicChain = context.Topic?.Chain;
        Negated = f.Lower.Any(Negations.Contains);
        Modal = f.Lower.Any(Modals.Contains);
        Reported = f.Lower.Any(Lexicon.ReportingVerbs.Contains);
        for (var k = 0; k < t.Start && !SubjectPronoun; k++)
            SubjectPronoun = Lexicon.SubjectPronouns.Contains(f.Word(k)) || f.Word(k) is "they" or "both";
        PersonBefore = f.Mentions.Any(m => m.Type == MentionType.Person && m.End <= t.Start && m.Mention.Source != "pronoun");
        Parties = f.Mentions.Count(m => m.IsParty);
        FirstParty = f.Mentions.FirstOrDefault(m => m.IsParty);
    }

    public string Kind { get; }

    /// <summary>The hashing state after "<c>kind|</c>".</summary>
    public ulong KindPrefix { get; }

    public string TriggerWord { get; }

    /// <summary>The sentence's first word.</summary>
    public string Opening { get; }

    public int RuleCount { get; }

    public int? TopicChain { get; }

    public bool Negated { get; }

    public bool Modal { get; }

    public bool Reported { get; }

    /// <summary>A subject pronoun ("he", "they", "both") before the trigger.</summary>
    public bool SubjectPronoun { get; }

    /// <summary>A person named (not by pronoun) before the trigger.</summary>
    public bool PersonBefore { get; }

    public int Parties { get; }

    public PlacedMention? FirstParty { get; }
}
