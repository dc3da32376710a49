using System.Collections.Frozen;

namespace Sightline.Analysis.Tagging;

/// <summary>What a word is known as, from the sanctions lists and the country names: bit flags.</summary>
[Flags]
public enum GazetteerFlags
{
    None = 0,
    PersonFirst = 1,
    PersonLast = 2,
    PersonPart = 4,
    OrganizationPart = 8,
    OrganizationLast = 16,
    Place = 32,
}

/// <summary>
/// Word lists the tagger uses as features: the words of listed persons' names (given names first, family names last),
/// of listed organisations' names, and of country names. The lists change; the gazetteer is fixed when a model is
/// trained and saved inside it, so a model tags the same way whatever lists are loaded.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerFlags> words;
    private readonly FrozenDictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Gazetteer(IReadOnlyDictionary<string, GazetteerFlags> words)
    {
        this.words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Gazetteer Empty { get; } = new(new Dictionary<string, GazetteerFlags>());

    public int Count => words.Count;

    public IEnumerable<KeyValuePair<string, GazetteerFlags>> Entries => words;

    public GazetteerFlags Lookup(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var flags) ? flags : GazetteerFlags.None;

    /// <summary>Builds the word lists from name strings: persons' and organisations' names, and place names.</summary>
    public static Gazetteer Build(IEnumerable<string> personNames, IEnumerable<string> organizationNames, IEnumerable<string> placeNames)
    {
        var words = new Dictionary<string, GazetteerFlags>(StringComparer.OrdinalIgnoreCase);
        void Mark(string word, GazetteerFlags flag)
        {
            if (word.Length < 2 || !char.IsLetter(word[0])) return;
            words[word] = words.GetValueOrDefault(word) | flag;
        }
        foreach (var name in personNames)
        {
            var parts = Split(name);
            for (var i = 0; i < parts.Length; i++)
                Mark(parts[i], GazetteerFlags.PersonPart | (i == 0 ? GazetteerFlags.PersonFirst : 0) | (i == parts.Length - 1 && i > 0 ? GazetteerFlags.PersonLast : 0));
        }
        foreach (var name in organizationNames)
        {
            var parts = Split(name);
            for (var i = 0; i < parts.Length; i++)
                Mark(parts[i], GazetteerFlags.OrganizationPart | (i == parts.Length - 1 ? GazetteerFlags.OrganizationLast : 0));
        }
        foreach (var name in placeNames)
            foreach (var part in Split(name))
                Mark(part, GazetteerFlags.Place);
        return new Gazetteer(words);
    }

    private static string[] Split(string name) =>
        name.Split([' ', ',', '(', ')', '"', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
