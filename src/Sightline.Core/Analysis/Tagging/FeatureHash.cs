namespace Sightline.Analysis.Tagging;

/// <summary>64-bit hashes for features, so that a feature such as "previous word = al-khaz'ali" is a number built
/// without allocating its string (FNV-1a over the characters, finished and combined with SplitMix64).</summary>
internal static class FeatureHash
{
    /// <summary>The state before any character: <see cref="Of"/> is <c>Finished(Continue(Start, text))</c>, so a
    /// feature written in parts hashes the same as its whole string.</summary>
    public const ulong Start = 14695981039346656037UL;

    public static ulong Of(ReadOnlySpan<char> text) => Finish(Continue(Start, text));

    /// <summary>The state after <paramref name="text"/> is read from state <paramref name="hash"/>.</summary>
    public static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The hash of everything read into state <paramref name="hash"/>.</summary>
    public static ulong Finished(ulong hash) => Finish(hash);

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 1099511628211UL;
        }
        return Finish(hash);
    }

    public static ulong Combine(ulong template, ulong a) => Finish(template * 0x9E3779B97F4A7C15UL ^ a);

    public static ulong Combine(ulong template, ulong a, ulong b) => Finish(Combine(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    public static ulong Combine(ulong template, ulong a, ulong b, ulong c) => Finish(Combine(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
