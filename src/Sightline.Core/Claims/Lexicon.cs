namespace Sightline.Claims;

/// <summary>The closed word lists the claim finders read: roles and titles, reporting verbs, family relations, clause boundaries.</summary>
internal static class Lexicon
{
    /// <summary>Words that make a noun phrase a role or office (lower case).</summary>
    public static readonly HashSet<string> RoleWords =
    [
        "head", "leader", "secretary-general", "secretary", "ambassador", "envoy", "minister", "premier", "president", "vice-president",
        "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "deputy", "director", "chairman", "chairwoman", "member",
        "founder", "co-founder", "official", "adviser", "advisor", "representative", "coordinator", "anchor", "journalist", "editor",
        "cleric", "colonel", "governor", "mayor", "speaker", "king", "emir", "prince", "judge", "officer", "general", "lieutenant",
        "chancellor", "diplomat", "attaché", "consul", "mediator", "negotiator", "militant", "fighter", "financier", "businessman",
        "millionaire", "politician", "lawmaker", "mp", "senator",
    ];

    /// <summary>Role words that name an office someone holds on behalf of a state or body, so that the title alone
    /// ("the Chinese ambassador") is an office-holder; a leader or head without "of" or "to" is a description.</summary>
    public static readonly HashSet<string> OfficeWords =
    [
        "ambassador", "envoy", "minister", "premier", "president", "secretary-general", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "governor", "mayor", "speaker", "king", "emir", "consul", "chancellor", "representative",
    ];

    /// <summary>Prepositions: a name after one is in a phrase ("leader of Al-Hashd"), not a party or a subject.</summary>
    public static readonly HashSet<string> Prepositions = ["of", "by", "for", "from", "in", "at", "to", "on", "against", "about", "between", "with"];

    /// <summary>Verbs by which a report cites a source; the second set marks a source's assertion the report does not adopt.</summary>
    public static readonly HashSet<string> ReportingVerbs =
    [
        "said", "says", "say", "stated", "states", "reported", "reports", "claimed", "claims", "announced", "announces", "wrote", "writes",
        "told", "tweeted", "added", "alleged", "alleges", "confirmed", "posted", "published", "quoted", "revealed", "insisted",
        "asserted", "denied", "according", "stating", "saying", "claiming", "showed", "shows",
    ];

    public static readonly HashSet<string> HedgedVerbs = ["claimed", "claims", "alleged", "alleges", "claiming", "insisted", "asserted"];

    public static readonly HashSet<string> Relations =
    [
        "brother", "sister", "son", "daughter", "father", "mother", "cousin", "nephew", "niece", "uncle", "aunt", "wife", "husband",
        "brother-in-law", "son-in-law", "father-in-law", "grandson", "grandfather", "half-brother",
    ];

    /// <summary>Words that start a new clause after a noun phrase: the object of a meeting verb ends there.</summary>
    public static readonly HashSet<string> ClauseBreaks =
    [
        ".", ";", ":", "?", "!", "who", "whom", "which", "where", "when", "while", "before", "after", "during", "amid", "because", "since",
        "following", "as", "to", "in", "at", "on", "over", "about", "regarding", "concerning", "that", "but", "despite", "through", "for",
        "\"", "“", "”", "(",
    ];

    public static readonly HashSet<string> Determiners = ["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"];

    public static readonly HashSet<string> SubjectPronouns = ["he", "she"];
}
