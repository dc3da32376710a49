using Sightline.Lists.Model;
using Sightline.Names;

namespace Sightline.Screening;

/// <summary>
/// Entries on different lists that are one party (ADR-047): the same kind of party, bearing a name that identifies one
/// entry on each list — two words or more, not a weak alias or initials, rare enough to decide a match alone
/// (<see cref="ScreeningIndex.DecisiveInformation"/>), the same words in any order — with no birth years that
/// disagree. OFAC often lists a UN-listed person under an alias only (a nom de guerre); a match on the UN entry is then
/// a match on the OFAC entry too, which the name screened may share no word with.
/// </summary>
internal static class SameParties
{
    /// <summary>One entry's same party on another list, and the name both entries give, as the other list writes it.</summary>
    internal readonly record struct Twin(int EntryIndex, string SharedName);

    /// <summary>Birth years this far apart still agree: lists round and disagree by a year.</summary>
    private const int BirthYearTolerance = 1;

    /// <summary>Each entry's same parties on other lists (an empty array for most).</summary>
    public static Twin[][] Find(ScreeningIndex index)
    {
        var bySignature = new Dictionary<string, List<(int Entry, int Name)>>(StringComparer.Ordinal);
        var words = new List<int>();
        for (var nameId = 0; nameId < index.NameCount; nameId++)
        {
            var name = index.Name(nameId);
            if (name.Initials || name.Kind == NameKind.WeakAlias) continue;
            words.Clear();
            for (var i = 0; i < name.TokenIds.Length; i++)
                if ((name.OptionalMask >> i & 1) == 0) words.Add(name.TokenIds[i]);
            if (words.Count < 2 || words.Sum(index.TokenWeight) < index.DecisiveInformation) continue;
            var signature = string.Join(' ', words.Select(id => index.Token(id).Text).Order(StringComparer.Ordinal));
            if (!bySignature.TryGetValue(signature, out var holders)) bySignature[signature] = holders = [];
            if (holders.Count == 0 || holders[^1].Entry != name.EntryIndex) holders.Add((name.EntryIndex, nameId));
        }

        var twins = new List<Twin>?[index.EntryCount];
        foreach (var holders in bySignature.Values)
        {
            if (holders.Count < 2) continue;
            // A name two entries of one list bear identifies neither of them.
            if (holders.Select(h => index.Entry(h.Entry).List).Distinct(StringComparer.Ordinal).Count() != holders.Count) continue;
            foreach (var (a, aName) in holders)
                foreach (var (b, _) in holders)
                    if (a != b && Agree(index.Entry(a), index.Entry(b)) && twins[b]?.Any(t => t.EntryIndex == a) != true)
                        (twins[b] ??= []).Add(new Twin(a, index.Name(aName).Text));
        }
        return twins.Select(t => t?.ToArray() ?? []).ToArray();
    }

    /// <summary>The same kind of party, and birth years that overlap (within a year) when both entries give some.</summary>
    private static bool Agree(IndexedEntry a, IndexedEntry b)
    {
        if (a.Schema != b.Schema) return false;
        if (a.BirthDates.Count == 0 || b.BirthDates.Count == 0) return true;
        return a.BirthDates.Any(x => b.BirthDates.Any(y =>
            x.From.Year <= (y.To ?? y.From).Year + BirthYearTolerance && y.From.Year <= (x.To ?? x.From).Year + BirthYearTolerance));
    }
}
