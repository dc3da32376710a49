namespace Sightline.Names;

/// <summary>Optimal-string-alignment distance (Levenshtein with adjacent transpositions), bounded: it answers
/// whether two short strings are within a few edits, giving up as soon as they are not.</summary>
public static class EditDistance
{
    public static bool Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits) return false;
        if (a.Length > 64 || b.Length > 64) return a.SequenceEqual(b);
        if (maxEdits == 1) return WithinOne(a, b);
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > maxEdits) return false;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length] <= maxEdits;
    }

    /// <summary>Within one edit, for strings at most one letter apart in length, without the table: equal, or equal
    /// after the first difference but for one letter changed, two neighbours swapped, or one letter more on the
    /// longer side.</summary>
    private static bool WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var shorter = a.Length <= b.Length ? a : b;
        var longer = a.Length <= b.Length ? b : a;
        var first = shorter.CommonPrefixLength(longer);
        if (first == shorter.Length) return true;
        if (shorter.Length < longer.Length) return shorter[first..].SequenceEqual(longer[(first + 1)..]);
        if (shorter[(first + 1)..].SequenceEqual(longer[(first + 1)..])) return true;
        return first + 1 < shorter.Length && shorter[first] == longer[first + 1] && shorter[first + 1] == longer[first]
            && shorter[(first + 2)..].SequenceEqual(longer[(first + 2)..]);
    }
}
