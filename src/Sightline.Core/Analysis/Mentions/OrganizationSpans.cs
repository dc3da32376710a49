using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Organisation spans as this genre writes them, after the tagger and <see cref="NameRules"/>:
/// <list type="bullet">
/// <item>a run of capitalised words that ends in a body's noun is one organisation, whatever pieces the tagger made of
/// it (<c>National Iraqi Alliance</c>, <c>Russian Security Council</c>, <c>Hezbollah's Liaison and Coordination Unit</c>,
/// <c>Centre for Strategic Studies</c>);</item>
/// <item>a body of a body is two (<c>Public Diplomacy Centre</c> of the <c>Iranian Foreign Ministry</c>), and a body
/// followed by a person's name is a body and a person (<c>National Security Council</c> <c>Qasim al-Araji</c>);</item>
/// <item>a fragment of generic words is no organisation (<c>Foreign Affairs</c>, <c>Political Bureau</c>,
/// <c>Relations Center</c>); a building or region is a place (<c>Trezzini Palace Hotel</c>, <c>Kurdistan Region</c>),
/// a state's formal name a place (<c>Islamic Republic of Iran</c>), a dateline's capitals a place (<c>YANGON,</c>), and
/// a law or agreement a thing (<c>Strategic Partnership Agreement</c>).</item>
/// </list>
/// A ministry stays an organisation however generic its words (<c>Foreign Ministry</c>), and so does a generic name with a
/// named possessor (<c>Myanmar's Defence Services</c>, <c>China's foreign ministry</c>) or one the world knows by its
/// function (<c>Security Council</c>). A body's own body is split from it (<c>US Treasury</c> | <c>Office of Foreign Assets
/// Control</c>), an office opening a name is cut off (<c>Head of the</c> Politburo of Hamas), and determiners, a leader
/// before "administration" and a name set off by an office are no organisation.
/// </summary>
internal static class OrganizationSpans
{
    /// <summary>Nouns that end the name of a body, for joining the capitalised words before them into one name.</summary>
    internal static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "Alliance", "Coalition", "Council", "Committee", "Movement", "Party", "Front", "Organization", "Organisation", "Union", "League",
        "Unit", "Bureau", "Office", "Agency", "Ministry", "Centre", "Center", "Institute", "Foundation", "Commission", "Assembly",
        "Authority", "Corps", "Forces", "Brigades", "Directorate", "Secretariat", "Parliament", "Court", "Guild", "Association",
        "Federation", "Syndicate", "Society",
    };

    /// <summary>Words that say nothing of which body is meant: a name made only of them is a fragment.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "Political", "Bureau", "Politburo", "Standing", "Committee", "Central", "Information", "Office", "Strategic", "Studies", "Foreign",
        "Affairs", "Relations", "Center", "Centre", "International", "Public", "Media", "Security", "Secretariat", "Resolution", "Department",
        "Executive", "Supreme", "National", "Liaison", "Coordination", "Unit", "Authority", "General", "Press", "Service", "Services",
        "Intelligence", "Defense", "Defence", "Interior", "Justice", "Finance", "Council", "Directorate", "Command", "Headquarters",
        "Division", "Branch", "Administration", "Cabinet", "Presidency", "Leadership", "Military", "Diplomacy", "Research", "Affair",
    };

    /// <summary>A word that alone names no particular body or place: "Federation", "Council", "Security".</summary>
    internal static bool IsCommonNoun(string word) => GenericWords.Contains(word) || StateWords.Contains(word) || BodyNouns.Contains(word);

    /// <summary>Words that keep a generic name an organisation: a ministry is one whatever else it is called.</summary>
    private static readonly HashSet<string> MinistryWords = new(StringComparer.Ordinal) { "Ministry", "Treasury", "Kremlin", "Pentagon" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Hotel", "Palace", "Villa", "Tomb", "Mosque", "Shrine", "Mausoleum", "Airport", "Region", "Hall", "Parlour", "Parlor", "Stadium",
        "Cemetery", "Port", "Harbour", "Harbor", "Crossing", "Base", "Compound",
    };

    /// <summary>Words of a state's formal name (<c>Islamic Republic of Iran</c>): a place, not a body.</summary>
    internal static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "Republic", "Kingdom", "Sultanate", "Emirates", "Federation", "Emirate" };

    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "Act", "Agreement", "Document", "Treaty", "Accord", "Accords", "Law", "Declaration", "Memorandum", "Resolution", "Initiative", "Convention",
    };

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "of", "for", "and", "the", "'s", "’s", "'", "’" };

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        // A "thing" that ends in a body's noun is a body: "Public Diplomacy Centre of the Foreign Ministry".
        spans = spans.Select(s => s.Type == "MISC" && s.End - s.Start >= 2 && BodyNouns.Contains(tokens[s.End - 1].Text) ? s with { Type = "ORG" } : s).ToList();
        spans = spans.Select(s => IsGroupByArticle(tokens, s) ? s with { Type = "ORG" } : s).ToList();
        var result = JoinRuns(tokens, spans);
        result = DatelineOutlets.Apply(tokens, result);
        result = SeatsOfGovernment.Apply(tokens, result);
        result = LowerCaseMinistries(tokens, result);
        var tidy = new List<EntitySpan>(result.Count);
        foreach (var whole in result)
        {
            if (whole.Type != "ORG") { tidy.Add(whole); continue; }
            if (WithoutOffice(tokens, whole) is not { } span) continue; // "Head of State"
            if (IsPersonBeforeOffice(tokens, span)) { tidy.Add(span with { Type = "PER" }); continue; }
            var words = Enumerable.Range(span.Start, span.End - span.Start).Select(i => tokens[i].Text).ToList();
            var names = words.Where(w => !Connectives.Contains(w)).ToList();
            if (names.Count == 0 || IsFragment(tokens, span, names)) continue; // "Political Bureau"
            if (names.Count == 1 && Determiners.Contains(names[0])) continue; // "Both sides", "All parties"
            if (IsLeaderAdministration(tokens, span, names)) continue; // "The Trump administration"
            if (PlaceWords.Contains(names[^1]) || PlaceWords.Contains(names[0])) { tidy.Add(span with { Type = "LOC" }); continue; }
            if (DocumentWords.Contains(names[^1]) && names.Count > 1) { tidy.Add(span with { Type = "MISC" }); continue; }
            if (names.Any(StateWords.Contains) && !names.Any(BodyNouns.Contains)) { tidy.Add(span with { Type = "LOC" }); continue; }
            if (span.Start <= 1 && span.End - span.Start == 1 && IsCapitals(words[0]) && span.End < tokens.Count && tokens[span.End].Text is "," or "(" or "—" or "–" or "-"
                && !SpelledOutAfter(tokens, span))
            {
                tidy.Add(span with { Type = "LOC" }); // a dateline: "YANGON, Feb 1 —"
                continue;
            }
            // The parts of a split are names again: "Standing Committee" | "Political Bureau of the CPC Central Committee".
            foreach (var piece in Split(tokens, span))
            {
                if (WithoutOffice(tokens, piece) is not { } part) continue;
                var partNames = Enumerable.Range(part.Start, part.End - part.Start).Select(i => tokens[i].Text).Where(w => !Connectives.Contains(w)).ToList();
                if (part.Type == "ORG" && (partNames.Count == 0 || IsFragment(tokens, part, partNames))) continue;
                tidy.Add(part);
            }
        }
        return WithPersonParticles(tokens, tidy);
    }

    /// <summary>"Head of the Politburo of Hamas": an office that opens a body's name is the holder's, not the body's; the rest is a
    /// body when it names one (a body's noun, or "of" and a name), else the whole was a title ("Head of State"). Null for a title.</summary>
    private static EntitySpan? WithoutOffice(IReadOnlyList<TextToken> tokens, EntitySpan span)
    {
        var office = Enumerable.Range(span.Start, Math.Min(3, span.End - span.Start)).FirstOrDefault(i => IsOffice(tokens[i].Text), -1);
        if (office < 0 || office + 2 >= span.End || tokens[office + 1].Text != "of"
            || Enumerable.Range(span.Start, office - span.Start).Any(i => BodyNouns.Contains(tokens[i].Text))) return span; // "The First Secretary of …"
        var start = tokens[office + 2].Text == "the" ? office + 3 : office + 2;
        var rest = Enumerable.Range(start, span.End - start).Select(i => tokens[i].Text).ToList();
        var body = rest.Count >= 2 && (rest.Any(BodyNouns.Contains) || rest.Any(MinistryWords.Contains) || rest.Skip(1).Contains("of"));
        return body ? span with { Start = start } : null;
    }

    private static bool IsOffice(string word) => NameRules.IsRole(word) || word is "Member" or "Speaker" or "Secretary";

    /// <summary>"Badr Karim, Foreign Minister of …": two or three name words set off by an office are a person, whatever the tagger said.</summary>
    private static bool IsPersonBeforeOffice(IReadOnlyList<TextToken> tokens, EntitySpan span)
    {
        var length = span.End - span.Start;
        if (length is < 2 or > 3 || span.End + 2 >= tokens.Count || tokens[span.End].Text != ",") return false;
        if (!Enumerable.Range(span.Start, length).All(i => NameRules.IsNameWord(tokens[i].Text) && !BodyNouns.Contains(tokens[i].Text) && !GenericWords.Contains(tokens[i].Text)
            && !MinistryWords.Contains(tokens[i].Text))) return false;
        return Enumerable.Range(span.End + 1, Math.Min(3, tokens.Count - span.End - 1)).Any(i => char.IsUpper(tokens[i].Text[0]) && NameRules.IsRole(tokens[i].Text));
    }

    /// <summary>"Badr" + "bin Hamad Al Busaidi": a one-word "organisation" right before a person's bin or ibn is the person's first name.</summary>
    private static List<EntitySpan> WithPersonParticles(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        for (var k = 0; k + 1 < spans.Count; k++)
            if (spans[k] is { Type: "ORG" } org && org.End - org.Start == 1 && spans[k + 1] is { Type: "PER" } person && person.Start == org.End
                && tokens[person.Start].Text is "bin" or "ibn" or "bint")
            {
                spans[k] = person with { Start = org.Start };
                spans.RemoveAt(k + 1);
            }
        return spans;
    }

    /// <summary>Words that say nothing of which body is meant, unless a named possessor says whose: "Political Bureau" is a
    /// fragment, "Myanmar's Defence Services" and "the movement's Political Bureau" are not the same (the second still is).</summary>
    private static bool IsFragment(IReadOnlyList<TextToken> tokens, EntitySpan span, List<string> names) =>
        names.Count <= 2 && names.All(GenericWords.Contains) && !names.Any(MinistryWords.Contains) && !HasNamedPossessor(tokens, span.Start)
        && !NamedByFunction.Contains(string.Join(' ', names));

    /// <summary>Bodies the world names by their function alone: "the Security Council" is the UN's.</summary>
    private static readonly HashSet<string> NamedByFunction = new(StringComparer.Ordinal) { "Security Council", "General Assembly" };

    /// <summary>"Myanmar's" or "Hamas's" right before <paramref name="start"/>: a capitalised name and a possessive.</summary>
    private static bool HasNamedPossessor(IReadOnlyList<TextToken> tokens, int start) =>
        start >= 2 && tokens[start - 1].Text is "'s" or "’s" && IsCapitalisedName(tokens[start - 2].Text) && !NameRules.HeadlineWords.Contains(tokens[start - 2].Text);

    /// <summary>"China's foreign ministry": a named possessor and a ministry written in lower case are one organisation,
    /// the possessor included (two countries' foreign ministries are two organisations).</summary>
    private static List<EntitySpan> LowerCaseMinistries(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        for (var k = 2; k + 1 < tokens.Count; k++)
        {
            if (tokens[k + 1].Text != "ministry" || !MinistryTopics.Contains(tokens[k].Text) || !HasNamedPossessor(tokens, k)) continue;
            var start = k - 2;
            var possessor = spans.FindIndex(s => s.Start <= start && start < s.End);
            if (possessor >= 0 && spans[possessor].End != k - 1) continue; // the possessor is part of a longer name
            if (possessor >= 0) start = spans[possessor].Start;
            if (spans.Any(s => s.Start < k + 2 && k - 1 < s.End)) continue;
            spans.RemoveAll(s => s.Start < k + 2 && start < s.End);
            spans.Add(new EntitySpan(start, k + 2, "ORG"));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>What a ministry written in lower case is of: "foreign ministry", "defence ministry".</summary>
    private static readonly HashSet<string> MinistryTopics = new(StringComparer.Ordinal)
    {
        "foreign", "defence", "defense", "interior", "finance", "justice", "trade", "economy", "health", "education", "oil", "energy", "information",
    };

    /// <summary>Words that open a sentence and are no name however the tagger read them: "Both sides", "All parties".</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "Both", "All", "Each", "Either", "Neither", "Several", "Many", "Some", "Most", "Other", "Others", "This", "These", "That", "Those", "Such",
    };

    /// <summary>"The Trump administration": one name before "administration" is the leader the government is named after, not a body.</summary>
    private static bool IsLeaderAdministration(IReadOnlyList<TextToken> tokens, EntitySpan span, List<string> names) =>
        span.End < tokens.Count && tokens[span.End].Text == "administration" && names.Count(n => n is not ("The" or "A")) == 1
        && !BodyNouns.Contains(names[^1]) && !MinistryWords.Contains(names[^1]);

    /// <summary>"the Taliban", "the Taliban's envoy": a one-word name after the article is a group, not a person (a person
    /// is named without one); a name before a noun ("the Assad government") or a capitalised word is left alone.</summary>
    private static bool IsGroupByArticle(IReadOnlyList<TextToken> tokens, EntitySpan span)
    {
        if (span.Type != "PER" || span.End - span.Start != 1 || span.Start == 0) return false;
        var before = tokens[span.Start - 1].Text;
        // "Prigozhin's Wagner paramilitary", "the Wagner chief": a one-word name before a group's or its leader's noun is the group.
        if (before is "the" or "The" or "'s" or "’s" && span.End < tokens.Count && GroupNouns.Contains(tokens[span.End].Text)) return true;
        if (before is not ("the" or "The")) return false;
        if (span.End >= tokens.Count) return true;
        var next = tokens[span.End].Text;
        return next is "'s" or "’s" or "'" or "’" or "," or "." or ";" or ":" or ")" or "and" or "said" or "says" or "have" or "has" or "had" or "were" or "are" or "who" or "in" or "to" or "on" or "for" or "with";
    }

    /// <summary>Nouns for a group or its leader, after the group's name: "the Wagner chief", "the Wagner fighters".</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "chief", "boss", "leader", "leaders", "leadership", "founder", "commander", "commanders", "fighters", "mercenaries", "militants",
        "members", "group", "militia", "paramilitary", "paramilitaries", "movement", "spokesman", "spokesperson",
    };

    /// <summary>"X Centre of the Y Ministry": two bodies; "National Security Council Qasim al-Araji": a body and a person.</summary>
    private static IEnumerable<EntitySpan> Split(IReadOnlyList<TextToken> tokens, EntitySpan span)
    {
        // "US Treasury's Office of Foreign Assets Control": a body's own body with a name of its own is another organisation.
        for (var k = span.Start + 1; k + 2 < span.End; k++)
        {
            if (tokens[k].Text is not ("'s" or "’s")) continue;
            var owner = tokens[k - 1].Text;
            if (!MinistryWords.Contains(owner) && !BodyNouns.Contains(owner) && !IsCapitals(owner) && !(owner.Length == 2 && owner.All(char.IsUpper))) break;
            var after = Enumerable.Range(k + 1, span.End - k - 1).Select(i => tokens[i].Text).Where(w => !Connectives.Contains(w)).ToList();
            if (after.Count < 3 || after.All(GenericWords.Contains) || !BodyNouns.Contains(after[0]) && !BodyNouns.Contains(after[^1])) break;
            return [span with { End = k }, span with { Start = k + 1 }];
        }
        for (var k = span.Start + 1; k + 1 < span.End; k++)
        {
            if (tokens[k].Text != "of" || !BodyNouns.Contains(tokens[k - 1].Text)) continue;
            var second = tokens[k + 1].Text == "the" ? k + 2 : k + 1;
            if (second >= span.End - 1) break; // "Council of Ministers": one body
            // The second part ends in a body's noun, or after "of the" names a body of its own before any "of" of its own:
            // "Central Committee" | "Workers' Party of Korea" (not "Media Office" | "Speaker of the Council").
            var ownBody = second == k + 2 && Enumerable.Range(second, span.End - second).TakeWhile(i => tokens[i].Text != "of").Any(i => BodyNouns.Contains(tokens[i].Text));
            if (!ownBody && !BodyNouns.Contains(tokens[span.End - 1].Text)) break;
            return [span with { End = k }, .. Split(tokens, span with { Start = second })];
        }
        var head = -1;
        for (var k = span.Start; k < span.End; k++)
            if (NameRules.OrganizationHeads.Contains(tokens[k].Text)) head = k;
        if (head >= 0 && span.End - head - 1 >= 2 && Enumerable.Range(head + 1, span.End - head - 1).All(i => NameRules.IsNameWord(tokens[i].Text) || IsAlWord(tokens[i].Text))
            && (IsAlWord(tokens[span.End - 1].Text) || span.End - head - 1 <= 3))
            return [span with { End = head + 1 }, new EntitySpan(head + 1, span.End, "PER")];
        return [span];
    }

    /// <summary>Capitalised words (and the connectives of, for, and, 's between them) ending in a body's noun become one
    /// organisation, absorbing the spans inside; a run holding a person, or opening a sentence with a function word, is left alone.</summary>
    private static List<EntitySpan> JoinRuns(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        var result = new List<EntitySpan>(spans);
        var person = new bool[tokens.Count];
        foreach (var span in spans.Where(s => s.Type == "PER"))
            for (var i = span.Start; i < span.End; i++) person[i] = true;
        var openingNamed = spans.Any(s => s.Start == 0);
        bool Joins(int i) => !person[i] && (i > 0 || openingNamed) // a sentence's first word is capitalised whatever it is
            && IsCapitalisedName(tokens[i].Text) && !NameRules.HeadlineWords.Contains(tokens[i].Text)
            && !NameRules.DesignationWords.Contains(tokens[i].Text); // "Foreign Terrorist Organization" is a designation, not a body
        for (var end = 1; end < tokens.Count; end++)
        {
            if (!BodyNouns.Contains(tokens[end].Text) || person[end]) continue;
            var start = end;
            while (start - 1 >= 0 && (Joins(start - 1) || Connectives.Contains(tokens[start - 1].Text) && start - 2 >= 0 && Joins(start - 2)))
                start--;
            // An acronym's definition keeps its first word: "UK" | "Office of Financial Sanctions Implementation (OFSI)".
            var defined = result.FindIndex(s => s.Type == "ORG" && s.Start > start && s.Start <= end && s.End > end && IsDefinedByAcronym(tokens, s));
            if (defined >= 0) start = result[defined].Start;
            // "for"/"of" (+ "the") + a capitalised run after the noun: "Centre for Strategic Studies", "Communist Party of China",
            // and a body's noun alone before one: "Office of the President", "Ministry of Foreign Affairs".
            var last = end + 1;
            var of = last + 1 < tokens.Count && tokens[last].Text is "for" or "of" ? (tokens[last + 1].Text == "the" ? last + 2 : last + 1) : -1;
            if (of > 0 && of < tokens.Count && IsCapitalisedName(tokens[of].Text) && (of == last + 1 || end - start == 0))
            {
                var k = of;
                while (k < tokens.Count && k - of <= 3 && (Joins(k) || tokens[k].Text == "and" && k + 1 < tokens.Count && Joins(k + 1) && !NameRules.IsRole(tokens[k + 1].Text))) k++;
                last = k;
            }
            if (end - start < 1 && last == end + 1) continue;
            var (from, to) = (start, last);
            while (from < to && (tokens[from].Text is "The" or "A" or "An" || Connectives.Contains(tokens[from].Text))) from++;
            if (to - from < 2) continue;
            var covered = result.Where(s => s.Start < to && from < s.End).ToList();
            // A body the tagger cut inside this name ("Central Committee of the Workers" + "' Party of Korea") joins it; the
            // whole is split into its bodies later.
            if (covered.FirstOrDefault(s => s.Start < from && s.End < to) is { Type: "ORG" } cut && covered.All(s => s == cut || s.Start >= from && s.End <= to)
                && Enumerable.Range(cut.Start, from - cut.Start).All(i => Joins(i) && !NameRules.IsRole(tokens[i].Text) || Connectives.Contains(tokens[i].Text)))
                from = cut.Start;
            if (covered.Any(s => s.Start < from || s.End > to)) continue; // a longer name already spans it
            if (covered.Count == 1 && covered[0].Start == from && covered[0].End == to && covered[0].Type == "ORG") continue;
            result.RemoveAll(s => s.Start < to && from < s.End);
            result.Add(new EntitySpan(from, to, "ORG"));
            end = to - 1;
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>"NLA (Northern Lakes Agency)": an acronym spelled out in the brackets after it is no dateline's place.</summary>
    private static bool SpelledOutAfter(IReadOnlyList<TextToken> tokens, EntitySpan span)
    {
        if (tokens[span.End].Text != "(") return false;
        var close = Enumerable.Range(span.End + 1, tokens.Count - span.End - 1).FirstOrDefault(i => tokens[i].Text == ")", -1);
        return close > span.End + 1 && AcronymDefinitions.SpellsOut(tokens, span.End + 1, close, tokens[span.Start].Text);
    }

    /// <summary>"Office of Financial Sanctions Implementation (OFSI)": a name followed by its acronym in brackets.</summary>
    private static bool IsDefinedByAcronym(IReadOnlyList<TextToken> tokens, EntitySpan span) =>
        span.End + 2 < tokens.Count && tokens[span.End].Text == "(" && tokens[span.End + 2].Text == ")" && IsCapitals(tokens[span.End + 1].Text);

    private static bool IsCapitalisedName(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Any(char.IsLower) || word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-')) && !IsMonthOrDay(word);

    private static bool IsCapitals(string word) => word.Length >= 3 && word.All(char.IsUpper);

    private static bool IsAlWord(string word) => word.Length > 3 && (word.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el-", StringComparison.OrdinalIgnoreCase));

    private static bool IsMonthOrDay(string word) => word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
        or "October" or "November" or "December" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";
}
