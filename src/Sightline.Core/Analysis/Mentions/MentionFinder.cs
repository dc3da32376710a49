using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Finds the typed name mentions of an English document and chains them: the tagger's entities, corrected by
/// <see cref="NameRules"/>, plus organisation names the lists know; persons chained by <see cref="PersonCoreference"/>,
/// <c>the sheikh</c> and the object <c>him</c>/<c>her</c> of a meeting verb (<c>X met with him</c>) linked to a person,
/// and other mentions chained by <see cref="OrganizationCoreference"/>.
/// </summary>
public sealed class MentionFinder(NerModel model, ListNamePhrases organizations)
{
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase) { "Sheikh", "Shaykh", "Sheik", "Sayyid", "Sayed", "Mullah", "Ayatollah" };
    private static readonly HashSet<string> MeetingVerbs = new(StringComparer.OrdinalIgnoreCase) { "met", "meets", "meet", "meeting", "received", "receives", "hosted", "hosts", "visited", "visits", "called", "phoned", "telephoned", "welcomed", "thanked" };

    /// <summary>The mentions and chains of a text; <paramref name="cancel"/> is looked at sentence by sentence.</summary>
    public (List<Mention> Mentions, List<MentionChain> Chains) Find(string text, IReadOnlyList<Sentence> sentences, CancellationToken cancel = default)
    {
        var tagged = model.Tag(sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Text).ToList()).ToList());
        var mentions = new List<Mention>();
        var persons = new PersonCoreference();
        var others = new OrganizationCoreference();
        var nextId = 0;
        int NewId() => ++nextId;
        var headlines = new bool[sentences.Count];

        for (var s = 0; s < sentences.Count; s++)
        {
            cancel.ThrowIfCancellationRequested();
            var tokens = sentences[s].Tokens;
            headlines[s] = NameRules.IsTitleCase(tokens) && !DatelineOutlets.IsCreditLine(tokens);
            var spans = OrganizationSpans.Apply(tokens, AcronymDefinitions.Apply(tokens, NameRules.Apply(tokens, tagged[s])));
            var phrases = organizations.FindIn(tokens);
            // A listed name the tagger called a thing is the listed organisation: "the Houthis".
            spans.RemoveAll(sp => sp.Type == "MISC" && phrases.Any(o => o.Start <= sp.Start && sp.End <= o.End));
            var listed = phrases.Where(o => !spans.Any(sp => sp.Start < o.End && o.Start < sp.End)).Select(o => WithoutArticle(tokens, o)).ToList();
            foreach (var word in organizations.FindWordsIn(tokens))
            {
                if (OrganizationSpans.IsCommonNoun(tokens[word.Start].Text)) continue; // "Russian Federation": a listed name that is a common noun names nothing here
                // A one-word list name the tagger left untyped or called a thing: "ISIS", "Hizbullah".
                var at = spans.FindIndex(sp => sp.Start < word.End && word.Start < sp.End);
                if (at < 0 && !listed.Any(o => o.Start < word.End && word.Start < o.End)) listed.Add(word);
                else if (at >= 0 && spans[at] is { Type: "MISC" } misc && misc.Start == word.Start && misc.End == word.End) spans[at] = word;
            }
            spans = [.. spans.Concat(listed).OrderBy(sp => sp.Start)];
            spans = PersonsAlreadyChained(tokens, spans, persons);
            var sentenceSubjects = new List<int>();
            foreach (var span in spans)
            {
                var start = tokens[span.Start].Start;
                var end = tokens[span.End - 1].End;
                var surface = text[start..end];
                var type = TypeOf(span.Type);
                if (type != MentionType.Person && persons.Knows(surface)) type = MentionType.Person;
                int chain;
                if (type == MentionType.Person)
                {
                    var titled = span.Start > 0 && PersonTitles.Contains(tokens[span.Start - 1].Text);
                    chain = AliasOf(tokens, span.Start, s, mentions) is int named ? persons.Alias(named) : persons.Resolve(surface, titled, NewId);
                    sentenceSubjects.Add(chain);
                }
                else chain = others.Resolve(type, surface, NewId);
                mentions.Add(new Mention(type, start, end, surface, s, chain, tagged[s].Contains(span) ? "tagger" : listed.Contains(span) ? "list" : "rule"));
            }
            AddReferences(text, tokens, s, spans, persons, sentenceSubjects, mentions);
        }
        mentions.AddRange(OfficeDescriptions.Find(text, sentences, mentions));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var chains = persons.Chains.Concat(others.Chains).OrderBy(c => c.Id).ToList();
        return WithoutHeadlineOnlyNames(mentions, chains, headlines);
    }

    /// <summary>In a title-case headline capitals say nothing, so a name found only there ("Reiterates", "Palestinian
    /// Cause") is dropped unless the body or the lists name it too; chains left without mentions go with it.</summary>
    private static (List<Mention>, List<MentionChain>) WithoutHeadlineOnlyNames(List<Mention> mentions, List<MentionChain> chains, bool[] headlines)
    {
        var inBody = mentions.Where(m => !headlines[m.Sentence]).Select(m => m.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = mentions.Where(m => !headlines[m.Sentence] || m.Source is "list" or "pronoun" or "nominal" || inBody.Contains(m.Text)
            || chains.Any(c => c.Id == m.Chain && inBody.Contains(c.Name))).ToList();
        if (kept.Count == mentions.Count) return (mentions, chains);
        var byChain = kept.GroupBy(m => m.Chain).ToDictionary(g => g.Key, g => g.ToList());
        return (kept, chains.Where(c => byChain.ContainsKey(c.Id)).Select(c => c with
        {
            Mentions = byChain[c.Id].Count,
            // A name taken from a dropped headline mention gives way to the longest name the body uses.
            Name = byChain[c.Id].Any(m => m.Text == c.Name) || c.Type == MentionType.Person ? c.Name : byChain[c.Id].MaxBy(m => m.Text.Length)!.Text,
        }).ToList());
    }

    /// <summary>A listed name that opens with the article ("THE HOUTHIS") is named in the text without it.</summary>
    private static EntitySpan WithoutArticle(IReadOnlyList<TextToken> tokens, EntitySpan span) =>
        span.End - span.Start > 1 && tokens[span.Start].Text is "the" or "The" ? span with { Start = span.Start + 1 } : span;

    /// <summary>"X, also known as Abu Fadak": a person named after "known as", "a.k.a." or "alias" is the person just before.</summary>
    private static int? AliasOf(IReadOnlyList<TextToken> tokens, int start, int sentence, List<Mention> mentions)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Text == ",") k--;
        var alias = k >= 1 && tokens[k].Text == "as" && tokens[k - 1].Text == "known" || k >= 0 && tokens[k].Text is "a.k.a." or "aka" or "alias";
        if (!alias) return null;
        var before = mentions.LastOrDefault(m => m.Sentence == sentence && m.Type == MentionType.Person && m.End <= tokens[start].Start);
        return before?.Chain;
    }

    /// <summary>"the sheikh", and "him"/"her" after a meeting verb, as references to a person chain.</summary>
    private static void AddReferences(string text, IReadOnlyList<TextToken> tokens, int sentence, List<EntitySpan> spans, PersonCoreference persons,
        List<int> sentenceSubjects, List<Mention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (spans.Any(sp => i >= sp.Start && i < sp.End)) continue;
            var word = tokens[i].Text;
            if (i > 0 && tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && PersonTitles.Contains(word) && persons.Nominal() is int chain)
                mentions.Add(new Mention(MentionType.Person, tokens[i - 1].Start, tokens[i].End, text[tokens[i - 1].Start..tokens[i].End], sentence, chain, "nominal"));
            else if (word is "him" or "her" && i > 0 && (MeetingVerbs.Contains(tokens[i - 1].Text) || (i > 1 && tokens[i - 1].Text == "with" && MeetingVerbs.Contains(tokens[i - 2].Text))))
            {
                var antecedent = mentions.LastOrDefault(m => m.Type == MentionType.Person && !sentenceSubjects.Contains(m.Chain) && m.Start < tokens[i].Start);
                if (antecedent is not null)
                    mentions.Add(new Mention(MentionType.Person, tokens[i].Start, tokens[i].End, word, sentence, antecedent.Chain, "pronoun"));
            }
        }
    }

    /// <summary>Untagged capitalised words that are the family name of a person already chained in the document
    /// become that person; right after a tagged person's name, they finish it ("Laila" + "Karam" is Laila Karam, not two
    /// people). (Tagged spans naming a chained person are retyped where they are resolved.)</summary>
    private static List<EntitySpan> PersonsAlreadyChained(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans, PersonCoreference persons)
    {
        var result = new List<EntitySpan>(spans);
        var covered = new bool[tokens.Count];
        foreach (var span in spans)
            for (var i = span.Start; i < span.End; i++) covered[i] = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !NameRules.IsNameWord(tokens[i].Text) || !persons.Knows(tokens[i].Text, familyNameOnly: true)) continue;
            var given = result.FindIndex(sp => sp.End == i && sp.Type == "PER");
            if (given >= 0) result[given] = result[given] with { End = i + 1 };
            else result.Add(new EntitySpan(i, i + 1, "PER"));
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static MentionType TypeOf(string type) => type switch
    {
        "PER" => MentionType.Person,
        "ORG" => MentionType.Organization,
        "LOC" => MentionType.Location,
        _ => MentionType.Misc,
    };
}
