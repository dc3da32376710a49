namespace Sightline.Analysis.Tagging;

/// <summary>64-bit hashes for features, so that a feature such as "previous word = al-khaz'ali" is a number built
/// without allocating its string (FNV-1a over the characters, finished and combined with SplitMix64).</summary>
internal static class FeatureHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return Finish(hash);
    }

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
