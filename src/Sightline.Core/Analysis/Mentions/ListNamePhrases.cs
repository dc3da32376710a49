using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;
using Sightline.Lists.Model;
using Sightline.Names.Scripts;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// Names from the lists as word sequences, found in a sentence's tokens (case, accents and apostrophes ignored):
/// organisations of two words or more for English text, and any listed name in its original script for Arabic and
/// Persian text, where Sightline finds mentions only by the lists.
/// </summary>
public sealed class ListNamePhrases
{
    private const int MaxWords = 8;
    /// <summary>Phrases by their first two words (every phrase has two or more), so a common first word such as "the"
    /// does not bring hundreds of candidates to compare.</summary>
    private readonly Dictionary<(string, string), List<(string[] Words, string Type)>> byFirstWords = new();

    public static ListNamePhrases Empty { get; } = new();

    /// <summary>Organisation names of two or more words, in Latin script.</summary>
    public static ListNamePhrases Organizations(IEnumerable<ListEntry> entries)
    {
        var phrases = new ListNamePhrases();
        foreach (var entry in entries.Where(e => e.Schema == EntrySchema.Organization))
            foreach (var name in entry.Names)
                if (name.Kind != NameKind.OriginalScript) phrases.Add(name.Text, "ORG", minimumWords: 2);
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

    public List<EntitySpan> FindIn(IReadOnlyList<TextToken> tokens)
    {
        var found = new List<EntitySpan>();
        if (byFirstWords.Count == 0) return found;
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = Key(tokens[i].Text);
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
        if (!byFirstWords.TryGetValue((words[0], words[1]), out var list)) byFirstWords[(words[0], words[1])] = list = [];
        if (!list.Any(p => p.Words.AsSpan().SequenceEqual(words))) list.Add((words, type));
    }

    private static string Key(string word) =>
        word.Any(ArabicScript.IsArabicLetter) ? ArabicScript.Normalize(word) : LatinFolding.Fold(word); // Fold keeps letters and digits only
}
