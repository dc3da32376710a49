namespace Sightline.Analysis.Text;

/// <summary>Words that keep their full stop (<c>Gen.</c>, <c>St.</c>, <c>No.</c>), and which of them never end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and other abbreviations that stand before a name or number, so a sentence never ends on them.</summary>
    private static readonly HashSet<string> BeforeName = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sec", "Mt", "Ft", "No", "Nos", "Art", "Para", "Vol", "pp", "p", "Fig",
    };

    /// <summary>Abbreviations that may also end a sentence.</summary>
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "approx", "est", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "al", "cf", "ca", "ie", "eg",
    };

    /// <summary>Whether <paramref name="word"/> (without its full stop) keeps the stop: a known abbreviation,
    /// a single letter (an initial) or letters joined by stops (<c>U.S</c>, <c>E.O</c>).</summary>
    public static bool KeepsStop(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1) return char.IsLetter(word[0]);
        if (IsDottedLetters(word)) return true;
        var lookup = BeforeName.GetAlternateLookup<ReadOnlySpan<char>>();
        var other = Other.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || other.Contains(word);
    }

    /// <summary>Whether a token ending in a stop can never end a sentence (a title, an initial, <c>No.</c>).</summary>
    public static bool NeverEndsSentence(string token)
    {
        if (!token.EndsWith('.')) return false;
        var word = token.AsSpan(0, token.Length - 1);
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return BeforeName.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        // U.S, E.O, U.N, i.e: letter (. letter)+
        if (word.Length < 3) return false;
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return word.Length % 2 == 1;
    }
}
