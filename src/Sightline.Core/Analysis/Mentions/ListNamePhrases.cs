using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;
using Sightline.Lists.Model;
using Sightline.Names.Scripts;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Names from the lists as word sequences, found in a sentence's tokens (case, accents and apostrophes ignored):
/// organisations of two words or more for English text, and any listed name in its original script for Arabic and
/// Persian text, where Sightline finds mentions only by the lists. A name the text spells its own way is found by its
/// consonants (<c>Asaeb Ahl al-Haqq</c> for <c>ASA'IB AHL AL-HAQ</c>) when the name is long enough for that to be
/// telling; one-word organisation names (<c>ISIS</c>, <c>Hizbullah</c> for <c>HIZBALLAH</c>) are found by
/// <see cref="FindWordsIn"/>.
/// </summary>
public sealed class ListNamePhrases
{
    private const int MaxWords = 8;
    /// <summary>Phrases by their first two words (every phrase has two or more), so a common first word such as "the"
    /// does not bring hundreds of candidates to compare.</summary>
    private readonly Dictionary<(string, string), List<(string[] Words, string Type)>> byFirstWords = new();
    private readonly Dictionary<(string, string), List<(string[] Words, string Type)>> byFirstSkeletons = new();
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> wordSkeletons = new(StringComparer.Ordinal);

    /// <summary>Letters a phrase must have before its consonants alone may find it.</summary>
    private const int SkeletonLetters = 10;

    public static ListNamePhrases Empty { get; } = new();

    /// <summary>Organisation names of two or more words, in Latin script.</summary>
    public static ListNamePhrases Organizations(IEnumerable<ListEntry> entries)
    {
        var phrases = new ListNamePhrases();
        foreach (var entry in entries.Where(e => e.Schema == EntrySchema.Organization))
            foreach (var name in entry.Names)
                if (name.Kind != NameKind.OriginalScript)
                {
                    phrases.Add(name.Text, "ORG", minimumWords: 2);
                    phrases.AddWord(name.Text, "ORG");
                }
        return phrases;
    }

    /// <summary>Every name written in Arabic script, with the type of its entry.</summary>
    public static ListNamePhrases OriginalScript(IEnumerable<ListEntry> entries)
    {
        var phrases = new ListNamePhrases();
        foreach (var entry in entries)
            foreach (var name in entry.Names)
                if (name.Text.Any(ArabicScript.IsArabicLetter))
                    phrases.Add(name.Text, entry.Schema == EntrySchema.Person ? "PER" : "ORG", minimumWords: 2);
        return phrases;
    }

    /// <summary>Capitalised tokens (or an <c>al-</c> word: <c>al-Shabaab</c>) that are a one-word organisation name of the lists, as spelled there or, for words of
    /// six letters or more, with the same consonants; not a sentence's first word (capitalised whatever it is, "Both")
    /// or its first after an opening quote, unless written in capitals, and not a nationality ("Russian", "Chinese"), which some listed names are.</summary>
    public List<EntitySpan> FindWordsIn(IReadOnlyList<TextToken> tokens)
    {
        var found = new List<EntitySpan>();
        if (words.Count == 0) return found;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            var opening = Enumerable.Range(0, i).All(k => !tokens[k].Text.Any(char.IsLetterOrDigit)); // '"Both sides …' opens the sentence too
            var article = text.Length > 3 && text[0] is 'a' or 'e' && text[1] == 'l' && text[2] == '-' && char.IsUpper(text[3]); // "al-Shabaab"
            if (text.Length < 4 || !char.IsUpper(text[0]) && !article || opening && !text.All(char.IsUpper) && !article) continue;
            if (text.EndsWith("ian", StringComparison.Ordinal) || text.EndsWith("ese", StringComparison.Ordinal) || text.EndsWith("ish", StringComparison.Ordinal) || text.EndsWith("ean", StringComparison.Ordinal)) continue;
            var key = Key(text);
            if (words.TryGetValue(key, out var type) || !article && key.Length >= 6 && wordSkeletons.TryGetValue(Skeleton(key), out type))
                found.Add(new EntitySpan(i, i + 1, type));
        }
        return found;
    }

    public List<EntitySpan> FindIn(IReadOnlyList<TextToken> tokens)
    {
        if (byFirstWords.Count == 0) return [];
        var keys = new string[tokens.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = Key(tokens[i].Text);
        var exact = Find(keys, byFirstWords);
        if (byFirstSkeletons.Count == 0) return exact;
        var skeletons = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++) skeletons[i] = keys[i].Length >= 3 ? Skeleton(keys[i]) : "\0"; // short words ("an") never match by consonants
        var spelled = Find(skeletons, byFirstSkeletons);
        return [.. exact, .. spelled.Where(s => !exact.Any(e => e.Start < s.End && s.Start < e.End))];
    }

    /// <summary>The longest phrase starting at each word of <paramref name="words"/> (the tokens' keys), left to right.</summary>
    private static List<EntitySpan> Find(string[] words, Dictionary<(string, string), List<(string[] Words, string Type)>> byFirstWords)
    {
        var found = new List<EntitySpan>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!byFirstWords.TryGetValue((words[i], words[i + 1]), out var candidates)) continue;
            (string[] Words, string Type) best = default;
            foreach (var c in candidates)
                if (c.Words.Length <= words.Length - i && (best.Words is null || c.Words.Length > best.Words.Length) && c.Words.AsSpan().SequenceEqual(words.AsSpan(i, c.Words.Length)))
                    best = c;
            if (best.Words is null) continue;
            found.Add(new EntitySpan(i, i + best.Words.Length, best.Type!));
            i += best.Words.Length - 1;
        }
        return found;
    }

    private void Add(string name, string type, int minimumWords)
    {
        var words = Tokenizer.Tokenize(name).Select(t => Key(t.Text)).Where(w => w.Length > 0).ToArray();
        if (words.Length < Math.Max(2, minimumWords) || words.Length > MaxWords) return;
        Index(byFirstWords, words, type);
        if (words.Sum(w => w.Length) >= SkeletonLetters && words.All(w => w.Length >= 3 && !w.Any(ArabicScript.IsArabicLetter)))
            Index(byFirstSkeletons, words.Select(Skeleton).ToArray(), type);
    }

    private static void Index(Dictionary<(string, string), List<(string[] Words, string Type)>> byFirstWords, string[] words, string type)
    {
        if (!byFirstWords.TryGetValue((words[0], words[1]), out var list)) byFirstWords[(words[0], words[1])] = list = [];
        if (!list.Any(p => p.Words.AsSpan().SequenceEqual(words))) list.Add((words, type));
    }

    /// <summary>A one-word name of four letters or more (digits alone are no name).</summary>
    private void AddWord(string name, string type)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 2 && Key(tokens[0].Text) == "the") tokens.RemoveAt(0); // "THE HOUTHIS" is named "Houthis" too
        if (tokens.Count != 1) return;
        var key = Key(tokens[0].Text);
        if (key.Length < 4 || !key.Any(char.IsLetter)) return;
        words.TryAdd(key, type);
        if (key.Length >= 6) wordSkeletons.TryAdd(Skeleton(key), type);
    }

    /// <summary>A folded word's consonants, each written once: <c>hizbullah</c> and <c>hizballah</c> are <c>hzblh</c>.</summary>
    private static string Skeleton(string folded)
    {
        var letters = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y') && (letters.Length == 0 || letters[^1] != c)) letters.Append(c);
        return letters.ToString();
    }

    private static string Key(string word) =>
        word.Any(ArabicScript.IsArabicLetter) ? ArabicScript.Normalize(word) : LatinFolding.Fold(word); // Fold keeps letters and digits only
}
