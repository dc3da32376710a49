using Sightline.Lists.Model;
using Sightline.Names;

namespace Sightline.Screening;

/// <summary>One list entry a query may name, with its score and why.</summary>
/// <param name="Score">In [0, 1]: how well the names agree, moved by the qualifiers.</param>
/// <param name="Match">Whether the score reaches the threshold and, for an ambiguous query, a qualifier picked this entry.</param>
/// <param name="Ambiguous">The query met this entry on a single token of a longer name, or only on common tokens,
/// so it cannot tell this entry from others on its own.</param>
public sealed record ScreeningResult(IndexedEntry Entry, double Score, bool Match, bool Ambiguous, Explanation Explanation);

/// <summary>Why a result scored what it did: which query tokens met which list tokens and how, what each
/// qualifier did, and why a query was ambiguous. A result for an entry's same party on another list (ADR-047) keeps the
/// token comparison of the entry the query met, names that entry in <paramref name="SameParty"/>, and applies the
/// qualifiers to its own entry.</summary>
public sealed record Explanation(
    string MatchedName,
    NameKind MatchedNameKind,
    double NameScore,
    IReadOnlyList<TokenExplanation> Tokens,
    IReadOnlyList<string> UnmatchedQueryTokens,
    IReadOnlyList<string> UnmatchedListTokens,
    IReadOnlyList<string> IgnoredQueryWords,
    IReadOnlyList<QualifierEffect> Qualifiers,
    string? AmbiguousBecause,
    SamePartyNote? SameParty = null);

/// <summary>The entry the query met, of which this result's entry is the same party on another list, and the name both
/// entries give.</summary>
public sealed record SamePartyNote(string List, string Id, string SharedName)
{
    /// <summary>The note in words, as the command line and <c>/match</c> show it.</summary>
    public override string ToString() => $"the same party as {List} {Id}: both list the name {SharedName}";
}

/// <summary>One query token and the list token it met.</summary>
/// <param name="Weight">The query token's rarity weight: rare tokens decide more.</param>
public sealed record TokenExplanation(string Query, string List, TokenMatchKind How, double Similarity, double Weight, string QueryKey, string ListKey);

/// <summary>What one qualifier did to a score: <c>birth_date</c>, <c>country</c> or <c>type</c>, the values compared,
/// the change to the score, and whether it supported this entry.</summary>
public sealed record QualifierEffect(string Qualifier, string Query, string List, double Change, bool Supports, string Note);
