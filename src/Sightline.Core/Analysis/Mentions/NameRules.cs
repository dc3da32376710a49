using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Rules on top of the tagger for how this genre writes names: a title (<c>Sheikh</c>, <c>Sayyid</c>) before
/// capitalised words makes them a person; a detached particle (<c>Al</c>, <c>'Abd</c>, <c>Abu</c>, <c>bin</c>) before a
/// person, or an <c>Al-</c> word after one, belongs to the name; and a role before a comma (<c>Chinese ambassador
/// to Iraq, Cui Wei</c>) makes the capitalised words after it a person.
/// </summary>
internal static class NameRules
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sheikh", "Shaykh", "Sheik", "Sayyid", "Sayed", "Seyyed", "Mullah", "Ayatollah", "Imam", "Hajji", "Haji", "Mr.", "Mrs.", "Ms.", "Dr.", "Comrade",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Al", "El", "'Abd", "Abd", "‘Abd", "Abdul", "Abu", "Abo", "bin", "ibn", "bint", "Umm",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary-general", "head", "leader", "chief",
        "commander", "president", "representative", "chairman", "director", "official", "deputy", "coordinator", "adviser", "advisor",
    };

    /// <summary>Function words that, capitalised inside a span, show a title-case headline rather than a name.</summary>
    internal static readonly HashSet<string> HeadlineWords = new(StringComparer.Ordinal)
    {
        "In", "With", "Of", "For", "And", "To", "On", "At", "By", "From", "Who", "Are", "Is", "Its", "His", "Her", "As", "After", "Meets", "Says",
    };

    /// <summary>Arabic words that open the name of a group, not a person: <c>Jaysh al-Mahdi</c>, <c>Ahl al-Haq</c>.</summary>
    private static readonly HashSet<string> ArabicBodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jaysh", "Jaish", "Ahl", "Harakat", "Kataib", "Kata'ib", "Asaib", "Asa'ib", "Saraya", "Hizb", "Liwa", "Jabhat", "Tanzim", "Ansar", "Hashd", "Quwat", "Majlis", "Firqat",
    };

    /// <summary>Sanctions vocabulary, never part of a name: "his brother Laith Specially Designated Global Terrorists".</summary>
    internal static readonly HashSet<string> DesignationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Specially", "Designated", "Terrorist", "Terrorists", "SDGT", "SDGTs", "SDN", "FTO",
    };

    /// <summary>Last words that make a "person" an organisation (<c>Simon Wiesenthal Center</c>) or a place (<c>Capitol Hill</c>).</summary>
    internal static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Institute", "Foundation", "Organization", "Organisation", "Council", "Movement", "Party", "Brigade", "Brigades",
        "Battalion", "Battalions", "Army", "Force", "Forces", "Ministry", "Office", "Agency", "Lab", "University", "Academy", "Committee",
        "Front", "Group", "Corps", "Bureau", "Department", "Mission", "Network", "Company", "Bank", "TV", "Radio", "Daily", "Report", "Monitor",
        "Assembly", "Commission", "Parliament", "Authority", "Union", "Guild", "League", "Alliance", "Coalition", "Association",
        "Federation", "Syndicate", "Society", "Corporation", "Cooperative", "Consortium",
    };

    /// <summary>Head nouns written in lower case after a group's name: "the Christian Babylon movement".</summary>
    private static readonly HashSet<string> LowerHeads = new(StringComparer.Ordinal) { "movement", "party", "organization", "organisation" };

    /// <summary>Religious and sectarian adjectives: descriptions, not organisations ("Shia").</summary>
    private static readonly HashSet<string> Sects = new(StringComparer.Ordinal) { "Shia", "Shiite", "Shi'ite", "Sunni", "Christian", "Muslim", "Jewish", "Druze", "Alawite", "Yazidi" };

    private static readonly HashSet<string> CountryNames = new(Sightline.Lists.Model.Countries.EnglishNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>States written as their acronym: places, as the states' names are ("the DPRK", "the UAE").</summary>
    private static readonly HashSet<string> StateAcronyms = new(StringComparer.Ordinal) { "DPRK", "PRC", "ROK", "UAE", "KSA", "USA", "USSR", "RF" };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Nouns for news outlets: a name next to one is an organisation ("the Lebanese daily, Al-Akhbar").</summary>
    private static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "daily", "newspaper", "weekly", "outlet", "channel", "broadcaster", "website", "magazine", "agency", "news",
    };

    /// <summary>Platforms reports are posted on: a channel, not an actor ("the militia said on Telegram").</summary>
    private static readonly HashSet<string> Platforms = new(StringComparer.Ordinal)
    {
        "Telegram", "Twitter", "Facebook", "YouTube", "Instagram", "WhatsApp", "TikTok",
    };

    /// <summary>Generic words that alone are no name ("Foreign Terrorist Organizations" cut to "Organizations").</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "Organization", "Organizations", "Organisation", "Organisations", "Movement", "Group", "Groups", "Party", "Entity", "Entities", "Foreign", "Global", "List",
    };

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Hill", "Gate", "Street", "Square", "Province", "Plain", "City", "Camp", "Valley", "Mountain", "Mountains", "River", "Bridge", "District", "Governorate",
    };

    /// <summary>
    /// Tidies spans: trailing lower-case words and punctuation and leading headline words dropped ("UN Charter and of
    /// international law." is "UN Charter"), sanctions vocabulary cut off or dropped, and a person whose last word is an
    /// organisation's or a place's retyped ("Simon Wiesenthal Center", "Capitol Hill"); a lone all-capitals "person" is an organisation's acronym.
    /// A title is split from the name it precedes ("Qatari Prime Minister" | "Mohammed"), a title alone is dropped, a
    /// name continued by a particle is joined ("Mohammed" + "bin Abdulrahman"), and an organisation takes the Al- words after it.
    /// A month alone is no name; an organisation that ends in a place's word or is a country's name is a place; a place
    /// or misc name next to an outlet's noun ("the Lebanese daily, Al-Akhbar") is an organisation.
    /// </summary>
    public static List<EntitySpan> Tidy(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        var result = new List<EntitySpan>(spans.Count);
        foreach (var span in spans)
        {
            if (result.Count > 0 && span.Start < result[^1].End) continue; // taken by the name before it ("Haider" + "al-Abadi")
            var (start, end, type) = (span.Start, span.End, span.Type);
            var cut = Enumerable.Range(start, end - start).FirstOrDefault(i => DesignationWords.Contains(tokens[i].Text) || i > start && IsCommonWord(tokens[i].Text), end);
            end = cut;
            while (end > start && !EndsName(tokens[end - 1].Text)) end--;
            while (start < end - 1 && type == "PER" && CountryNames.Contains(tokens[start].Text)) start++; // "Yemen" + "Mohammed Al Jaber"
            if (start < end - 1 && tokens[start].Text is "A" or "An" or "Senior" or "Former" or "Top" or "Deputy") start++; // "A Hezbollah delegation", "Senior Hamas official"
            if (type == "ORG" && Enumerable.Range(start, end - start).All(i => IsDemonym(tokens, i, i + 1) || Sects.Contains(tokens[i].Text))) type = "MISC"; // "Lebanese Druze"
            while (start < end && (HeadlineWords.Contains(tokens[start].Text) || !char.IsUpper(FirstLetter(tokens[start].Text)) && !Particles.Contains(tokens[start].Text) && !IsAlWord(tokens[start].Text))) start++;
            if (end <= start) continue;
            if (IsRole(tokens[end - 1].Text)) continue; // a title ("The UN Secretary General", "Qatari Prime Minister"), not a name
            if (type is "ORG" or "MISC" && end < tokens.Count && LowerHeads.Contains(tokens[end].Text) && !IsDemonym(tokens, start, end)
                && !Enumerable.Range(start, end - start).Any(i => tokens[i].Text.Contains('-')))
                (end, type) = (end + 1, "ORG"); // "the Christian Babylon movement"
            if (type == "ORG")
                while (end < tokens.Count && IsAlWord(tokens[end].Text)) end++; // "Harakat" + "al-Nujaba"
            var title = type is "ORG" or "PER" or "MISC" ? Enumerable.Range(start, end - start - 1).LastOrDefault(i => IsRole(tokens[i].Text), -1) : -1;
            if (title >= 0)
            {
                // "US Secretary of State Rex Tillerson": the title's holder is a person.
                var name = tokens[title].Text.Equals("Secretary", StringComparison.OrdinalIgnoreCase) && title + 2 < end && tokens[title + 1].Text == "of" ? title + 3 : title + 1;
                if (name < end && Enumerable.Range(name, end - name).All(i => IsNameWord(tokens[i].Text) || IsAlWord(tokens[i].Text)))
                    (start, type) = (name, "PER");
                if (type == "PER")
                    while (end < tokens.Count && IsAlWord(tokens[end].Text)) end++; // "Iraqi Prime Minister Haider" + "al-Abadi"
            }
            var roleBefore = start >= 1 && tokens[start - 1].Text == "the" ? start - 3 : start - 2; // the title before "of the": never before the sentence's first token
            if (type == "ORG" && end - start >= 3 && roleBefore >= 0 && tokens[start - 1].Text is "the" or "of" && IsRole(tokens[roleBefore].Text)
                && IsNameWord(tokens[end - 1].Text) && IsNameWord(tokens[end - 2].Text) && !OrganizationHeads.Contains(tokens[end - 1].Text))
                (start, type) = (end - 2, "PER"); // "Deputy Secretary of the Treasury Wally Adeyemo": the title's holder
            if (type == "ORG" && end < tokens.Count && tokens[end].Text is "channel" or "channels" or "account" or "accounts" or "page") type = "MISC";
            if (end - start == 1 && type is "ORG" or "MISC" && TitleAbbreviations.Contains(tokens[start].Text)) continue; // "PM Barzani", "the MP"
            if (type == "MISC" && end - start == 1 && IsGroupAcronym(tokens[start].Text)) type = "ORG";
            if (end - start == 1 && (Months.Contains(tokens[start].Text) || GenericHeads.Contains(tokens[start].Text))) continue; // "In May", "Organizations"
            if (type == "PER" && (OrganizationHeads.Contains(tokens[end - 1].Text) || ArabicBodyWords.Contains(tokens[start].Text))) type = "ORG";
            else if (type is "PER" or "ORG" && PlaceHeads.Contains(tokens[end - 1].Text) || type == "ORG" && end - start == 1 && StateAcronyms.Contains(tokens[start].Text)
                || type == "ORG" && CountryNames.Contains(string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text).SkipWhile(w => w == "The")))) type = "LOC";
            else if (type is "LOC" or "MISC" && !IsDemonym(tokens, start, end) && (end < tokens.Count && MediaNouns.Contains(tokens[end].Text) || start > 1 && MediaNouns.Contains(tokens[start - 1].Text.TrimEnd(','))
                || start > 1 && tokens[start - 1].Text == "," && MediaNouns.Contains(tokens[start - 2].Text))) type = "ORG"; // "the Lebanese daily, Al-Akhbar", "Al-Arab daily"
            else if (type == "PER" && end - start == 1 && tokens[start].Text.Length >= 3 && tokens[start].Text.All(char.IsUpper)) type = "ORG";
            if (type == "PER" && tokens[start].Text is "bin" or "ibn" or "bint" && start > 0 && IsNameWord(tokens[start - 1].Text) && !IsRole(tokens[start - 1].Text)
                && (result.Count == 0 || result[^1].End < start))
                start--; // "Mohammed" left out before "bin Abdulrahman"
            if (end - start == 1 && (Platforms.Contains(tokens[start].Text) || Sects.Contains(tokens[start].Text))) type = "MISC";
            if (type == "PER" && result.Count > 0 && result[^1] is { Type: "PER" } previous && previous.End == start && Particles.Contains(tokens[start].Text))
                result[^1] = previous with { End = end }; // "Mohammed" + "bin Abdulrahman Al Thani"
            else result.Add(new EntitySpan(start, end, type));
        }
        return result;
    }

    /// <summary>Offices abbreviated in capitals: titles, not bodies ("PM Barzani", "the MP for Basra").</summary>
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal) { "PM", "FM", "MP", "MPs", "VP", "SG", "DG", "SRSG", "CEO" };

    /// <summary>A "thing" in capitals is a body's acronym: "OPEC", "EU", and a group of states with its number, "E3", "G20" (not a
    /// country's code, "UK").</summary>
    private static bool IsGroupAcronym(string word) =>
        word.Length >= 3 && word.All(char.IsUpper)
        || word.Length == 2 && word.All(char.IsUpper) && !CountryNames.Contains(word) && !StateAcronyms.Contains(word)
        || word.Length is >= 2 and <= 4 && char.IsUpper(word[0]) && word.SkipWhile(char.IsUpper).All(char.IsAsciiDigit) && word.Any(char.IsAsciiDigit);

    /// <summary>A headline or a title-case line: seven words in ten capitalised with a capitalised function word after
    /// the first ("… Met With …"), or nine in ten, and no function word in lower case, so capitals say nothing about names. ("On Wednesday Haniyeh was received by Supreme Leader Ali Khamenei" is a sentence.)</summary>
    public static bool IsTitleCase(IReadOnlyList<TextToken> tokens)
    {
        var capitalised = tokens.Count(t => IsNameWord(t.Text) || HeadlineWords.Contains(t.Text)) * 10;
        var words = tokens.Count(t => char.IsLetter(t.Text[0]));
        if (tokens.Count > 0 && tokens[^1].Text is not ("." or "?" or "!" or "\"" or "”") && capitalised >= words * 7) return true; // a headline line: no full stop
        var headlineWord = tokens.Skip(1).Any(t => HeadlineWords.Contains(t.Text));
        return (capitalised >= words * 7 && headlineWord || capitalised >= words * 9)
            && !tokens.Any(t => t.Text is "the" or "of" or "in" or "with" or "by" or "and" or "to" or "for" or "on" or "at" or "was" or "is" or "has" or "a");
    }

    /// <summary>"Lebanese", "Iraqi": a nationality, which an outlet's noun after it does not make an outlet.</summary>
    private static bool IsDemonym(IReadOnlyList<TextToken> tokens, int start, int end) =>
        end - start == 1 && tokens[start].Text is var w && !w.Contains('-') && (w.EndsWith("ese") || w.EndsWith("ian") || w.EndsWith("an") || w.EndsWith('i') || w.EndsWith("ish"));

    internal static bool IsRole(string word) => Roles.Contains(word) || word.Equals("Secretary", StringComparison.OrdinalIgnoreCase) || word.Equals("General", StringComparison.OrdinalIgnoreCase)
        || word.Contains('-') && word.Split('-').Any(part => Roles.Contains(part) || RankAbbreviations.Contains(part)); // "Vice-Chairman", "Lt-Gen"

    /// <summary>Military ranks as abbreviated in titles: "Lt-Gen", "Maj-Gen".</summary>
    private static readonly HashSet<string> RankAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "Gen", "Gen.", "Lt", "Col", "Maj", "Brig" };

    /// <summary>A lower-case word that is neither a connective of names (of, for, and, the) nor a particle: a name
    /// does not run through it ("Coalition Forces for years in Iraq" is "Coalition Forces").</summary>
    private static bool IsCommonWord(string word) =>
        char.IsLower(word[0]) && word is not ("of" or "for" or "and" or "the" or "in" or "on" or "at" or "de" or "du" or "da" or "la" or "le" or "von" or "van" or "al" or "el")
        && !Particles.Contains(word) && !IsAlWord(word);

    private static bool EndsName(string word) => char.IsUpper(FirstLetter(word)) || char.IsDigit(word[0]) || IsAlWord(word) || word == ")";

    private static char FirstLetter(string word) => Tokenizer.IsApostrophe(word[0]) && word.Length > 1 ? word[1] : word[0];

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        var titleCase = IsTitleCase(tokens);
        spans = spans.Where(span => !(span.Type == "PER" || titleCase) || !Enumerable.Range(span.Start, span.End - span.Start).Any(i => HeadlineWords.Contains(tokens[i].Text))).ToList();
        var types = new string?[tokens.Count];
        foreach (var span in spans)
            for (var i = span.Start; i < span.End; i++) types[i] = span.Type;
        var result = new List<EntitySpan>(spans);

        // Title + capitalised words: a person, whatever the tagger said.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Titles.Contains(tokens[i].Text) || !IsNameWord(tokens[i + 1].Text)) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= 5 && IsNameWord(tokens[end].Text)) end++;
            CutBefore(result, types, i); // "Islamic Supreme Council of Iraq Sheikh Humam Hamoudi": the body before the title stays a body
            Replace(result, types, i + 1, end, "PER");
        }

        // "Ambassador to Myanmar Hong Liang": the tagger ran the country of a title into the name after it; the country is
        // a place and the capitalised words after it the office's holder.
        for (var k = 0; k < result.Count; k++)
        {
            var span = result[k];
            if (span.Type is not ("LOC" or "ORG") || span.End - span.Start < 3 || span.Start < 2 || tokens[span.Start - 1].Text is not ("to" or "in")
                || !IsRole(tokens[span.Start - 2].Text) || !CountryNames.Contains(tokens[span.Start].Text)) continue;
            if (!Enumerable.Range(span.Start + 1, span.End - span.Start - 1).All(i => IsNameWord(tokens[i].Text) && !CountryNames.Contains(tokens[i].Text))) continue;
            result[k] = new EntitySpan(span.Start, span.Start + 1, "LOC");
            result.Insert(k + 1, new EntitySpan(span.Start + 1, span.End, "PER"));
            types[span.Start] = "LOC";
            for (var i = span.Start + 1; i < span.End; i++) types[i] = "PER";
            k++;
        }

        // Particles and Al- words that the tagger left outside a person.
        for (var k = 0; k < result.Count; k++)
        {
            var span = result[k];
            if (span.Type != "PER") continue;
            var start = span.Start;
            while (start > 0 && types[start - 1] is null && Particles.Contains(tokens[start - 1].Text.TrimEnd('-'))) start--;
            var end = span.End;
            while (end < tokens.Count && types[end] is null && (IsAlWord(tokens[end].Text) || (end + 1 < tokens.Count && Particles.Contains(tokens[end].Text) && IsNameWord(tokens[end + 1].Text))))
            {
                end++;
                // "Sheikh Akram" + "al" + "Ka’abi": the word after a detached particle is the name's, when the tagger left
                // it untyped or called it misc (it often does with an apostrophe inside the word).
                if (Particles.Contains(tokens[end - 1].Text) && end < tokens.Count && IsNameWord(tokens[end].Text))
                    end = types[end] == "MISC" ? WithoutMisc(result, types, ref k, end) : types[end] is null ? end + 1 : end;
            }
            if (end < tokens.Count && types[end] is null or "MISC" && IsHyphenatedGivenName(tokens[end].Text) && end == span.End && span.End - span.Start <= 2)
                end = types[end] == "MISC" ? WithoutMisc(result, types, ref k, end) : end + 1; // "Kim" + "Jong-un", "Moon" + "Jae-in"
            if (start != span.Start || end != span.End)
            {
                result[k] = span with { Start = start, End = end };
                for (var i = start; i < end; i++) types[i] = "PER";
            }
        }

        // A capitalised word and an Al- word the tagger left untyped or called misc: a person ("Sa'id al-Jamal").
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (types[i] is not (null or "MISC") || types[i + 1] is not (null or "MISC") || !IsNameWord(tokens[i].Text) || !IsAlWord(tokens[i + 1].Text)) continue;
            if (HeadlineWords.Contains(tokens[i].Text) || Roles.Contains(tokens[i].Text) || tokens[i].Text.Contains('-')) continue;
            if (i > 0 && (types[i - 1] is not null || IsNameWord(tokens[i - 1].Text) || Tokenizer.IsApostrophe(tokens[i].Text[0]))) continue; // part of a longer name
            Replace(result, types, i, i + 2, ArabicBodyWords.Contains(tokens[i].Text) ? "ORG" : "PER");
        }

        // Role, comma, capitalised words not tagged: an appositive name.
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "," || types[i + 1] is not null || !IsNameWord(tokens[i + 1].Text) || !IsNameWord(tokens[i + 2].Text)) continue;
            var hasRole = false;
            for (var j = Math.Max(0, i - 6); j < i; j++) hasRole |= Roles.Contains(tokens[j].Text);
            if (!hasRole) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= 4 && types[end] is null && IsNameWord(tokens[end].Text)) end++;
            if (end - (i + 1) >= 2) Replace(result, types, i + 1, end, "PER");
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Tidy(tokens, result);
    }

    /// <summary>Removes the one-word misc span at token <paramref name="at"/> (keeping <paramref name="k"/> on the same span)
    /// and returns the token after it.</summary>
    private static int WithoutMisc(List<EntitySpan> spans, string?[] types, ref int k, int at)
    {
        var index = spans.FindIndex(s => s.Start == at && s.End == at + 1 && s.Type == "MISC");
        if (index < 0) return at;
        spans.RemoveAt(index);
        if (index < k) k--;
        types[at] = null;
        return at + 1;
    }

    /// <summary>A given name of two syllables joined by a hyphen, as Korean names are romanised ("Jong-un", "Jae-in",
    /// "Yo-jong", "Sung-Hyun"): short parts of letters, the first capitalised, and no English compound ("Iran-backed",
    /// "Moscow-based", "Russia-Ukraine").</summary>
    internal static bool IsHyphenatedGivenName(string word)
    {
        var parts = word.Split('-');
        if (parts.Length != 2 || parts[0].Length is < 2 or > 5 || parts[1].Length is < 1 or > 5) return false;
        if (!char.IsUpper(parts[0][0]) || !parts[0].Skip(1).All(char.IsLower) || !parts[1].Skip(1).All(char.IsLower) || !char.IsLetter(parts[1][0])) return false;
        if (char.IsUpper(parts[1][0]) && parts[1].Length > 4) return false;
        var second = parts[1].ToLowerInvariant();
        return !(second.EndsWith("ed") || second.EndsWith("ing") || second is "led" or "run" or "born" or "era" or "wide" or "like" or "made" or "style" or "type" or "level" or "owned" or "free" or "based");
    }

    /// <summary>Ends at token <paramref name="at"/> every span that runs across it from before.</summary>
    private static void CutBefore(List<EntitySpan> spans, string?[] types, int at)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var span = spans[k];
            if (span.Start >= at || span.End <= at) continue;
            spans[k] = span with { End = at };
            for (var i = at; i < span.End; i++) types[i] = null;
        }
    }

    private static void Replace(List<EntitySpan> spans, string?[] types, int start, int end, string type)
    {
        // Absorb any span the new one overlaps, keeping the union.
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var span = spans[k];
            if (span.Start >= end || span.End <= start) continue;
            start = Math.Min(start, span.Start);
            end = Math.Max(end, span.End);
            spans.RemoveAt(k);
        }
        spans.Add(new EntitySpan(start, end, type));
        for (var i = start; i < end; i++) types[i] = type;
    }

    private static bool IsAlWord(string word) =>
        word.Length > 3 && (word.StartsWith("Al-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("El-", StringComparison.OrdinalIgnoreCase)) && char.IsUpper(word[3]);

    internal static bool IsNameWord(string word)
    {
        if (word.Length == 0) return false;
        var first = Tokenizer.IsApostrophe(word[0]) && word.Length > 1 ? word[1] : word[0];
        return char.IsUpper(first) && !Titles.Contains(word) && word.Any(char.IsLower);
    }
}
