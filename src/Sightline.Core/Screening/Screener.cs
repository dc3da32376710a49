using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Names.Scripts;

namespace Sightline.Screening;

/// <summary>
/// Screens names against a <see cref="ScreeningIndex"/>: candidates from the postings of the query's keys, each
/// candidate's names compared token by token, the best name per entry kept, qualifiers applied, ambiguity judged,
/// and the results ranked with an explanation each.
/// </summary>
/// <remarks>Thread-safe: each thread gets its own scratch space. See ADR-005 for the scoring rules.</remarks>
public sealed class Screener(ScreeningIndex index)
{
    /// <summary>How many names, chosen by shared rare keys, are compared in full for a query in Latin letters.</summary>
    public const int CandidateNames = 32;

    /// <summary>How many for a query in another script, whose keys (skeletons and the model's renderings) choose less
    /// sharply: 32 found 0.5–0.9 points fewer own entries across scripts than 64.</summary>
    public const int CandidateNamesAcrossScripts = 64;

    /// <summary>A name met on a weak alias (OFAC's quoted a.k.a.s, UN's low-quality aliases) scores this much less.</summary>
    public const double WeakAliasFactor = 0.9;

    private const float NeighbourKeyFactor = 0.7f;
    private const float RunTogetherPartFactor = 0.5f;

    /// <summary>A key one consonant from the query's held by more names than this is passed over once other keys have
    /// found candidates: what it adds to each name (0.7 × its low rarity) rarely lifts one into the names compared,
    /// and reading it cost most of the time of a query with a common word.</summary>
    private const int NeighbourCommon = 1000;

    private const float ShorterFirst = 0.01f;

    /// <summary>A query word held by this many names or fewer may be a slip for another listed word: its spelling
    /// neighbours are candidates too (<c>Ian</c> is a listed word, and a slip for <c>Iman</c>).</summary>
    private const int RareWord = 3;

    [ThreadStatic] private static Scratch? t_scratch;

    public ScreeningIndex Index => index;

    /// <summary>The entries a query may name, best first. A name of more than <see cref="NameParser.MaxTokens"/> words
    /// is screened in overlapping windows of that many words (<see cref="NameParser.ParseWindows"/>), each entry keeping
    /// its best result, and scored by how much of the listed name it contains, whatever else it holds: padding never
    /// hides a listed name. The explanation says so.</summary>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        options ??= new ScreeningOptions();
        var windows = NameParser.ParseWindows(query.Name);
        if (windows.Count == 1) return Screen(windows[0], query, options, containment: false);
        return windows.SelectMany(window => Screen(window, query, options, containment: true))
            .GroupBy(r => (r.Entry.List, r.Entry.Id))
            .Select(results => results.OrderByDescending(r => r.Match).ThenByDescending(r => r.Score).First())
            .OrderByDescending(r => r.Score).ThenBy(r => r.Ambiguous).ThenBy(r => r.Entry.List, StringComparer.Ordinal).ThenBy(r => r.Entry.Id, StringComparer.Ordinal)
            .Take(options.Limit)
            .ToList();
    }

    private IReadOnlyList<ScreeningResult> Screen(ParsedName parsed, ScreeningQuery query, ScreeningOptions options, bool containment)
    {
        if (parsed.IsEmpty) return [];
        var weights = parsed.Tokens.Select(index.Weight).ToArray();

        var latinOnly = parsed.Tokens.All(t => t.Script == NameScript.Latin);
        var letters = latinOnly ? WrittenSlip.Letters(query.Name) : [];
        var candidates = BestEntries(parsed, weights, CandidateNameIds(parsed, weights, latinOnly), letters, containment);
        var scored = new List<Scored>(candidates.Count);
        var floor = Math.Min(options.MinimumScore, options.Threshold) - Qualifiers.BirthDateAgrees - Qualifiers.CountryAgrees;
        foreach (var best in candidates)
        {
            if (best.NameScore < floor) continue; // no qualifier could lift it to be shown or to count
            var entry = index.Entry(best.EntryIndex);
            var qualifiers = Qualifiers.Apply(query, entry);
            var score = Math.Clamp(best.NameScore + qualifiers.Sum(q => q.Change), 0, 1);
            scored.Add(new Scored(entry, best, score, AmbiguityOf(parsed, weights, entry, best), qualifiers));
        }

        var undecided = scored.Where(s => s.Ambiguous != Ambiguity.None && s.Score >= options.Threshold).ToList();
        var supported = undecided.Where(s => s.Qualifiers.Count > 0 && s.Qualifiers.All(q => q.Supports || q.Change == 0) && s.Qualifiers.Any(q => q.Supports)).ToList();
        var decided = supported.Count > 0 && (supported.Count < undecided.Count || undecided.Count == 1)
            ? supported.ToHashSet() : [];

        var shown = scored
            .Where(s => s.Score >= options.MinimumScore)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Ambiguous != Ambiguity.None).ThenBy(s => s.Entry.List, StringComparer.Ordinal).ThenBy(s => s.Entry.Id, StringComparer.Ordinal)
            .Take(options.Limit)
            .Select(s => (s.Best.EntryIndex, Result: new ScreeningResult(s.Entry, Math.Round(s.Score, 4),
                s.Score >= options.Threshold && (s.Ambiguous == Ambiguity.None || decided.Contains(s)),
                s.Ambiguous != Ambiguity.None, Explain(parsed, weights, s))))
            .ToList();
        return options.SameParties ? WithSameParties(query, options, shown) : shown.ConvertAll(s => s.Result);
    }

    /// <summary>The results with, for each clear match (not ambiguous), its entry's same parties on other lists
    /// (<see cref="SameParties"/>): each scored as the name the query met, moved by its own entry's qualifiers, and put
    /// in place of a lower result for the same entry. The order and the limit are those of the results.</summary>
    private List<ScreeningResult> WithSameParties(ScreeningQuery query, ScreeningOptions options, List<(int EntryIndex, ScreeningResult Result)> shown)
    {
        var byEntry = new Dictionary<int, ScreeningResult>();
        foreach (var (entryIndex, result) in shown) byEntry[entryIndex] = result;
        var changed = false;
        foreach (var (entryIndex, result) in shown)
        {
            if (!result.Match || result.Ambiguous) continue;
            foreach (var twin in index.SamePartiesOf(entryIndex))
            {
                var entry = index.Entry(twin.EntryIndex);
                var qualifiers = Qualifiers.Apply(query, entry);
                var score = Math.Round(Math.Clamp(result.Explanation.NameScore + qualifiers.Sum(q => q.Change), 0, 1), 4);
                if (byEntry.TryGetValue(twin.EntryIndex, out var held) && (held.Match || held.Score >= score)) continue;
                byEntry[twin.EntryIndex] = new ScreeningResult(entry, score, score >= options.Threshold, false,
                    result.Explanation with { Qualifiers = qualifiers, SameParty = new SamePartyNote(result.Entry.List, result.Entry.Id, twin.SharedName) });
                changed = true;
            }
        }
        if (!changed) return shown.ConvertAll(s => s.Result);
        return byEntry.Values
            .OrderByDescending(r => r.Score).ThenBy(r => r.Ambiguous).ThenBy(r => r.Entry.List, StringComparer.Ordinal).ThenBy(r => r.Entry.Id, StringComparer.Ordinal)
            .Take(options.Limit)
            .ToList();
    }

    /// <summary>The name score of two names on their own, without qualifiers, weighted by this index's token rarities.</summary>
    public double NameScore(string query, string listed)
    {
        var q = NameParser.Parse(query);
        var n = NameParser.Parse(listed);
        if (q.IsEmpty || n.IsEmpty) return 0;
        return NameComparison.Compare(q.Tokens, q.Tokens.Select(index.Weight).ToArray(), n.Tokens, n.Tokens.Select(index.Weight).ToArray()).Score;
    }

    private sealed record Scored(IndexedEntry Entry, BestName Best, double Score, Ambiguity Ambiguous, IReadOnlyList<QualifierEffect> Qualifiers);

    private sealed record BestName(int EntryIndex, int NameId, NameComparison Comparison, double NameScore);

    /// <summary>The names that share the most rare keys with the query: postings read rarest word first, a key held by
    /// a twentieth of all names (a neighbouring key by 1,000) skipped once rarer keys have found candidates, each key
    /// counting no more than its own rarity; a rare or unknown Latin word also brings the names of the listed words
    /// one edit from it (ADR-005, addendum). A query in Latin letters skips the
    /// entries' names in their original script: every listed entry also has a Latin name, which is what it means.</summary>
    private List<int> CandidateNameIds(ParsedName parsed, double[] weights, bool latinOnly)
    {
        var scratch = ScratchFor(index);
        var common = Math.Max(5000, index.NameCount / 20);
        Span<int> order = stackalloc int[parsed.Tokens.Count];
        RarestFirst(weights, order);
        foreach (var tokenIndex in order)
        {
            var token = parsed.Tokens[tokenIndex];
            var stamp = scratch.NextStamp();
            var weight = (float)weights[tokenIndex];
            var spelling = latinOnly && token.Script == NameScript.Latin && !token.Optional;
            // A word far rarer than its key: the names spelling it so get its whole weight, not the key's.
            if (spelling && index.SpellingNeighbours.IdOf(token.Text) is >= 0 and var own
                && 2 * index.SpellingNeighbours.Names(own).Length <= index.DocumentFrequency(token.Key))
                Accumulate(scratch, index.SpellingNeighbours.Names(own), Math.Min(weight, index.SpellingNeighbours.Weight(own)), stamp);
            foreach (var key in token.Keys)
            {
                var keyId = index.KeyId(key);
                if (keyId >= 0)
                {
                    AddKey(scratch, keyId, weight, 1, stamp, common, latinOnly);
                    foreach (var neighbour in index.NeighbourKeys(keyId))
                        AddKey(scratch, neighbour, weight, NeighbourKeyFactor, stamp, NeighbourCommon, latinOnly);
                }
                else
                    foreach (var neighbour in index.Neighbours(key))
                        AddKey(scratch, neighbour, weight, NeighbourKeyFactor, stamp, NeighbourCommon, latinOnly);
            }
            if (spelling && index.HeldBy(token) <= RareWord)
                AddSpellingNeighbours(scratch, token, weight, stamp, common);
        }

        if (!latinOnly)
        {
            AddJoinedWords(scratch, parsed, weights, common);
            AddRunTogetherWords(scratch, parsed, weights, common);
        }

        var wanted = latinOnly ? CandidateNames : CandidateNamesAcrossScripts;
        // Initials pair only with the same letters written in Latin: a query with no Latin word can never meet them.
        var noLatin = parsed.Tokens.All(t => t.Script != NameScript.Latin);
        var top = new PriorityQueue<int, float>(wanted + 1);
        foreach (var nameId in scratch.Touched)
        {
            if (noLatin && index.Name(nameId).Initials)
            {
                scratch.Tally[nameId].Accumulated = 0;
                continue;
            }
            // Among names sharing the same keys, shorter ones first: a one-word name the query spells out (an
            // organisation's initials) must not lose its place to longer names that merely hold that key.
            ref var tally = ref scratch.Tally[nameId];
            var priority = tally.Accumulated - ShorterFirst * index.NameLength(nameId);
            tally.Accumulated = 0;
            if (top.Count == wanted && top.TryPeek(out _, out var lowest) && priority <= lowest) continue;
            top.Enqueue(nameId, priority);
            if (top.Count > wanted) top.Dequeue();
        }
        scratch.Touched.Clear();
        var ids = new List<int>(top.Count);
        while (top.TryDequeue(out var id, out _)) ids.Add(id);
        return ids;
    }

    /// <summary>The query words' places, heaviest (rarest) first, words of equal weight in written order.</summary>
    private static void RarestFirst(double[] weights, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            for (; j > 0 && weights[order[j - 1]] < weights[i]; j--) order[j] = order[j - 1];
            order[j] = i;
        }
    }

    /// <summary>Two adjacent query words in another script that may be one name written apart (<see
    /// cref="TokenSimilarity.MayBeJoined"/>): the names holding the keys of the model's likeliest renderings of the two
    /// written together, other than the words' own keys, each gaining what the two words weigh together (up to the key's
    /// rarity), since one listed word then stands for both.</summary>
    private void AddJoinedWords(Scratch scratch, ParsedName parsed, double[] weights, int common)
    {
        for (var i = 0; i + 1 < parsed.Tokens.Count; i++)
        {
            var (first, second) = (parsed.Tokens[i], parsed.Tokens[i + 1]);
            if (!TokenSimilarity.MayBeJoined(first, second)) continue;
            var stamp = scratch.NextStamp();
            var weight = (float)(weights[i] + weights[i + 1]);
            foreach (var key in NameParser.RenderingKeysOf(first.Source + second.Source))
                if (!first.Keys.Contains(key) && !second.Keys.Contains(key) && index.KeyId(key) is >= 0 and var keyId)
                    AddKey(scratch, keyId, weight, 1, stamp, common, latinOnly: false);
        }
    }

    /// <summary>A query word in Arabic script that may be two names run together (<see cref="TokenSimilarity.RunTogether"/>):
    /// for each place a missing space would not show, the names holding the keys of the likeliest renderings of each
    /// part, each part gaining up to half the word's weight, so that a name holding both parts gains what the word
    /// weighs and the word's own keys keep their lead.</summary>
    private void AddRunTogetherWords(Scratch scratch, ParsedName parsed, double[] weights, int common)
    {
        for (var i = 0; i < parsed.Tokens.Count; i++)
        {
            var token = parsed.Tokens[i];
            if (token.Optional || token.Script != NameScript.Arabic || token.Source is not { Length: >= 2 * TokenSimilarity.RunTogetherPart } source) continue;
            foreach (var cut in ArabicScript.RunTogetherCuts(source, TokenSimilarity.RunTogetherPart))
            {
                foreach (var part in (ReadOnlySpan<string>)[source[..cut], source[cut..]])
                {
                    var stamp = scratch.NextStamp();
                    foreach (var key in NameParser.RenderingKeysOf(part))
                        if (!token.Keys.Contains(key) && index.KeyId(key) is >= 0 and var keyId)
                            AddKey(scratch, keyId, (float)weights[i], RunTogetherPartFactor, stamp, common, latinOnly: false);
                }
            }
        }
    }

    /// <summary>A query word the index does not hold, or holds in a few names only: the names holding listed words one
    /// edit from it, which its keys may not reach (<see cref="SpellingNeighbours"/>).</summary>
    private void AddSpellingNeighbours(Scratch scratch, NameToken token, float weight, int stamp, int common)
    {
        scratch.Neighbours.Clear();
        index.SpellingNeighbours.Find(token.Text, scratch.Neighbours);
        foreach (var id in scratch.Neighbours)
        {
            var names = index.SpellingNeighbours.Names(id);
            if (names.Length > common && scratch.Touched.Count > 0) continue;
            Accumulate(scratch, names, Math.Min(weight, index.SpellingNeighbours.Weight(id)) * NeighbourKeyFactor, stamp);
        }
    }

    /// <summary>The names holding a key, each gaining the query word's weight, but never more than the key's own
    /// rarity, times <paramref name="factor"/>; a key held by more than <paramref name="common"/> names is passed
    /// over once rarer keys have found candidates.</summary>
    private void AddKey(Scratch scratch, int keyId, float weight, float factor, int stamp, int common, bool latinOnly)
    {
        var names = latinOnly ? index.LatinPostings(keyId) : index.Postings(keyId);
        if (names.Length > common && scratch.Touched.Count > 0) return;
        Accumulate(scratch, names, Math.Min(weight, index.KeyWeight(keyId)) * factor, stamp);
    }

    /// <summary>Adds a gain to each name of a posting list not yet met by this query word.</summary>
    private static void Accumulate(Scratch scratch, int[] names, float gain, int stamp)
    {
        var tallies = scratch.Tally;
        var touched = scratch.Touched;
        foreach (var nameId in names)
        {
            ref var tally = ref tallies[nameId];
            if (tally.Stamp == stamp) continue;
            tally.Stamp = stamp;
            if (tally.Accumulated == 0) touched.Add(nameId);
            tally.Accumulated += gain;
        }
    }

    /// <summary>The best-scoring name of each candidate entry, in the order the entries were first met. Each list token
    /// is compared with the query's tokens once per query, however many candidate names hold it. With <paramref
    /// name="containment"/> (a part of a long query) a name scores its own coverage, the query's other words aside.</summary>
    private List<BestName> BestEntries(ParsedName parsed, double[] weights, List<int> nameIds, string[] letters, bool containment)
    {
        var scratch = ScratchFor(index);
        var stamp = scratch.NextQuery();
        var queryCount = parsed.Tokens.Count;
        var best = scratch.BestByEntry;
        var entries = new List<int>(nameIds.Count);
        var similarities = scratch.Pairs;
        try
        {
            foreach (var nameId in nameIds)
            {
                var name = index.Name(nameId);
                var tokens = index.NameTokens(nameId);
                var pairs = similarities.AsSpan(0, queryCount * tokens.Length);
                for (var i = 0; i < tokens.Length; i++)
                {
                    if (tokens[i].Optional)
                    {
                        for (var q = 0; q < queryCount; q++) pairs[q * tokens.Length + i] = null;
                        continue;
                    }
                    var known = scratch.Similarities(name.TokenIds[i], stamp, queryCount, out var fresh);
                    if (fresh)
                        for (var q = 0; q < queryCount; q++) known[q] = TokenSimilarity.Compare(parsed.Tokens[q], tokens[i]);
                    for (var q = 0; q < queryCount; q++) pairs[q * tokens.Length + i] = known[q];
                }
                var comparison = NameComparison.Compare(parsed.Tokens, weights, tokens, index.NameWeights(nameId), pairs);
                if (containment)
                    comparison = comparison with { Score = comparison.ListCoverage * (comparison.Conflict is null ? 1 : NameComparison.ConflictFactor) };
                if (letters.Length > 0 && !name.Initials && name.Kind != NameKind.OriginalScript && comparison.Score < OneSlipBelow
                    && OneSlip(letters, index.NameLetters(nameId)) is { } slip)
                    comparison = WrittenSlip.Compare(parsed.Tokens, tokens, comparison, slip);
                if (comparison.Pairs.Count == 0 || (name.Initials && comparison.Pairs.Any(p => p.Similarity.How != TokenMatchKind.Exact))) continue;
                if (index.Entry(name.EntryIndex).Schema != EntrySchema.Person) comparison = TitleAsWord(parsed, tokens, comparison);
                var score = comparison.Score * (name.Kind == NameKind.WeakAlias ? WeakAliasFactor : 1);
                var current = best[name.EntryIndex];
                if (current is null) entries.Add(name.EntryIndex);
                if (current is null || score > current.NameScore)
                    best[name.EntryIndex] = new BestName(name.EntryIndex, nameId, comparison, score);
            }
            var found = new List<BestName>(entries.Count);
            foreach (var entryIndex in entries) found.Add(best[entryIndex]!);
            return found;
        }
        finally
        {
            foreach (var entryIndex in entries) best[entryIndex] = null;
        }
    }

    /// <summary>Token comparisons scoring this or more are left as they are: a written slip could not do better.</summary>
    private const double OneSlipBelow = 0.95;

    /// <summary>The similarity of a query written as the list name with one slip (<see cref="WrittenSlip"/>), or null.</summary>
    private static TokenSimilarity? OneSlip(string[] query, string[] listed)
    {
        foreach (var asked in query)
            foreach (var form in listed)
                if (WrittenSlip.IsOneSlip(asked, form)) return WrittenSlip.Similarity(asked, form);
        return null;
    }

    /// <summary>Against an organisation, a title in the query is a word of its name (<c>Kataib Sayyid al-Shuhada</c>):
    /// it still never pairs, but left over while the organisation's name keeps a word of its own it is a conflict.</summary>
    private static NameComparison TitleAsWord(ParsedName parsed, NameToken[] listed, NameComparison comparison)
    {
        if (comparison.Conflict is not null) return comparison;
        var title = parsed.Tokens.FirstOrDefault(t => t.Optional);
        var own = listed.Where((t, i) => !t.Optional && comparison.Pairs.All(p => p.ListToken != i)).FirstOrDefault();
        if (title is null || own is null) return comparison;
        return comparison with
        {
            Score = comparison.Score * NameComparison.ConflictFactor,
            Conflict = $"'{title.Original}' (a word of the organisation's name) and '{own.Original}' differ where the other words agree",
        };
    }

    /// <summary>Why a query cannot tell an entry from others on the name alone.</summary>
    private enum Ambiguity { None, OneToken, CommonTokens }

    /// <summary>Whether the query cannot tell this entry from others on the name alone: one token alone met a longer
    /// name or query, or the tokens that met carry too little information together (each pair counts the rarity of
    /// its commoner side, so a common query word meeting a rare list word counts as common).</summary>
    private Ambiguity AmbiguityOf(ParsedName parsed, double[] weights, IndexedEntry entry, BestName best)
    {
        var name = index.Name(best.NameId);
        var pairs = best.Comparison.Pairs;
        if (entry.Schema != EntrySchema.Person && IsFullName(best.Comparison)) return Ambiguity.None; // "Hamas" is Hamas
        var nameWords = name.TokenIds.Length - System.Numerics.BitOperations.PopCount((uint)name.OptionalMask);
        if (pairs.Count == 1 && (nameWords > 1 || parsed.Tokens.Count(t => !t.Optional) > 1)) return Ambiguity.OneToken;
        // A one-word name written as a compound (Sadruddin, Abdullah) met by a longer query is one word alone too.
        if (nameWords > 1 && CompoundWords.Count(index.NameTokens(best.NameId)) == 1 && CompoundWords.Count(parsed.Tokens) > 1) return Ambiguity.OneToken;
        // A Latin word no listed name holds (a typo) is weighed by the list word it met: its own weight comes from
        // blocking keys only. A word from another script is weighed by the list word's sound, not its spelling: a
        // rare spelling of a common name (AHMED for أحمد) tells no more than the name does.
        double information = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            if (PairedBefore(pairs, i)) continue; // a list word two query words were joined to tells once
            var query = parsed.Tokens[p.QueryToken];
            var listed = name.TokenIds[p.ListToken];
            var listedToken = index.Token(listed);
            information += query.Script != listedToken.Script
                ? SoundAndSpelling(index.TokenWeight(listed), index.KeyWeight(index.KeyId(listedToken.Key)))
                : query.Script != NameScript.Latin || index.HeldBy(query) > 0
                    ? Math.Min(weights[p.QueryToken], index.TokenWeight(listed))
                    : index.TokenWeight(listed);
        }
        information += SharedTitles(parsed, name);
        return information >= index.DecisiveInformation ? Ambiguity.None : Ambiguity.CommonTokens;
    }

    /// <summary>Whether the list word of pair <paramref name="i"/> was paired by an earlier pair too.</summary>
    private static bool PairedBefore(IReadOnlyList<TokenPair> pairs, int i)
    {
        for (var j = 0; j < i; j++)
            if (pairs[j].ListToken == pairs[i].ListToken) return true;
        return false;
    }

    /// <summary>What a list word met across scripts tells: halfway (in log frequency) between the rarity of its
    /// spelling, which overstates it (the query could have been rendered any way), and of its consonant key, which
    /// understates it (a key joins unrelated names: Jalen, Julian, Jillian).</summary>
    private static double SoundAndSpelling(double spelling, double sound) => Math.Min(spelling, (spelling + sound) / 2);

    /// <summary>The reason an ambiguous result is ambiguous, in words, for its explanation.</summary>
    private string? Describe(Ambiguity ambiguity, ParsedName parsed, BestName best)
    {
        var name = index.Name(best.NameId);
        var pairs = best.Comparison.Pairs;
        if (ambiguity == Ambiguity.OneToken)
            return $"one token alone ('{parsed.Tokens[pairs[0].QueryToken].Original}') met the name '{name.Text}'";
        if (ambiguity == Ambiguity.None) return null;
        var common = pairs.Select(p => name.TokenIds[p.ListToken]).Distinct()
            .Select(id => $"'{index.Token(id).Text}' is in {index.TokenFrequency(id):N0} names");
        return $"only common tokens were met ({string.Join(", ", common)})";
    }

    /// <summary>Titles both names carry (<c>MAULAWI RAJAB</c> for <c>Maulawi Rajab</c>) confirm a name whose other words
    /// all met: they add the weight of the title, though they never pair or make a candidate.</summary>
    private double SharedTitles(ParsedName parsed, IndexedName name)
    {
        if (name.OptionalMask == 0 || parsed.Tokens.Count(t => !t.Optional) != name.TokenIds.Length - System.Numerics.BitOperations.PopCount((uint)name.OptionalMask)) return 0;
        double shared = 0;
        for (var i = 0; i < name.TokenIds.Length; i++)
            if ((name.OptionalMask >> i & 1) == 1 && parsed.Tokens.Any(t => t.Optional && t.Text == index.Token(name.TokenIds[i]).Text))
                shared += index.TokenWeight(name.TokenIds[i]);
        return shared;
    }

    /// <summary>Every word of the query and of the list name met its counterpart closely: the whole name, as listed
    /// or transliterated. For an organisation that is a match even on one common word.</summary>
    private static bool IsFullName(NameComparison comparison) =>
        comparison.Conflict is null && comparison.QueryCoverage >= FullNameCoverage && comparison.ListCoverage >= FullNameCoverage;

    private const double FullNameCoverage = 0.9;

    private Explanation Explain(ParsedName parsed, double[] weights, Scored scored)
    {
        var name = index.Name(scored.Best.NameId);
        var listTokens = Enumerable.Range(0, name.TokenIds.Length).Select(i => name.TokenAt(index, i)).ToArray();
        var pairs = scored.Best.Comparison.Pairs;
        var tokens = pairs.Select(p => new TokenExplanation(
            parsed.Tokens[p.QueryToken].Original, listTokens[p.ListToken].Original, p.Similarity.How,
            Math.Round(p.Similarity.Score, 3), Math.Round(weights[p.QueryToken], 2),
            parsed.Tokens[p.QueryToken].Key, listTokens[p.ListToken].Key)).ToList();
        var unmatchedQuery = parsed.Tokens.Where((_, i) => pairs.All(p => p.QueryToken != i)).ToList();
        var unmatchedList = listTokens.Where((_, i) => pairs.All(p => p.ListToken != i)).Where(t => !t.Optional).Select(t => t.Original).ToList();
        var ignored = parsed.Ignored.Concat(unmatchedQuery.Where(t => t.Optional).Select(t => $"{t.Original} (honorific)")).ToList();
        return new Explanation(name.Text, name.Kind, Math.Round(scored.Best.NameScore, 4), tokens,
            unmatchedQuery.Where(t => !t.Optional).Select(t => t.Original).ToList(), unmatchedList, ignored, scored.Qualifiers, Describe(scored.Ambiguous, parsed, scored.Best));
    }

    private static Scratch ScratchFor(ScreeningIndex index) =>
        t_scratch is { } s && s.Capacity >= index.NameCount && s.TokenCapacity >= index.TokenCount && s.BestByEntry.Length >= index.EntryCount
            ? s : t_scratch = new Scratch(index.NameCount, index.TokenCount, index.EntryCount);

    /// <summary>A name's tally while candidates are collected: side by side, so that adding to it reads one place.</summary>
    private struct NameTally
    {
        public int Stamp;
        public float Accumulated;
    }

    /// <summary>Per-thread arrays for candidate generation and token comparison, sized to the index and reused across
    /// queries.</summary>
    private sealed class Scratch(int capacity, int tokenCapacity, int entryCapacity)
    {
        private int _stamp;
        private int _query;
        private readonly int[] _tokenQuery = new int[tokenCapacity];
        private readonly int[] _tokenSlot = new int[tokenCapacity];
        private TokenSimilarity?[] _similarities = new TokenSimilarity?[1024];
        private int _used;
        public int Capacity { get; } = capacity;
        public int TokenCapacity { get; } = tokenCapacity;
        /// <summary>Per name, what its shared keys add up to in this query, and the query word that last added to it.</summary>
        public NameTally[] Tally { get; } = new NameTally[capacity];
        public List<int> Touched { get; } = new(1024);
        public List<int> Neighbours { get; } = new(16);

        /// <summary>The best name so far of each entry a query's candidates belong to; null again once the query is done.</summary>
        public BestName?[] BestByEntry { get; } = new BestName?[entryCapacity];

        /// <summary>One candidate name's token similarities, [query token × the name's token count + list token].</summary>
        public TokenSimilarity?[] Pairs { get; } = new TokenSimilarity?[NameParser.MaxTokens * NameParser.MaxTokens];

        public int NextStamp()
        {
            if (++_stamp == int.MaxValue)
            {
                foreach (ref var tally in Tally.AsSpan()) tally.Stamp = 0;
                _stamp = 1;
            }
            return _stamp;
        }

        /// <summary>Starts a query: the similarities kept for the previous one are forgotten.</summary>
        public int NextQuery()
        {
            if (++_query == int.MaxValue)
            {
                Array.Clear(_tokenQuery);
                _query = 1;
            }
            _used = 0;
            return _query;
        }

        /// <summary>The place for a list token's similarities to each query token in this query; <paramref name="fresh"/>
        /// says it is new and must be filled.</summary>
        public Span<TokenSimilarity?> Similarities(int tokenId, int query, int queryCount, out bool fresh)
        {
            fresh = _tokenQuery[tokenId] != query;
            if (fresh)
            {
                _tokenQuery[tokenId] = query;
                _tokenSlot[tokenId] = _used;
                if (_used + queryCount > _similarities.Length) Array.Resize(ref _similarities, 2 * (_used + queryCount));
                _used += queryCount;
            }
            return _similarities.AsSpan(_tokenSlot[tokenId], queryCount);
        }
    }
}
