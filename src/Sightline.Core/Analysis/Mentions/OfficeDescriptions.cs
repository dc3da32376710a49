using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Descriptions by office (<c>the secretary general</c>, <c>the UN envoy</c>, <c>the minister</c>, <c>the Iranian
/// commander</c>) resolved to the person the document names as the office's holder: by a title before the name
/// (<c>UN envoy Hans Grundberg</c>), an apposition either way (<c>Grundberg, the UN envoy,</c>; <c>the UN envoy, Hans
/// Grundberg</c>), anywhere in the document, the headline included. The description becomes a <c>nominal</c> mention in
/// the holder's chain. It must name the same office (envoy and ambassador are one office) and every word qualifying
/// it (<c>UN</c>, <c>Iranian</c>, <c>foreign</c>) must be among the holder's title words; of several holders, the
/// latest named before the description wins, else the first named after it. A description with no such holder stays
/// a description. <c>the visitor</c> and <c>the guest</c> join the latest person received, hosted or welcomed, or who
/// visited or arrived, before them.
/// </summary>
internal static class OfficeDescriptions
{
    /// <summary>Office nouns, each with the office it names: an envoy and an ambassador hold one office.</summary>
    private static readonly Dictionary<string, string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["envoy"] = "envoy", ["ambassador"] = "envoy", ["representative"] = "envoy",
        ["secretary-general"] = "secretary-general", ["minister"] = "minister", ["premier"] = "prime minister",
        ["president"] = "president", ["commander"] = "commander", ["chief"] = "chief", ["leader"] = "leader", ["spokesman"] = "spokesman",
        ["spokeswoman"] = "spokesman", ["spokesperson"] = "spokesman", ["chairman"] = "chairman", ["governor"] = "governor",
        ["speaker"] = "speaker", ["coordinator"] = "coordinator", ["director"] = "director", ["mediator"] = "mediator",
    };

    /// <summary>Words that say nothing about which holder is meant: "the former minister" is still a minister.</summary>
    private static readonly HashSet<string> Neutral = new(StringComparer.OrdinalIgnoreCase) { "the", "former", "current", "then", "new", "top", "senior", "visiting", "special", "'s", "’s" };

    private sealed record Holder(int Chain, string Office, HashSet<string> Words, int Position);

    private static readonly HashSet<string> Hosting = new(StringComparer.OrdinalIgnoreCase) { "received", "receives", "hosted", "hosts", "welcomed", "welcomes" };
    private static readonly HashSet<string> Visiting = new(StringComparer.OrdinalIgnoreCase) { "visited", "visits", "arrived", "arrives", "landed", "travelled", "traveled" };
    private static readonly HashSet<string> Guests = new(StringComparer.OrdinalIgnoreCase) { "visitor", "visitors", "guest", "guests" };

    public static List<Mention> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        var bySentence = mentions.ToLookup(m => m.Sentence);
        var holders = new List<Holder>();
        foreach (var sentence in sentences)
            foreach (var person in bySentence[sentence.Index].Where(m => m.Type == MentionType.Person && m.Source is not ("pronoun" or "nominal")))
                holders.AddRange(TitlesOf(sentence.Tokens, person, bySentence[sentence.Index]));
        var found = new List<Mention>();
        int? guest = null;
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            var here = bySentence[sentence.Index].ToList();
            var headline = IsHeadlineLine(tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                var article = tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
                if (!article && !(headline && ArticleDropped(tokens, i, here))) continue;
                if (article && i + 1 < tokens.Count && Guests.Contains(tokens[i + 1].Text) && guest is int visitor && At(here, tokens[i + 1]) is null)
                {
                    found.Add(new Mention(MentionType.Person, tokens[i].Start, tokens[i + 1].End, text[tokens[i].Start..tokens[i + 1].End], sentence.Index, visitor, "nominal"));
                    i++;
                    continue;
                }
                var open = article ? i + 1 : i;
                var head = open;
                while (head < tokens.Count && head - open <= 3 && OfficeOf(tokens, head) is null && IsQualifier(tokens[head].Text, At(here, tokens[head]))) head++;
                if (head >= tokens.Count || OfficeOf(tokens, head) is not { } office) continue;
                var end = EndOfOffice(tokens, head);
                if (end + 1 < tokens.Count && tokens[end].Text is "to" or "of" or "for" && At(here, tokens[end + 1]) is { Type: not MentionType.Person } place)
                    while (end < tokens.Count && tokens[end].Start < place.End) end++; // "the Chinese ambassador to Iraq"
                if (Enumerable.Range(i, end - i).Any(k => At(here, tokens[k]) is { Type: MentionType.Person })) continue;
                if (NamedNext(tokens, end, here)) continue; // "the UN envoy Hans Grundberg", "the UN envoy, Hans Grundberg": the title of a name
                var qualifiers = Enumerable.Range(open, head - open).Select(k => tokens[k].Text.ToLowerInvariant()).Where(w => !Neutral.Contains(w)).ToList();
                var chain = AppositionTo(tokens, i, here) ?? (holders.Count == 0 ? null : Choose(holders, office, qualifiers, tokens[i].Start)?.Chain);
                if (chain is null) continue;
                var endOffset = tokens[end - 1].End;
                found.Add(new Mention(MentionType.Person, tokens[i].Start, endOffset, text[tokens[i].Start..endOffset], sentence.Index, chain.Value, "nominal"));
                i = end - 1;
            }
            guest = GuestIn(tokens, here) ?? guest;
        }
        return found;
    }

    /// <summary>A headline: a line with no final stop and most of its words capitalised. Headlines drop articles
    /// ("General Aung received Thai ambassador to Myanmar").</summary>
    private static bool IsHeadlineLine(IReadOnlyList<TextToken> tokens) =>
        tokens.Count > 2 && tokens[^1].Text is not ("." or "?" or "!" or "\"" or "”") && NameRules.IsTitleCase(tokens);

    /// <summary>In a headline, a description may open without its article right after a verb in lower case: "received
    /// Thai ambassador to Myanmar". Not a name's own words (a mention there is the name, not a description).</summary>
    private static bool ArticleDropped(IReadOnlyList<TextToken> tokens, int i, List<Mention> here) =>
        i > 0 && tokens[i - 1].Text.Length > 2 && tokens[i - 1].Text.All(char.IsLower) && At(here, tokens[i - 1]) is null
        && (OfficeOf(tokens, i) is not null || char.IsUpper(tokens[i].Text[0]) && At(here, tokens[i]) is not { Type: MentionType.Person });

    /// <summary>The person a sentence receives, hosts or welcomes (the first named after the verb), or who visits or
    /// arrives (the last named before the verb).</summary>
    private static int? GuestIn(IReadOnlyList<TextToken> tokens, List<Mention> here)
    {
        var persons = here.Where(m => m.Type == MentionType.Person && m.Source is not ("pronoun" or "nominal")).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Hosting.Contains(tokens[i].Text) && persons.FirstOrDefault(m => m.Start >= tokens[i].End) is { } received) return received.Chain;
            if (Visiting.Contains(tokens[i].Text) && persons.LastOrDefault(m => m.End <= tokens[i].Start) is { } visitor) return visitor.Chain;
        }
        return null;
    }

    /// <summary>"X, the secretary general of Y": a description set off by a comma right after a name is that person,
    /// whoever else the document gives the same office.</summary>
    private static int? AppositionTo(IReadOnlyList<TextToken> tokens, int the, List<Mention> here) =>
        the >= 2 && tokens[the - 1].Text == "," && At(here, tokens[the - 2]) is { Type: MentionType.Person, Source: not ("pronoun" or "nominal") } person
            ? person.Chain : null;

    private static Holder? Choose(List<Holder> holders, string office, List<string> qualifiers, int position)
    {
        var fitting = holders.Where(h => h.Office == office && qualifiers.All(h.Words.Contains)).ToList();
        if (fitting.Select(h => h.Chain).Distinct().Count() == 0) return null;
        return fitting.LastOrDefault(h => h.Position < position) ?? fitting.First();
    }

    /// <summary>The titles a sentence gives a person: the words right before the name, or an apposition after it or before it.</summary>
    private static IEnumerable<Holder> TitlesOf(IReadOnlyList<TextToken> tokens, Mention person, IEnumerable<Mention> sentenceMentions)
    {
        var first = IndexAt(tokens, person.Start);
        var last = IndexAt(tokens, person.End - 1);
        if (first < 0 || last < 0) yield break;
        // Title before the name, with or without a comma: "UN envoy Hans Grundberg", "the UN envoy, Hans Grundberg".
        var k = first - 1;
        if (k >= 0 && tokens[k].Text == ",") k--;
        var words = new List<string>();
        var office = (string?)null;
        while (k >= 0 && first - k <= 8 && (OfficeOf(tokens, k) is not null || IsQualifier(tokens[k].Text, At(sentenceMentions, tokens[k])) || tokens[k].Text is "of" or "to" or "for"))
        {
            office ??= OfficeOf(tokens, k);
            words.Add(tokens[k].Text.ToLowerInvariant());
            k--;
        }
        if (office is not null) yield return new Holder(person.Chain, office, Expand(words), person.Start);
        // Apposition after the name: "Hans Grundberg, the UN envoy for Yemen,".
        if (last + 1 < tokens.Count && tokens[last + 1].Text == ",")
        {
            words = [];
            office = null;
            for (k = last + 2; k < tokens.Count && k - last <= 10 && tokens[k].Text is not ("," or "." or ";" or "who" or "which"); k++)
            {
                if (At(sentenceMentions, tokens[k]) is { Type: MentionType.Person }) break;
                office ??= OfficeOf(tokens, k);
                words.Add(tokens[k].Text.ToLowerInvariant());
            }
            if (office is not null) yield return new Holder(person.Chain, office, Expand(words), person.Start);
        }
    }

    /// <summary>Title words with their parts ("secretary-general" also as "secretary" and "general"; "UN" also as "united", "nations").</summary>
    private static HashSet<string> Expand(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(word);
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries)) set.Add(part);
            if (word is "un" or "u.n.") { set.Add("un"); set.Add("u.n."); set.Add("united"); set.Add("nations"); }
        }
        return set;
    }

    /// <summary>The office named at token <paramref name="i"/>: "secretary-general", "secretary general", "prime minister", "envoy".</summary>
    private static string? OfficeOf(IReadOnlyList<TextToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word.Equals("secretary", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Text.Equals("general", StringComparison.OrdinalIgnoreCase)) return "secretary-general";
        if (word.Equals("general", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Text.Equals("secretary", StringComparison.OrdinalIgnoreCase)) return "secretary-general";
        if (word.Equals("minister", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Text.Equals("prime", StringComparison.OrdinalIgnoreCase)) return "prime minister";
        return Offices.GetValueOrDefault(word);
    }

    /// <summary>The token after the office noun or nouns ("secretary general", "prime minister").</summary>
    private static int EndOfOffice(IReadOnlyList<TextToken> tokens, int head)
    {
        var end = head + 1;
        while (end < tokens.Count && OfficeOf(tokens, end) is not null && end - head < 2) end++;
        return end;
    }

    /// <summary>A word that can qualify an office before it: a capitalised word (UN, Iranian), an organisation or place
    /// named there, or a few lower-case words of offices (foreign, deputy, special).</summary>
    private static bool IsQualifier(string word, Mention? mention) =>
        mention is { Type: not MentionType.Person } || word.Length > 1 && char.IsUpper(word[0]) && !word.Equals("The", StringComparison.Ordinal)
        || Neutral.Contains(word) || word is "foreign" or "deputy" or "defence" or "defense" or "interior" or "prime" or "vice" or "assistant" or "general" or "military" or "supreme";

    private static bool NamedNext(IReadOnlyList<TextToken> tokens, int end, List<Mention> here)
    {
        var k = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        return k < tokens.Count && At(here, tokens[k]) is { Type: MentionType.Person };
    }

    private static Mention? At(IEnumerable<Mention> mentions, TextToken token) => mentions.FirstOrDefault(m => m.Start <= token.Start && token.End <= m.End);

    private static int IndexAt(IReadOnlyList<TextToken> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (offset >= tokens[i].Start && offset < tokens[i].End) return i;
        return -1;
    }
}
