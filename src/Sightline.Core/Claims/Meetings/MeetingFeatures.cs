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

    public static List<ulong> For(CandidateContext context, PartyCandidate c)
    {
        var f = context.Frame;
        var t = context.Trigger;
        var facts = context.Facts;
        var features = new FeatureSet(facts.KindPrefix);

        features.Add("bias");
        features.Add($"tw={facts.TriggerWord}");
        features.Add($"kind={facts.Kind}");
        features.Add($"shape={t.Shape}");
        features.Both($"origin={c.Origin}");
        features.Add($"origin={c.Origin}|shape={t.Shape}");
        features.Both($"via={c.Party.Via}|type={c.Party.Kind}");
        features.Add($"origin={c.Origin}|via={c.Party.Via}");
        features.Add($"origin={c.Origin}|type={c.Party.Kind}");
        features.Add($"rulecount={Math.Min(facts.RuleCount, 3)}|origin={c.Origin}");

        if (c.Party.Chain is int chain && chain == facts.TopicChain) features.Both("is-topic");
        if (c.Party.Chain is int ch) features.Add($"chain-mentions={Bucket(ChainMentions(f, ch))}");
        features.Add($"sentence={Math.Min(f.Sentence.Index, 4)}|origin={c.Origin}");
        features.Add($"opens={facts.Opening}|origin={c.Origin}");

        if (facts.Negated) features.Both("negated");
        if (facts.Modal) features.Both("modal");
        if (facts.Reported) features.Add($"reported|origin={c.Origin}");
        features.Add($"pron-subj={facts.SubjectPronoun}|person-before={facts.PersonBefore}|origin={c.Origin}");
        features.Add($"parties={Math.Min(facts.Parties, 6)}|origin={c.Origin}");

        if (!c.InSentence)
        {
            features.Add($"absent|tw={facts.TriggerWord}");
            return features.Hashes;
        }
        if (c.End <= context.ClauseStart) features.Both("in-source");
        var before = c.End <= t.Start;
        var side = before ? "before" : c.First >= t.ObjectStart ? "after" : "inside";
        var distance = before ? t.Start - c.End : Math.Max(0, c.First - t.ObjectStart);
        features.Both($"side={side}");
        features.Add($"side={side}|dist={Bucket(distance)}");
        features.Add($"side={side}|tw={facts.TriggerWord}");
        features.Add($"side={side}|origin={c.Origin}");
        features.Add($"side={side}|via={c.Party.Via}|type={c.Party.Kind}");

        var prev = f.Word(c.First - 1);
        var prev2 = f.Word(c.First - 2);
        var next = f.Word(c.End);
        features.Add($"prev={prev}|side={side}");
        features.Add($"prev2={prev2}|prev={prev}");
        features.Add($"next={next}|side={side}");
        features.Add($"next={next}|type={c.Party.Kind}");
        var governor = Lexicon.Determiners.Contains(prev) ? prev2 : prev;
        if (Lexicon.Prepositions.Contains(governor)) features.Both($"gov={governor}|side={side}");
        if (PartyReader.IsPossessive(next)) features.Both("possessive");
        if (PartyReader.QualifiesPerson(f, c.End)) features.Both("qualifies-person");
        if (next is "delegation" or "delegations" or "team") features.Both("delegation");
        if (facts.FirstParty is { } firstParty && firstParty.First == c.First) features.Add($"first-party|side={side}");

        var (from, to) = before ? (c.End, t.Start) : (t.ObjectStart, c.First);
        var between = 0;
        for (var k = from; k < to; k++)
        {
            var w = f.Word(k);
            if (Array.IndexOf(Watched, w) >= 0) features.Add($"btw={w}|side={side}");
            if (Lexicon.ReportingVerbs.Contains(w)) features.Add($"btw-reporting|side={side}");
            if (f.MentionAt(k) is { IsParty: true } m && m.First == k) between++;
            if (StartsDate(f, k)) features.Add($"btw-date|side={side}");
        }
        features.Add($"between-parties={Math.Min(between, 4)}|side={side}");
        if (distance == 0) features.Both($"adjacent|side={side}");
        return features.Hashes;
    }

    /// <summary>How many mentions the document's chain <paramref name="chain"/> has (0 when unknown).</summary>
    private static int ChainMentions(SentenceFrame f, int chain)
    {
        foreach (var x in f.Analyzed.Chains)
            if (x.Id == chain) return x.Mentions;
        return 0;
    }

    private static bool StartsDate(SentenceFrame f, int token)
    {
        foreach (var d in f.Dates)
            if (d.First == token) return true;
        return false;
    }

    private static int Bucket(int n) => n switch { <= 2 => n, <= 4 => 4, <= 8 => 8, <= 12 => 12, <= 20 => 20, _ => 99 };
}
