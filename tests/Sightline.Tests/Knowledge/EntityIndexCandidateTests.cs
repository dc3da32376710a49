using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;

namespace Sightline.Tests.Knowledge;

/// <summary>Resolution's candidates (ADR-044): only entities that could score are compared, and at most
/// <see cref="EntityIndex.MaxCompared"/> of those sharing a key without bearing the name.</summary>
public sealed class EntityIndexCandidateTests
{
    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ji", "ko", "lu", "me", "ni", "po", "ru", "sa", "te", "vi"];

    /// <summary>Distinct made-up given names (Bacedi, Bacedo…), as many as asked.</summary>
    private static IEnumerable<string> GivenNames(int count) =>
        (from a in Syllables from b in Syllables from c in Syllables where a != b && b != c select char.ToUpperInvariant(a[0]) + a[1..] + b + c).Take(count);

    private static EntityIndex Index() => new(_ => 1.0);

    [Fact]
    public void A_two_word_name_finds_its_bearer_among_hundreds_of_one_word_namesakes_without_comparing_them()
    {
        var index = Index();
        for (var i = 0; i < 300; i++) index.Add($"e{i:D3}", EntityKind.Person, "Varga");
        index.Add("petra", EntityKind.Person, "Petra Varga");

        Assert.Equal(("petra", 1.0), index.Best(EntityKind.Person, ["Petra Varga"], _ => false));
        Assert.Equal(0, index.CappedLookups); // the one-word bearers of "Varga" could not score, so none was compared
        Assert.Null(index.Best(EntityKind.Person, ["Varga"], _ => false)); // borne by several: names none of them
    }

    [Fact]
    public void A_one_word_name_borne_once_is_still_that_entity_and_one_borne_by_another_kind_is_not()
    {
        var index = Index();
        index.Add("a", EntityKind.Person, "Oskarsson");
        index.Add("b", EntityKind.Organization, "Oskarsson");
        index.Add("c", EntityKind.Person, "Ivo Oskarsson");

        Assert.Equal(("a", 1.0), index.Best(EntityKind.Person, ["Oskarsson"], _ => false));
        Assert.Equal(("b", 1.0), index.Best(EntityKind.Organization, ["Oskarsson"], _ => false));
        Assert.Null(index.Best(EntityKind.Person, ["Oskarsson"], id => id == "a"));
    }

    [Fact]
    public void When_more_entities_share_a_key_than_the_cap_those_sharing_the_most_keys_are_compared_whatever_their_id()
    {
        var index = Index();
        foreach (var (given, i) in GivenNames(EntityIndex.MaxCompared + 50).Select((g, i) => (g, i)))
            index.Add($"a{i:D4}", EntityKind.Person, $"{given} Varga");
        index.Add("zzz-petra", EntityKind.Person, "Petra Varga Lind"); // shares two keys with the name, and sorts last

        var best = index.Best(EntityKind.Person, ["Petra Varga"], _ => false);

        Assert.Equal(1, index.CappedLookups);
        Assert.Equal("zzz-petra", best?.Id);
    }

    [Fact]
    public void When_the_cap_is_hit_among_entities_sharing_as_many_keys_the_first_by_id_are_compared()
    {
        var given = GivenNames(EntityIndex.MaxCompared + 50).ToList();
        var index = Index();
        for (var i = 0; i < given.Count; i++) index.Add($"m{i:D4}", EntityKind.Person, $"{given[i]} Varga");
        // Each shares the one key of "Varga" with the name: the same name under an id that sorts first and one that sorts last.
        index.Add("a-first", EntityKind.Person, "Oskar Varga");
        index.Add("z-last", EntityKind.Person, "Oskar Varga");
        bool OnlyTheLast(string id) => id != "z-last";

        Assert.Null(index.Best(EntityKind.Person, ["Petra Varga"], OnlyTheLast)); // "z-last" sorts past the cap: not compared
        Assert.Equal(1, index.CappedLookups);

        var few = Index();
        for (var i = 0; i < 10; i++) few.Add($"m{i:D4}", EntityKind.Person, $"{given[i]} Varga");
        few.Add("z-last", EntityKind.Person, "Oskar Varga");
        Assert.Equal("z-last", few.Best(EntityKind.Person, ["Petra Varga"], OnlyTheLast)?.Id); // under the cap it is
        Assert.Equal(0, few.CappedLookups);
    }

    [Fact]
    public void An_entity_bearing_the_name_is_found_however_common_its_words_are()
    {
        // Three thousand people called "Karim Nur Something": both words' keys are too common to bring candidates.
        var index = Index();
        foreach (var (given, i) in GivenNames(3000).Select((g, i) => (g, i)))
            index.Add($"n{i:D4}", EntityKind.Person, $"Karim Nur {given}");
        index.Add("karim", EntityKind.Person, "Karim Nur");

        Assert.Equal(("karim", 1.0), index.Best(EntityKind.Person, ["Karim Nur"], _ => false));
        index.Remove("karim");
        Assert.Null(index.Best(EntityKind.Person, ["Karim Nur"], _ => false));
    }
    [Fact]
    public void A_full_name_takes_an_entity_known_only_by_one_of_its_words_once_and_no_namesake_follows()
    {
        // "Laila" alone in one report made an entity. The first full name with that word is hers ("his sister Laila", then
        // "Laila Barakat"); then she has a full name, and "Laila Qasim … Laila" is someone else. An organisation's one word
        // is often its whole name, and still counts.
        var index = Index();
        index.Add("laila", EntityKind.Person, "Laila");
        index.Add("walid", EntityKind.Person, "Walid Barakat");
        index.Add("walid", EntityKind.Person, "Barakat");
        index.Add("hezbollah", EntityKind.Organization, "Hezbollah");

        Assert.Equal(("laila", 1.0), index.Best(EntityKind.Person, ["Laila Barakat", "Laila", "Barakat"], _ => false));
        index.Add("laila", EntityKind.Person, "Laila Barakat");
        var other = index.Best(EntityKind.Person, ["Laila Qasim", "Laila"], _ => false);
        Assert.True(other is null || other.Value.Score < EntityIndex.SameEntityScore, $"{other}");
        Assert.Equal(("walid", 1.0), index.Best(EntityKind.Person, ["Walid Barakat", "Barakat"], _ => false));
        Assert.Equal(("hezbollah", 1.0), index.Best(EntityKind.Organization, ["Lebanese Hezbollah", "Hezbollah"], _ => false));
    }

    [Fact]
    public void A_short_form_that_two_one_word_entities_bear_names_neither()
    {
        var index = Index();
        index.Add("first", EntityKind.Person, "Laila");
        index.Add("second", EntityKind.Person, "Laila");

        var laila = index.Best(EntityKind.Person, ["Laila Barakat", "Laila"], _ => false);
        Assert.True(laila is null || laila.Value.Score < EntityIndex.SameEntityScore, $"{laila}");
    }

    [Fact]
    public void A_sibling_is_not_drawn_in_by_the_family_names_they_share()
    {
        // "Edmon Vargas Cifuentes … Vargas Cifuentes" made an entity bearing both; his sister's chain uses the same short form.
        var index = Index();
        index.Add("edmon", EntityKind.Person, "Edmon Vargas Cifuentes");
        index.Add("edmon", EntityKind.Person, "Vargas Cifuentes");

        var paula = index.Best(EntityKind.Person, ["Paula Vargas Cifuentes", "Vargas Cifuentes", "Paula"], _ => false);
        Assert.True(paula is null || paula.Value.Score < EntityIndex.SameEntityScore, $"{paula}");
        Assert.Equal(("edmon", 1.0), index.Best(EntityKind.Person, ["Edmon Vargas Cifuentes", "Vargas Cifuentes"], _ => false));
        Assert.Equal(("edmon", 1.0), index.Best(EntityKind.Person, ["Vargas Cifuentes"], _ => false)); // the short form alone still finds him
    }
}
