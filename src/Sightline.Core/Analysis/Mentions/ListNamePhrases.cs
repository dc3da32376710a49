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
    private readonly Dictionary<string, List<(string[] Words, string Type)>> byFirstWord = new(StringComparer.Ordinal);

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
        if (byFirstWord.Count == 0) return found;
        var words = tokens.Select(t => Key(t.Text)).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            var best = candidates.Where(c => c.Words.Length <= words.Length - i && c.Words.AsSpan().SequenceEqual(words.AsSpan(i, c.Words.Length)))
                .OrderByDescending(c => c.Words.Length).FirstOrDefault();
            if (best.Words is null) continue;
            found.Add(new EntitySpan(i, i + best.Words.Length, best.Type));
            i += best.Words.Length - 1;
        }
        return found;
    }

    private void Add(string name, string type, int minimumWords)
    {
        var words = Tokenizer.Tokenize(name).Select(t => Key(t.Text)).Where(w => w.Length > 0).ToArray();
        if (words.Length < minimumWords || words.Length > MaxWords) return;
        if (!byFirstWord.TryGetValue(words[0], out var list)) byFirstWord[words[0]] = list = [];
        if (!list.Any(p => p.Words.AsSpan().SequenceEqual(words))) list.Add((words, type));
    }

    private static string Key(string word) =>
        word.Any(ArabicScript.IsArabicLetter) ? ArabicScript.Normalize(word) : new string(LatinFolding.Fold(word).Where(char.IsLetterOrDigit).ToArray());
}
