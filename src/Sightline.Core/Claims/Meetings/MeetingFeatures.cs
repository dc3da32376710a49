using Sightline.Analysis.Mentions;
using Sightline.Analysis.Tagging;

namespace Sightline.Claims.Meetings;

/// <summary>
/// The features of one candidate party of a meeting trigger, as 64-bit hashes: the trigger (word, kind, shape), what the
/// rules made of the candidate, how the text names it (name, pronoun, description, title, delegation), which side of the
/// trigger it stands and how far, the words around it and between it and the trigger, the preposition governing it,
/// whether it is the passage's topic or the sentence's first party, the sentence's place in the document, and whether
/// the sentence is negated, planned or reported. Each feature also appears joined with the trigger's kind where that
/// changes its meaning.
/// </summary>
internal static class MeetingFeatures
{
    private static readonly string[] Watched = [",", ";", "and", "with", "who", "which", "(", "of", "by", "from", "to", "including", "between", "that", "after", "before", "while"];
    private static readonly HashSet<string> Negations = ["not", "n't", "never", "denied", "no"];
    private static readonly HashSet<string> Modals = ["will", "would", "shall", "plans", "planned", "expected", "due", "scheduled", "set", "may", "could", "intends"];

    public static List<ulong> For(CandidateContext context, PartyCandidate c)
    {
        var f = context.Frame;
        var t = context.Trigger;
        var features = new List<ulong>(64);
        var kind = t.Kind.Name();
        void Add(string name) => features.Add(FeatureHash.Of(name));
        void Both(string name)
        {
            Add(name);
            Add($"{kind}|{name}");
        }

        Add("bias");
        Add($"tw={f.Word(t.Start)}");
        Add($"kind={kind}");
        Add($"shape={t.Shape}");
        Both($"origin={c.Origin}");
        Add($"origin={c.Origin}|shape={t.Shape}");
        Both($"via={c.Party.Via}|type={c.Party.Kind}");
        Add($"origin={c.Origin}|via={c.Party.Via}");
        Add($"origin={c.Origin}|type={c.Party.Kind}");
        var ruleCount = context.Candidates.Count(x => x.ByRule);
        Add($"rulecount={Math.Min(ruleCount, 3)}|origin={c.Origin}");

        var topicChain = context.Topic?.Chain;
        if (c.Party.Chain is int chain && chain == topicChain) Both("is-topic");
        if (c.Party.Chain is int ch)
        {
            var mentions = f.Analyzed.Chains.FirstOrDefault(x => x.Id == ch)?.Mentions ?? 0;
            Add($"chain-mentions={Bucket(mentions)}");
        }
        var sentence = f.Sentence.Index;
        Add($"sentence={Math.Min(sentence, 4)}|origin={c.Origin}");
        Add($"opens={f.Word(0)}|origin={c.Origin}");

        var negated = f.Lower.Any(Negations.Contains);
        var modal = f.Lower.Any(Modals.Contains);
        var reported = f.Lower.Any(Lexicon.ReportingVerbs.Contains);
        if (negated) Both("negated");
        if (modal) Both("modal");
        if (reported) Add($"reported|origin={c.Origin}");
        var subjectPronoun = Enumerable.Range(0, t.Start).Any(k => Lexicon.SubjectPronouns.Contains(f.Word(k)) || f.Word(k) is "they" or "both");
        var personBefore = f.Mentions.Any(m => m.Type == MentionType.Person && m.End <= t.Start && m.Mention.Source != "pronoun");
        Add($"pron-subj={subjectPronoun}|person-before={personBefore}|origin={c.Origin}");
        var parties = f.Mentions.Count(m => m.IsParty);
        Add($"parties={Math.Min(parties, 6)}|origin={c.Origin}");

        if (!c.InSentence)
        {
            Add($"absent|tw={f.Word(t.Start)}");
            return features;
        }
        if (c.End <= context.ClauseStart) Both("in-source");
        var before = c.End <= t.Start;
        var side = before ? "before" : c.First >= t.ObjectStart ? "after" : "inside";
        var distance = before ? t.Start - c.End : Math.Max(0, c.First - t.ObjectStart);
        Both($"side={side}");
        Add($"side={side}|dist={Bucket(distance)}");
        Add($"side={side}|tw={f.Word(t.Start)}");
        Add($"side={side}|origin={c.Origin}");
        Add($"side={side}|via={c.Party.Via}|type={c.Party.Kind}");

        var prev = f.Word(c.First - 1);
        var prev2 = f.Word(c.First - 2);
        var next = f.Word(c.End);
        Add($"prev={prev}|side={side}");
        Add($"prev2={prev2}|prev={prev}");
        Add($"next={next}|side={side}");
        Add($"next={next}|type={c.Party.Kind}");
        var governor = Lexicon.Determiners.Contains(prev) ? prev2 : prev;
        if (Lexicon.Prepositions.Contains(governor)) Both($"gov={governor}|side={side}");
        if (PartyReader.IsPossessive(next)) Both("possessive");
        if (PartyReader.QualifiesPerson(f, c.End)) Both("qualifies-person");
        if (next is "delegation" or "delegations" or "team") Both("delegation");
        if (f.Mentions.FirstOrDefault(m => m.IsParty) is { } firstParty && firstParty.First == c.First) Add($"first-party|side={side}");

        var (from, to) = before ? (c.End, t.Start) : (t.ObjectStart, c.First);
        var between = 0;
        for (var k = from; k < to; k++)
        {
            var w = f.Word(k);
            if (Array.IndexOf(Watched, w) >= 0) Add($"btw={w}|side={side}");
            if (Lexicon.ReportingVerbs.Contains(w)) Add($"btw-reporting|side={side}");
            if (f.MentionAt(k) is { IsParty: true } m && m.First == k) between++;
            if (f.Dates.Any(d => d.First == k)) Add($"btw-date|side={side}");
        }
        Add($"between-parties={Math.Min(between, 4)}|side={side}");
        if (distance == 0) Both($"adjacent|side={side}");
        return features;
    }

    private static int Bucket(int n) => n switch { <= 2 => n, <= 4 => 4, <= 8 => 8, <= 12 => 12, <= 20 => 20, _ => 99 };
}
