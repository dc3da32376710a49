using Sightline.Names;

namespace Sightline.Knowledge;

/// <summary>
/// The comparable form of a name: its tokens folded to lower-case Latin, particles and honorifics set aside
/// (<c>Qais Al-Khaz'ali</c> → <c>qais khazali</c>). Equal forms name the same bearer as far as spelling can tell.
/// </summary>
public static class NameNorm
{
    public static string Of(string name) => Of(NameParser.Parse(name));

    public static string Of(ParsedName parsed) => string.Join(' ', parsed.Tokens.Select(t => t.Text));

    /// <summary>The main phonetic key of each token: what a name is looked up by.</summary>
    public static IEnumerable<string> Keys(ParsedName parsed) => parsed.Tokens.Select(t => t.Key).Distinct(StringComparer.Ordinal);
}
