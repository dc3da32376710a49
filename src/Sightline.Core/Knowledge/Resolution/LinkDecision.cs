using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// Weighs what speaks for and against one entity being one list entry and gives the link's state with its reasons
/// (ADR-016):
/// <list type="bullet">
/// <item><c>automatic</c>: the name scores at least <see cref="ListLinker.AutomaticScore"/>, something in the reports
/// agrees with the entry — strongly (a sanctions statement, a title, an organisation, a relative), or only by a country
/// when the whole name is met — and nothing conflicts; an organisation also links when its name is the entry's own name
/// in any spelling and no other organisation of the list bears it;</item>
/// <item><c>probable</c>: a distinctive name (every word of the entity's name met closely, none of the entry's words
/// left over, a word that is not common in people's names, no other entry of the list meeting every word) and nothing
/// against it;</item>
/// <item><c>candidate</c>: the rest, with what stood in the way.</item>
/// </list>
/// Only the best entry of a list is linked: a party is on a list once.
/// </summary>
public static class LinkDecision
{
    /// <summary>Below this a met word is a loose spelling ("Huning" for "Huang"), not the same word.</summary>
    public const double CloseToken = 0.95;

    /// <summary>A word's rarity weight on the lists from which one rare word alone makes a name distinctive ("Haniyeh",
    /// "Shamkhani"; not "Jaber" or "Salam", which many listed people bear).</summary>
    public const double RareOnLists = 8.0;

    /// <summary>The lowest score at which a name that covers the entry's (every word met closely, only whole words of
    /// the entry's left over) links, when the reports agree strongly with the entry.</summary>
    public const double CoveredScore = 0.85;

    /// <summary>What the names say about one entity and one entry.</summary>
    /// <param name="Name">The entity's name that met the entry best.</param>
    /// <param name="Result">The screening result of the entity's name that scored best against the entry.</param>
    /// <param name="Rivals">Other entries of the same list, of the entity's kind, that meet every word of that name at
    /// <see cref="ListLinker.AutomaticScore"/> or more: namesakes the name alone cannot tell apart.</param>
    public sealed record NameEvidence(string Name, ScreeningResult Result, int Rivals, NameFrequencies Frequencies)
    {
        private Explanation Why => Result.Explanation;

        /// <summary>Every word of the entity's name met and no word of the entry's name left over.</summary>
        public bool Complete => Why.UnmatchedQueryTokens.Count == 0 && Why.UnmatchedListTokens.Count == 0 && Why.Tokens.Count > 0;

        /// <summary>Every word of the entity's name met closely, and what is left of the entry's name whole words (a
        /// patronymic, a second family name), not fragments of a word the names engine split.</summary>
        public bool CoversName => AllWordsMetClosely && Why.UnmatchedListTokens.All(t => t.Length >= 4);

        /// <summary>Every word of the entity's name met, each closely.</summary>
        public bool AllWordsMetClosely => Why.UnmatchedQueryTokens.Count == 0 && Why.Tokens.Count > 0 && Why.Tokens.All(t => t.Similarity >= CloseToken);

        /// <summary>A word of each name left unmet, the entity's "Laith" against the entry's "Qais": another given name.</summary>
        public string? OtherGivenName => Why.UnmatchedQueryTokens.Count > 0 && Why.UnmatchedListTokens.Count > 0 && Why.Tokens.Count > 0
            ? $"a different name ({string.Join(" ", Why.UnmatchedQueryTokens)} in the reports, {string.Join(" ", Why.UnmatchedListTokens)} in the entry)"
            : null;

        /// <summary>The met words of four letters or more that are not common in people's names.</summary>
        public IReadOnlyList<string> RareWords => RareTokens.Select(t => t.Query).ToList();

        /// <summary>Whether the name tells its bearer apart: two rare words, or one that is also rare on the lists
        /// (a list weight of at least <see cref="RareOnLists"/>).</summary>
        public bool Distinctive => RareTokens.Count >= 2 || RareTokens.Any(t => t.Weight >= RareOnLists);

        /// <remarks>A word paired with two words of the other name (written joined on one side, apart on the other)
        /// counts once.</remarks>
        private List<TokenExplanation> RareTokens => Why.Tokens.DistinctBy(t => t.Query).DistinctBy(t => t.List).Where(t => t.Similarity >= CloseToken)
            .Where(t => Sightline.Names.NameParser.Parse(t.Query).Tokens is [{ Text.Length: >= 4 } token] && !Frequencies.IsCommon(token)).ToList();
    }

    /// <summary>The state and reason of a link from an entity of <paramref name="kind"/> to the entry of
    /// <paramref name="name"/>; <paramref name="listFree"/> is false when a better entry of the list is already linked.</summary>
    public static (string State, string Reason) Decide(EntityKind kind, NameEvidence name, IReadOnlyList<Agreement> agreements, IReadOnlyList<string> conflicts, bool listFree)
    {
        var score = name.Result.Score;
        var scored = $"name {score:0.00}";
        var otherName = kind == EntityKind.Person ? name.OtherGivenName : null;
        var against = otherName is null ? conflicts : conflicts.Prepend(otherName).ToList();
        var strong = agreements.Where(a => a.Strong).ToList();
        // A name that covers the entry's, only whole words of the entry's left over ("Ali Khamenei" for KHAMENEI, Ali
        // Husseini), scores lower for the words it lacks; with the reports agreeing strongly it is linked from CoveredScore.
        var covered = kind == EntityKind.Person && name.CoversName && score >= CoveredScore && strong.Count > 0;
        if (score < ListLinker.AutomaticScore && !covered) return ("candidate", $"{scored} is below {ListLinker.AutomaticScore:0.00}");
        if (against.Count > 0) return ("candidate", $"{scored}, but {string.Join("; ", against)}");

        var ownName = kind == EntityKind.Organization && name.Complete && name.Rivals == 0
                      && name.Result.Entry.Schema == EntrySchema.Organization && TitleWords.Subject(name.Name) is not null;
        var automatic = strong.Count > 0 || (agreements.Count > 0 && name.Complete) || (agreements.Any(a => a.OwnCountry) && name.CoversName) || ownName;
        var distinctive = score >= ListLinker.AutomaticScore && name.AllWordsMetClosely && name.Complete && name.Rivals == 0
                          && (kind == EntityKind.Organization ? TitleWords.Subject(name.Name) is not null : name.Distinctive);
        if (!listFree)
            return ("candidate", automatic || distinctive ? $"{scored}, but a better-scoring entry of {name.Result.Entry.List} is linked" : Waiting(scored, name, agreements));
        if (automatic)
        {
            var reasons = agreements.Select(a => a.Reason).ToList();
            if (ownName) reasons.Insert(0, $"\"{name.Result.Explanation.MatchedName}\" is the entry's own name and no other organisation of the list bears it");
            return ("automatic", $"{scored}; {string.Join("; ", reasons)}");
        }
        if (distinctive)
            return ("probable", $"{scored}; a distinctive name ({(kind == EntityKind.Person ? "rare " + string.Join(", ", name.RareWords) + "; " : "")}every part met, no other entry of the list bears it)"
                                + (agreements.Count > 0 ? $"; {string.Join("; ", agreements.Select(a => a.Reason))}" : "") + "; nothing in the reports against it; to be confirmed");
        // A name that covers the entry's, said in one breath with an organisation the entry's titles name.
        if (kind == EntityKind.Person && score >= ListLinker.AutomaticScore && name.CoversName && agreements.Any(a => a.Affiliated))
            return ("probable", $"{scored}; the name covers the entry's; {string.Join("; ", agreements.Select(a => a.Reason))}; nothing in the reports against it; to be confirmed");
        return ("candidate", Waiting(scored, name, agreements));
    }

    private static string Waiting(string scored, NameEvidence name, IReadOnlyList<Agreement> agreements)
    {
        var why = new List<string>();
        if (agreements.Count == 0) why.Add("nothing in the reports agrees with the entry");
        else why.Add($"only {string.Join("; ", agreements.Select(a => a.Reason))}");
        if (name.Result.Explanation.UnmatchedListTokens.Count > 0) why.Add($"the entry's {string.Join(" ", name.Result.Explanation.UnmatchedListTokens)} is not in the reports");
        else if (!name.AllWordsMetClosely) why.Add("a word is only loosely met");
        else if (name.Rivals > 0) why.Add($"{name.Rivals} other entr{(name.Rivals == 1 ? "y" : "ies")} of the list bear{(name.Rivals == 1 ? "s" : "")} the name");
        else if (!name.Distinctive) why.Add("the name is not distinctive enough");
        return $"{scored}, but {string.Join("; ", why)}";
    }
}
