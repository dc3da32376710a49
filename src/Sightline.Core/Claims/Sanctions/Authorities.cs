using System.Text.RegularExpressions;

namespace Sightline.Claims.Sanctions;

/// <summary>The sanctioning authorities a sentence names, normalised: <c>US Treasury OFAC</c>, <c>US Treasury</c>,
/// <c>US State Department</c>, <c>US</c>, <c>UN</c>, <c>EU</c>, <c>UK</c>.</summary>
internal static partial class Authorities
{
    private static readonly (Regex Pattern, string Name)[] Known =
    [
        (Ofac(), "US Treasury OFAC"),
        (Treasury(), "US Treasury"),
        (StateDepartment(), "US State Department"),
        (UnitedStates(), "US"),
        (UnitedNations(), "UN"),
        (EuropeanUnion(), "EU"),
        (UnitedKingdom(), "UK"),
    ];

    [GeneratedRegex(@"\bOFAC\b|\bOffice\s+of\s+Foreign\s+Assets\s+Control\b")]
    private static partial Regex Ofac();

    [GeneratedRegex(@"\bTreasury\b")]
    private static partial Regex Treasury();

    [GeneratedRegex(@"\bState\s+Department\b|\bDepartment\s+of\s+State\b")]
    private static partial Regex StateDepartment();

    [GeneratedRegex(@"\bU\.S\.|\bUS\b|\bUnited\s+States\b|\bWashington\b|\bAmerican\b|\bAmerica\b")]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"\bUN\s+Security\s+Council\b|\bSecurity\s+Council\b|\bUnited\s+Nations\b|\bUN\b")]
    private static partial Regex UnitedNations();

    [GeneratedRegex(@"\bEuropean\s+Union\b|\bEU\b")]
    private static partial Regex EuropeanUnion();

    [GeneratedRegex(@"\bUnited\s+Kingdom\b|\bUK\b|\bBritain\b|\bBritish\b|\bU\.K\.")]
    private static partial Regex UnitedKingdom();

    /// <summary>True when <paramref name="name"/> names an authority (so it is never the target of a statement).</summary>
    public static bool IsAuthority(string name) => Known.Any(k => k.Pattern.IsMatch(name));

    /// <summary>The authority named nearest to offset <paramref name="at"/> of <paramref name="sentence"/>; a US body
    /// (Treasury, OFAC) named anywhere in the sentence refines a plain "US".</summary>
    public static string? Nearest(string sentence, int at)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var (pattern, name) in Known)
            foreach (Match m in pattern.Matches(sentence))
            {
                var d = Math.Abs(m.Index - at);
                if (d < distance) (best, distance) = (name, d);
            }
        if (best == "US")
            foreach (var (pattern, name) in Known.Take(3))
                if (pattern.IsMatch(sentence)) return name;
        return best;
    }
}
