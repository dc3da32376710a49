using Sightline.Lists.Model;
using Sightline.Names;

namespace Sightline.Screening.Evaluation;

/// <summary>An Arabic-script name and the OFAC entry, written only in Latin letters, of the same person.</summary>
/// <param name="HoldsPrimaryName">The OFAC entry carries the UN entry's primary name, which the original-script name
/// writes; otherwise the two entries share only an alias, and the original-script name may be another name altogether.</param>
public sealed record CrossScriptPair(string ArabicName, string UnId, string List, string ListId, bool HeldOut, bool Person, bool HoldsPrimaryName);

/// <summary>
/// Builds Arabic-script → Latin-only pairs: each UN entry's original-script name, joined to the OFAC entries that
/// carry one of the UN entry's strong Latin names (same tokens, any order; weak aliases such as <c>Abu Ali</c> join nobody). A hash of the UN reference number puts each
/// pair in the tuning half or the held-out half, so the figures reported on the held-out half were not tuned on.
/// </summary>
public static class CrossScriptPairs
{
    public static IReadOnlyList<CrossScriptPair> Build(IReadOnlyList<ListEntry> entries)
    {
        var latinOnly = new Dictionary<string, List<ListEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.List.StartsWith("us_ofac", StringComparison.Ordinal)))
            foreach (var name in entry.Names.Where(IsStrong))
                if (Signature(name.Text) is { } signature)
                    (latinOnly.TryGetValue(signature, out var list) ? list : latinOnly[signature] = []).Add(entry);

        var pairs = new List<CrossScriptPair>();
        foreach (var un in entries.Where(e => e.List.StartsWith("un_", StringComparison.Ordinal)))
        {
            var arabic = un.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript && ArabicNegatives.IsArabicScript(n.Text));
            if (arabic is null) continue;
            var targets = un.Names.Where(IsStrong).Select(n => Signature(n.Text)).OfType<string>()
                .SelectMany(s => latinOnly.GetValueOrDefault(s) ?? []).DistinctBy(e => (e.List, e.Id));
            var primary = Signature(un.Name);
            foreach (var target in targets)
                pairs.Add(new CrossScriptPair(arabic.Text, un.Id, target.List, target.Id, HeldOut: StableHash(un.Id) % 2 == 1, Person: un.Schema == EntrySchema.Person,
                    HoldsPrimaryName: primary is not null && target.Names.Any(n => Signature(n.Text) == primary)));
        }
        return pairs;
    }

    /// <summary>A name that identifies its entry on its own: not a weak alias, and of two tokens or more.</summary>
    private static bool IsStrong(EntryName name) =>
        name.Kind is NameKind.Primary or NameKind.Alias or NameKind.FormerName or NameKind.NewName && NameParser.Parse(name.Text).Tokens.Count >= 2;

    /// <summary>The name's token texts in sorted order: equal for the same name in any order or punctuation.</summary>
    public static string? Signature(string name)
    {
        var parsed = NameParser.Parse(name);
        return parsed.IsEmpty ? null : string.Join(' ', parsed.Tokens.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    /// <summary>FNV-1a over the id's characters: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
