using Sightline.Names;

namespace Sightline.Tests.Names;

/// <summary>The hand-written string measures against published reference values, so a change that speeds them up
/// cannot quietly change what they measure.</summary>
public sealed class StringMeasureReferenceTests
{
    /// <summary>Winkler's pairs (Winkler 1990, "String comparator metrics and enhanced decision rules in the
    /// Fellegi-Sunter model of record linkage"; the same pairs are the usual worked examples of the measure),
    /// prefix scale 0.1 over at most four letters.</summary>
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.896)]
    public void JaroWinklerMatchesPublishedValues(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
        Assert.Equal(expected, JaroWinkler.Similarity(b, a), 3);
    }

    [Theory]
    [InlineData("", "MARTHA", 0.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    [InlineData("MARTHA", "MARTHA", 1.0)]
    public void JaroWinklerEnds(string a, string b, double expected) => Assert.Equal(expected, JaroWinkler.Similarity(a, b), 6);

    /// <summary>Textbook distances: Levenshtein's kitten/sitting (3), flaw/lawn (2), and the pairs that tell the
    /// optimal-string-alignment distance from plain Levenshtein (a swap of neighbours is one edit) and from unrestricted
    /// Damerau-Levenshtein (CA → ABC is 3 edits here, 2 there, because no substring is edited twice).</summary>
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("saturday", "sunday", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abcdef", "abdcef", 1)]
    [InlineData("CA", "ABC", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void EditDistanceMatchesTextbookValues(string a, string b, int distance)
    {
        Assert.True(EditDistance.Within(a, b, distance), $"{a}/{b} should be within {distance}");
        Assert.True(EditDistance.Within(b, a, distance), $"{b}/{a} should be within {distance}");
        if (distance > 0)
        {
            Assert.False(EditDistance.Within(a, b, distance - 1), $"{a}/{b} should not be within {distance - 1}");
            Assert.False(EditDistance.Within(b, a, distance - 1), $"{b}/{a} should not be within {distance - 1}");
        }
    }

    /// <summary>The one-edit answer (found without the table) against the textbook distance on every pair of strings of
    /// up to four letters over a three-letter alphabet: changes, swaps, insertions, deletions and their combinations.</summary>
    [Fact]
    public void WithinOneEditAgreesWithTheDistanceOnEveryShortPair()
    {
        var words = new List<string> { "" };
        for (var i = 0; i < words.Count && words[i].Length < 4; i++)
            foreach (var letter in "abc") words.Add(words[i] + letter);
        Assert.Equal(121, words.Count);
        foreach (var a in words)
            foreach (var b in words)
                Assert.True(EditDistance.Within(a, b, 1) == OptimalStringAlignment(a, b) <= 1, $"{a}/{b}");
    }

    private static int OptimalStringAlignment(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
