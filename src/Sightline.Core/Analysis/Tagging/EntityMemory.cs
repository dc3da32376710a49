using System.Collections.Frozen;

namespace Sightline.Analysis.Tagging;

/// <summary>
/// What the training data taught about each word: the entity types it was part of, and whether it also appeared
/// capitalised outside any entity (bit flags: PER 1, ORG 2, LOC 4, MISC 8, outside 16). During training each
/// document sees a memory built from the other folds only (jackknifing), so the tagger learns how far to trust it
/// on words it has not seen.
/// </summary>
public sealed class EntityMemory
{
    public const int Outside = 16;
    private readonly FrozenDictionary<string, int> words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public EntityMemory(IReadOnlyDictionary<string, int> words)
    {
        this.words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EntityMemory Empty { get; } = new(new Dictionary<string, int>());

    public int Count => words.Count;

    public IEnumerable<KeyValuePair<string, int>> Entries => words;

    public int Lookup(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var flags) ? flags : 0;
}
