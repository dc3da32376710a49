namespace Sightline.Screening.Evaluation;

/// <summary>
/// Seeded variants of a listed name, as a searcher or a report writes them: a typing error, a dropped part, the
/// parts swapped, and OFAC's <c>LAST, First</c>. The same seed gives the same variants, so figures reproduce.
/// </summary>
public sealed class NameVariants(int seed)
{
    private readonly Random _random = new(seed);

    public static readonly string[] Kinds = ["as listed", "typo", "dropped part", "swapped parts", "LAST, First"];

    /// <summary>The variant of the given kind, or null when the name is too short for it.</summary>
    public string? Make(string name, string kind)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (kind)
        {
            case "as listed": return name;
            case "typo": return Typo(words);
            case "dropped part":
                if (words.Length < 3) return null;
                var drop = 1 + _random.Next(words.Length - 1);
                return string.Join(' ', words.Where((_, i) => i != drop));
            case "swapped parts":
                if (words.Length < 2) return null;
                return string.Join(' ', words.Reverse());
            case "LAST, First":
                if (words.Length < 2) return null;
                return $"{words[^1]}, {string.Join(' ', words[..^1])}";
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>One random edit (substitution, deletion, insertion or transposition) inside a word of four letters or
    /// more, never on its first letter.</summary>
    private string? Typo(string[] words)
    {
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4).ToArray();
        if (candidates.Length == 0) return null;
        var index = candidates[_random.Next(candidates.Length)];
        var word = words[index].ToCharArray().ToList();
        var at = 1 + _random.Next(word.Count - 1);
        var letter = (char)((char.IsUpper(word[0]) ? 'A' : 'a') + _random.Next(26));
        switch (_random.Next(4))
        {
            case 0: word[at] = letter; break;
            case 1: word.RemoveAt(at); break;
            case 2: word.Insert(at, letter); break;
            default:
                if (at + 1 < word.Count) (word[at], word[at + 1]) = (word[at + 1], word[at]);
                else word[at] = letter;
                break;
        }
        var copy = (string[])words.Clone();
        copy[index] = new string(word.ToArray());
        return string.Join(' ', copy);
    }
}
