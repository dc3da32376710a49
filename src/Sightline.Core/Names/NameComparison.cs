namespace Sightline.Names;

/// <summary>A query token paired with a list-name token.</summary>
public sealed record TokenPair(int QueryToken, int ListToken, TokenSimilarity Similarity);

/// <summary>
/// How well a query name covers a list name. Tokens are paired one to one, best pairs first, in any order; each side's
/// coverage is the rarity-weighted share of its tokens that found a partner, times the partner's similarity. Optional
/// tokens (honorifics, titles) never pair and never count. A name that agrees on some tokens but has a word of its own
/// on both sides (<c>Bashar</c> against <c>Bushra</c> where the family names agree), unless they may be one word mistyped, or an entry with both another
/// family name and another given name than the query (a son's entry against the father's name), is a
/// <see cref="Conflict"/>: strong evidence of another person, and the score is multiplied by <see cref="ConflictFactor"/>.
/// </summary>
/// <param name="Score">In [0, 1]: <see cref="QueryWeight"/> × query coverage + the rest × list coverage, times
/// <see cref="ConflictFactor"/> on a conflict. The query counts more, because list names carry patronymics and tribal
/// names a searcher rarely types.</param>
public sealed record NameComparison(double Score, double QueryCoverage, double ListCoverage, IReadOnlyList<TokenPair> Pairs, string? Conflict = null)
{
    public const double QueryWeight = 0.75;

    /// <summary>What a conflict leaves of a score: a two-token name agreeing on one token and differing on the other
    /// falls well below the match threshold, and a full-coverage score of 0.87 to 0.68.</summary>
    public const double ConflictFactor = 0.78;

    /// <summary>Compares two parsed names whose tokens carry the given rarity weights.</summary>
    public static NameComparison Compare(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights,
        IReadOnlyList<NameToken> listed, ReadOnlySpan<double> listedWeights)
    {
        var similarities = new TokenSimilarity?[query.Count * listed.Count];
        for (var q = 0; q < query.Count; q++)
            for (var n = 0; n < listed.Count; n++)
                similarities[q * listed.Count + n] = TokenSimilarity.Compare(query[q], listed[n]);
        return Compare(query, queryWeights, listed, listedWeights, similarities);
    }

    /// <summary>Compares two names whose token similarities are already known: <paramref name="similarities"/>[q ×
    /// listed.Count + n] is <see cref="TokenSimilarity.Compare"/> of query token q and list token n (a screener reuses
    /// them across the candidate names that share a token).</summary>
    public static NameComparison Compare(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights,
        IReadOnlyList<NameToken> listed, ReadOnlySpan<double> listedWeights, ReadOnlySpan<TokenSimilarity?> similarities)
    {
        Span<Candidate> candidates = stackalloc Candidate[similarities.Length];
        var count = 0;
        for (var q = 0; q < query.Count; q++)
            for (var n = 0; n < listed.Count; n++)
                if (similarities[q * listed.Count + n] is { } similarity)
                    candidates[count++] = new Candidate(q, n, similarity);
        if (count == 0) return new NameComparison(0, 0, 0, [], null);
        candidates = candidates[..count];
        candidates.Sort(static (a, b) => b.Similarity.Score.CompareTo(a.Similarity.Score));

        var pairs = new List<TokenPair>(Math.Min(query.Count, listed.Count));
        Span<bool> queryUsed = stackalloc bool[query.Count];
        Span<bool> listedUsed = stackalloc bool[listed.Count];
        Span<bool> queryTail = stackalloc bool[query.Count];
        Span<bool> listedTail = stackalloc bool[listed.Count];
        var tails = false;
        for (var q = 0; q < query.Count; q++) tails |= queryTail[q] = CompoundWords.IsBoundTail(query, q);
        for (var n = 0; n < listed.Count; n++) tails |= listedTail[n] = CompoundWords.IsBoundTail(listed, n);
        double queryCovered = 0, listedCovered = 0;
        foreach (var pair in candidates)
        {
            if (queryUsed[pair.QueryToken] || listedUsed[pair.ListToken]) continue;
            if (queryTail[pair.QueryToken] || listedTail[pair.ListToken]) continue; // paired with their heads, below
            queryUsed[pair.QueryToken] = listedUsed[pair.ListToken] = true;
            pairs.Add(new TokenPair(pair.QueryToken, pair.ListToken, pair.Similarity));
            var credit = Credit(pair.Similarity);
            queryCovered += credit * queryWeights[pair.QueryToken];
            listedCovered += credit * listedWeights[pair.ListToken];
        }
        if (tails) PairTailsWithHeads(query, queryWeights, listed, listedWeights, similarities, queryTail, listedTail, queryUsed, listedUsed, pairs, ref queryCovered, ref listedCovered);
        if (pairs.Count > 0) PairSlip(query, queryWeights, listed, listedWeights, queryUsed, listedUsed, pairs, ref queryCovered, ref listedCovered);
        if (pairs.Count > 0) PairUnusualRendering(query, queryWeights, listed, listedWeights, queryUsed, listedUsed, pairs, ref queryCovered, ref listedCovered);
        if (pairs.Count > 0) PairSplitAcrossScripts(query, queryWeights, listed, listedWeights, queryUsed, listedUsed, pairs, ref queryCovered, ref listedCovered);
        if (pairs.Count > 0) PairRunTogether(query, queryWeights, listed, listedWeights, queryUsed, listedUsed, pairs, ref queryCovered, ref listedCovered);

        var queryTotal = Total(query, queryWeights, queryUsed);
        if (pairs.Count >= 2 && OnlyMiddleNamesLeft(query, queryUsed, listed, listedUsed, pairs))
            queryTotal -= MiddleNameDiscount * Unpaired(query, queryWeights, queryUsed);
        var queryCoverage = queryCovered / queryTotal;
        var listCoverage = listedCovered / Total(listed, listedWeights, listedUsed);
        var score = QueryWeight * queryCoverage + (1 - QueryWeight) * listCoverage;
        var conflict = pairs.Count > 0 ? ConflictOf(query, queryUsed, listed, listedUsed, pairs) : null;
        if (conflict is not null) score *= ConflictFactor;
        pairs.Sort((a, b) => a.QueryToken.CompareTo(b.QueryToken));
        return new NameComparison(Math.Clamp(score, 0, 1), queryCoverage, listCoverage, pairs, conflict);
    }

    /// <summary>The fixed second half of a compound (<c>allah</c>, <c>din</c>) pairs only with the second half of the
    /// compound its head paired with: the <c>din</c> of <c>Ala al-Din</c> is not the <c>din</c> of <c>Jamal al-Din</c>,
    /// and no other word is a rendering of <c>Allah</c>. Two halves of the same kind pair even where a spelling hides it
    /// (<c>عبدلله</c>). Fixed halves whose heads did not pair stay unpaired.</summary>
    private static void PairTailsWithHeads(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights, IReadOnlyList<NameToken> listed,
        ReadOnlySpan<double> listedWeights, ReadOnlySpan<TokenSimilarity?> similarities, ReadOnlySpan<bool> queryTail, ReadOnlySpan<bool> listedTail, Span<bool> queryUsed, Span<bool> listedUsed, List<TokenPair> pairs,
        ref double queryCovered, ref double listedCovered)
    {
        var heads = pairs.Count;
        for (var i = 0; i < heads; i++)
        {
            var (q, n) = (pairs[i].QueryToken + 1, pairs[i].ListToken + 1);
            if (q >= query.Count || n >= listed.Count || !queryTail[q] || !listedTail[n] || queryUsed[q] || listedUsed[n]) continue;
            var similarity = similarities[q * listed.Count + n] ?? (CompoundWords.TailOf(query[q]) == CompoundWords.TailOf(listed[n])
                ? new TokenSimilarity(Transliteration.TransliterationModel.TypicalSimilarity, query[q].Script == listed[n].Script ? TokenMatchKind.Exact : TokenMatchKind.Transliteration)
                : null);
            if (similarity is null) continue;
            queryUsed[q] = listedUsed[n] = true;
            pairs.Add(new TokenPair(q, n, similarity.Value));
            var credit = Credit(similarity.Value);
            queryCovered += credit * queryWeights[q];
            listedCovered += credit * listedWeights[n];
        }
    }

    /// <summary>What a pair adds to coverage: its similarity, except that a rendering across scripts below <see
    /// cref="Transliteration.TransliterationModel.FirmSimilarity"/> adds less, down to half its similarity at the
    /// model's 1%-false-match threshold. Against tens of thousands of listed words, a pair that passes a 1% test
    /// is as often another word as the same one: it may confirm a name, not make one.</summary>
    private static double Credit(TokenSimilarity similarity)
    {
        if (similarity.How != TokenMatchKind.Transliteration || similarity.Score >= Transliteration.TransliterationModel.FirmSimilarity) return similarity.Score;
        const double verified = Transliteration.TransliterationModel.VerifiedSimilarity, firm = Transliteration.TransliterationModel.FirmSimilarity;
        return similarity.Score * (0.5 + 0.5 * Math.Clamp((similarity.Score - verified) / (firm - verified), 0, 1));
    }

    /// <summary>How much less a middle name the list name lacks counts against the query's coverage (<see
    /// cref="OnlyMiddleNamesLeft"/>).</summary>
    public const double MiddleNameDiscount = 0.5;

    /// <summary>Whether the list name is all paired, with two words or more, and the query's first and last words paired
    /// too, each firmly (not a misspelling or a rendering the model only allows), so that what the query has left are middle names: a patronymic chain (<c>Qasim Muhammad Mahdi al-Rimi</c>
    /// against <c>AL-RIMI, Qasim</c>) a list's short form leaves out, in a query of four words or more (one middle word of
    /// three is as often another person's: <c>Karim Salim Nur</c> against <c>NUR, Karim</c>); or the query's first word paired, one pair firm, and
    /// what is left all after the paired words (<see cref="TrailingChain"/>). Those count half against the query's coverage.</summary>
    private static bool OnlyMiddleNamesLeft(IReadOnlyList<NameToken> query, ReadOnlySpan<bool> queryUsed, IReadOnlyList<NameToken> listed, ReadOnlySpan<bool> listedUsed, List<TokenPair> pairs)
    {
        for (var i = 0; i < listed.Count; i++)
            if (!listedUsed[i] && !listed[i].Optional) return false;
        int first = -1, last = -1;
        var left = false;
        for (var i = 0; i < query.Count; i++)
        {
            if (query[i].Optional) continue;
            if (first < 0) first = i;
            last = i;
            left |= !queryUsed[i];
        }
        if (!left || first < 0 || !queryUsed[first]) return false;
        if (queryUsed[last]) return Firm(first) && Firm(last) && Words(query) >= 4;
        return TrailingChain(query, queryUsed) && pairs.Any(p => !p.Similarity.IsSlight);

        bool Firm(int queryToken)
        {
            foreach (var pair in pairs)
                if (pair.QueryToken == queryToken) return !pair.Similarity.IsSlight;
            return false;
        }
    }

    /// <summary>Whether the query's unpaired words, two or more, all follow its paired ones: a father's and grandfather's
    /// names after a name the list holds whole (<c>Karim Nur Salim Hadi</c> against <c>NUR, Karim</c>), the tail of a
    /// patronymic chain. One word left at the end is as often another family name.</summary>
    private static bool TrailingChain(IReadOnlyList<NameToken> query, ReadOnlySpan<bool> queryUsed)
    {
        var unpaired = 0;
        for (var i = 0; i < query.Count; i++)
        {
            if (query[i].Optional) continue;
            if (!queryUsed[i]) unpaired += CompoundWords.JoinsPrevious(query, i) ? 0 : 1;
            else if (unpaired > 0) return false;
        }
        return unpaired >= 2;
    }

    /// <summary>How many words a name has, titles aside, a compound counting once (<see cref="CompoundWords"/>).</summary>
    private static int Words(IReadOnlyList<NameToken> tokens) => tokens.Count(t => !t.Optional);

    /// <summary>How many of the query's words paired, a compound counting once.</summary>
    internal static int PairedWords(IReadOnlyList<NameToken> query, IReadOnlyList<TokenPair> pairs)
    {
        var count = 0;
        foreach (var pair in pairs)
        {
            var start = CompoundWords.WordStart(query, pair.QueryToken);
            var counted = false;
            foreach (var other in pairs)
                counted |= other.QueryToken >= start && other.QueryToken < pair.QueryToken;
            if (!counted) count++;
        }
        return count;
    }

    /// <summary>The weight of a side's unpaired words, titles aside.</summary>
    private static double Unpaired(IReadOnlyList<NameToken> tokens, ReadOnlySpan<double> weights, ReadOnlySpan<bool> used)
    {
        double sum = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (!used[i] && !tokens[i].Optional) sum += weights[i];
        return sum;
    }

    /// <summary>A token pair before the pairing: a struct, so that ranking them allocates nothing.</summary>
    private readonly record struct Candidate(int QueryToken, int ListToken, TokenSimilarity Similarity);

    /// <summary>Why the names, though they share tokens, are likely two people: each has a name word the other lacks,
    /// the list name has both a family name and a given name the query lacks, or every pair is only a misspelling
    /// (<c>Ibrahim</c>/<c>Ibrahimi</c> and <c>Jaafari</c>/<c>Jaafar</c>: a name typed with one slip is likelier than
    /// with two), or, across scripts, only a rendering below <see cref="Transliteration.TransliterationModel.FirmSimilarity"/>
    /// or a misspelling (each such word lets through a few percent of other names; a name needs one word the model is
    /// sure of). Null when there is no conflict.</summary>
    private static string? ConflictOf(IReadOnlyList<NameToken> query, ReadOnlySpan<bool> queryUsed, IReadOnlyList<NameToken> listed, ReadOnlySpan<bool> listedUsed, List<TokenPair> pairs)
    {
        string? queryOwn = null, listOwn = null, listFamily = null, listGiven = null;
        var typo = false;
        for (var i = 0; i < listed.Count; i++)
        {
            if (listedUsed[i] || listed[i].Optional) continue;
            listOwn ??= listed[i].Original;
            if (listed[i].Family) listFamily ??= listed[i].Original;
            else listGiven ??= listed[i].Original;
            for (var q = 0; q < query.Count; q++)
                if (!queryUsed[q] && !query[q].Optional && MayBeTypo(query[q], listed[i])) typo = true;
        }
        for (var i = 0; i < query.Count; i++)
            if (!queryUsed[i] && !query[i].Optional) queryOwn ??= query[i].Original;
        if (queryOwn is not null && listOwn is not null && !typo) return $"'{queryOwn}' and '{listOwn}' differ where the other words agree";
        if (pairs.Count >= 2 && pairs.All(p => p.Similarity.How == TokenMatchKind.Spelling))
            return "every word met only as a misspelling of another";
        if (pairs.Count >= 2 && pairs.All(p => p.Similarity.IsSlight) && pairs.Any(p => p.Similarity.How == TokenMatchKind.Transliteration))
            return "no word was a firm rendering across scripts: each met only as a rendering the model allows or a misspelling";
        if (listFamily is not null && listGiven is not null) return $"the entry has another family name ('{listFamily}') and another given name ('{listGiven}')";
        return null;
    }

    /// <summary>Where the other words paired, the one Latin word left on each side pairs as a misspelling when it is one
    /// edit from the other, or from the two adjacent words left on the other side written together: a typo that
    /// split a compound another way (<c>Abdukhai</c> read <c>Abd Khai</c> against <c>Abd Hai</c>, <c>Habiblulah</c>
    /// against <c>Habib Ullah</c>). Both words of the split side count as covered; the pair is the first of them.</summary>
    private static void PairSlip(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights, IReadOnlyList<NameToken> listed,
        ReadOnlySpan<double> listedWeights, Span<bool> queryUsed, Span<bool> listedUsed, List<TokenPair> pairs, ref double queryCovered, ref double listedCovered)
    {
        var (q, qNext) = Leftover(query, queryUsed);
        var (n, nNext) = Leftover(listed, listedUsed);
        if (q < 0 || n < 0 || (qNext >= 0 && nNext >= 0)) return;
        var queryText = qNext >= 0 ? query[q].Text + query[qNext].Text : query[q].Text;
        var listedText = nNext >= 0 ? listed[n].Text + listed[nNext].Text : listed[n].Text;
        if (Math.Min(queryText.Length, listedText.Length) < 2 || !EditDistance.Within(queryText, listedText, 1)) return;
        var similarity = new TokenSimilarity(0.75 + 0.2 * JaroWinkler.Similarity(queryText, listedText), TokenMatchKind.Spelling);
        pairs.Add(new TokenPair(q, n, similarity));
        queryUsed[q] = listedUsed[n] = true;
        queryCovered += similarity.Score * queryWeights[q];
        listedCovered += similarity.Score * listedWeights[n];
        if (qNext >= 0)
        {
            queryUsed[qNext] = true;
            queryCovered += similarity.Score * queryWeights[qNext];
        }
        if (nNext >= 0)
        {
            listedUsed[nNext] = true;
            listedCovered += similarity.Score * listedWeights[nNext];
        }
    }

    /// <summary>Where other words paired, words left on both sides, one in Arabic, Cyrillic or Hebrew script and one in
    /// Latin, pair (best first) when the transliteration model verifies them though their keys were too far apart for
    /// <see cref="TokenSimilarity.Compare"/> to ask it; where two words or more agreed, also when the model finds the
    /// Latin word an unusual but possible rendering (<see cref="TokenSimilarity.UnusualRendering"/>): across scripts,
    /// the counterpart of a typo, and no evidence of another person. Two Latin words have <see cref="PairSlip"/>.</summary>
    private static void PairUnusualRendering(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights, IReadOnlyList<NameToken> listed,
        ReadOnlySpan<double> listedWeights, Span<bool> queryUsed, Span<bool> listedUsed, List<TokenPair> pairs, ref double queryCovered, ref double listedCovered)
    {
        var unusual = PairedWords(query, pairs) >= 2;
        while (true)
        {
            TokenPair? best = null;
            for (var q = 0; q < query.Count; q++)
            {
                if (queryUsed[q] || query[q].Optional) continue;
                for (var n = 0; n < listed.Count; n++)
                {
                    if (listedUsed[n] || listed[n].Optional || query[q].Script == listed[n].Script) continue;
                    if (CompoundWords.IsBoundTail(query, q) || CompoundWords.IsBoundTail(listed, n)) continue;
                    if (TokenSimilarity.UnusualRendering(query[q], listed[n], unusual) is { } similarity && (best is null || similarity.Score > best.Similarity.Score))
                        best = new TokenPair(q, n, similarity);
                }
            }
            if (best is null) return;
            pairs.Add(best);
            queryUsed[best.QueryToken] = listedUsed[best.ListToken] = true;
            var credit = unusual ? best.Similarity.Score : Credit(best.Similarity);
            queryCovered += credit * queryWeights[best.QueryToken];
            listedCovered += credit * listedWeights[best.ListToken];
        }
    }

    /// <summary>Where other words paired, two adjacent words left in Arabic, Cyrillic or Hebrew script on one side and a
    /// Latin word left on the other pair when the transliteration model verifies the two written together: a name one
    /// script writes in two words and the other in one (<c>ما يشو</c> and <c>Maychou</c>), the counterpart across
    /// scripts of a compound split another way (<see cref="PairSlip"/>). Both words of the split side count as covered, and
    /// each is shown paired with the whole.</summary>
    private static void PairSplitAcrossScripts(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights, IReadOnlyList<NameToken> listed,
        ReadOnlySpan<double> listedWeights, Span<bool> queryUsed, Span<bool> listedUsed, List<TokenPair> pairs, ref double queryCovered, ref double listedCovered)
    {
        if (SplitAcrossScripts(query, queryUsed, listed, listedUsed) is var (q, n, similarity))
        {
            pairs.Add(new TokenPair(q, n, similarity));
            pairs.Add(new TokenPair(q + 1, n, similarity));
            queryUsed[q] = queryUsed[q + 1] = listedUsed[n] = true;
            queryCovered += similarity.Score * (queryWeights[q] + queryWeights[q + 1]);
            listedCovered += similarity.Score * listedWeights[n];
        }
        else if (SplitAcrossScripts(listed, listedUsed, query, queryUsed) is var (m, p, split))
        {
            pairs.Add(new TokenPair(p, m, split));
            pairs.Add(new TokenPair(p, m + 1, split));
            listedUsed[m] = listedUsed[m + 1] = queryUsed[p] = true;
            listedCovered += split.Score * (listedWeights[m] + listedWeights[m + 1]);
            queryCovered += split.Score * queryWeights[p];
        }
    }

    /// <summary>The first of two adjacent unpaired words of <paramref name="split"/> in one non-Latin script, an unpaired
    /// Latin word of <paramref name="whole"/>, and the model's similarity of the two words joined to it, when verified.</summary>
    private static (int Split, int Whole, TokenSimilarity Similarity)? SplitAcrossScripts(IReadOnlyList<NameToken> split, ReadOnlySpan<bool> splitUsed,
        IReadOnlyList<NameToken> whole, ReadOnlySpan<bool> wholeUsed)
    {
        for (var i = 0; i + 1 < split.Count; i++)
        {
            var (first, second) = (split[i], split[i + 1]);
            if (splitUsed[i] || splitUsed[i + 1] || !TokenSimilarity.MayBeJoined(first, second)) continue;
            for (var n = 0; n < whole.Count; n++)
            {
                if (wholeUsed[n] || whole[n].Optional || whole[n].Script != NameScript.Latin || whole[n].Text.Length < 4) continue;
                if (TokenSimilarity.Joined(first, second, whole[n]) is { } similarity) return (i, n, similarity);
            }
        }
        return null;
    }

    /// <summary>Where other words paired, a word left in Arabic script on one side and two Latin words left on the other
    /// pair when the Arabic word is the two run together (<see cref="TokenSimilarity.RunTogether"/>), in either order
    /// (a list writes <c>FAMILY, Given</c>): <c>حسن ظاهرعويس</c> is <c>AWEYS, Hassan Dahir</c>. Both Latin words count as
    /// covered, and each is shown paired with the Arabic word. The query's word is tried first.</summary>
    private static void PairRunTogether(IReadOnlyList<NameToken> query, ReadOnlySpan<double> queryWeights, IReadOnlyList<NameToken> listed,
        ReadOnlySpan<double> listedWeights, Span<bool> queryUsed, Span<bool> listedUsed, List<TokenPair> pairs, ref double queryCovered, ref double listedCovered)
    {
        if (RunTogether(query, queryUsed, listed, listedUsed) is var (q, first, second, similarity))
        {
            pairs.Add(new TokenPair(q, first, similarity));
            pairs.Add(new TokenPair(q, second, similarity));
            queryUsed[q] = listedUsed[first] = listedUsed[second] = true;
            queryCovered += similarity.Score * queryWeights[q];
            listedCovered += similarity.Score * (listedWeights[first] + listedWeights[second]);
        }
        else if (RunTogether(listed, listedUsed, query, queryUsed) is var (n, head, tail, split))
        {
            pairs.Add(new TokenPair(head, n, split));
            pairs.Add(new TokenPair(tail, n, split));
            listedUsed[n] = queryUsed[head] = queryUsed[tail] = true;
            listedCovered += split.Score * listedWeights[n];
            queryCovered += split.Score * (queryWeights[head] + queryWeights[tail]);
        }
    }

    /// <summary>An unpaired Arabic word of <paramref name="whole"/>, the two unpaired Latin words of
    /// <paramref name="split"/> it is run together from (in the order it holds them), and their similarity.</summary>
    private static (int Whole, int First, int Second, TokenSimilarity Similarity)? RunTogether(IReadOnlyList<NameToken> whole, ReadOnlySpan<bool> wholeUsed,
        IReadOnlyList<NameToken> split, ReadOnlySpan<bool> splitUsed)
    {
        for (var w = 0; w < whole.Count; w++)
        {
            if (wholeUsed[w] || whole[w].Script != NameScript.Arabic) continue;
            for (var i = 0; i < split.Count; i++)
                for (var j = 0; j < split.Count; j++)
                    if (i != j && !splitUsed[i] && !splitUsed[j] && TokenSimilarity.RunTogether(whole[w], split[i], split[j]) is { } similarity)
                        return (w, i, j, similarity);
        }
        return null;
    }

    /// <summary>The one unpaired word of a name, or its two unpaired adjacent words (-1 in second place when one), when
    /// they are Latin; (-1, -1) otherwise. Titles are passed over.</summary>
    private static (int First, int Next) Leftover(IReadOnlyList<NameToken> tokens, ReadOnlySpan<bool> used)
    {
        int first = -1, next = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || tokens[i].Optional) continue;
            if (tokens[i].Script != NameScript.Latin) return (-1, -1);
            if (first < 0) first = i;
            else if (next < 0 && i == first + 1) next = i;
            else return (-1, -1);
        }
        return (first, next);
    }

    /// <summary>Two unpaired Latin words two edits apart or less (<c>Abdcl</c>, <c>Abd</c>; one for two-letter words,
    /// <c>Re</c>, <c>Ro</c>), or a word in another script and a Latin word one slip from a likely rendering of it
    /// (<see cref="TokenSimilarity.RenderingSlip"/>), may be one word mistyped: no evidence either way.</summary>
    private static bool MayBeTypo(NameToken a, NameToken b) =>
        a.HasSpelling && b.HasSpelling
            ? Math.Min(a.Text.Length, b.Text.Length) >= 2 && EditDistance.Within(a.Text, b.Text, Math.Min(a.Text.Length, b.Text.Length) >= 3 ? 2 : 1)
            : a.Script != b.Script && TokenSimilarity.RenderingSlip(a, b) is not null;

    /// <summary>The weight a side's coverage is measured against: every token but the optional ones.</summary>
    private static double Total(IReadOnlyList<NameToken> tokens, ReadOnlySpan<double> weights, ReadOnlySpan<bool> used)
    {
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
            if (used[i] || !tokens[i].Optional) sum += weights[i];
        return sum > 0 ? sum : 1;
    }
}
