using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Screening;

namespace Sightline.Tests.Screening;

/// <summary>A word in another script weighs what its sound weighs on the lists, not what its few original-script
/// spellings or a rare Latin spelling would make it weigh: a common name written in Hebrew or Arabic letters is as
/// common as in Latin ones.</summary>
public sealed class CommonNamesAcrossScriptsTests
{
    private static readonly ScreeningIndex Index = ScreeningIndex.Build(Entries());

    /// <summary>About 2,000 invented people with unique made-up names, 30 named Ahmad and 60 named Hasan, one of them
    /// spelled AHMED HASAN, one Samir Haddad, and one Ahmad whose entry also holds his name in Arabic script.</summary>
    private static IEnumerable<ListEntry> Entries()
    {
        var random = new Random(11);
        string Word()
        {
            const string consonants = "bklprtvz", vowels = "aeiou";
            var letters = new char[6];
            for (var i = 0; i < letters.Length; i++)
                letters[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
            return char.ToUpperInvariant(letters[0]) + new string(letters, 1, letters.Length - 1);
        }

        var id = 0;
        ListEntry Person(string name, params EntryName[] more) => new()
        {
            List = "test", Id = (++id).ToString(), Schema = EntrySchema.Person, Name = name,
            Names = [new EntryName(name, NameKind.Primary), .. more],
        };

        for (var i = 0; i < 2000; i++) yield return Person($"{Word()} {Word()}");
        for (var i = 0; i < 30; i++) yield return Person($"AHMAD, {Word()}");
        for (var i = 0; i < 60; i++) yield return Person($"{Word()} HASAN");
        yield return Person("AHMED HASAN");
        yield return Person("HADDAD, Samir");
        yield return Person("AHMAD, Tolurev", new EntryName("أحمد تولوريف", NameKind.OriginalScript));
    }

    private static double WeightOf(string word) => Index.Weight(NameParser.Parse(word).Tokens[0]);

    [Theory]
    [InlineData("أحمد")] // held once in Arabic script: rare by its spelling
    [InlineData("אחמד")] // not held at all: weighed by its renderings
    public void A_common_name_in_another_script_weighs_no_more_than_in_Latin(string word) =>
        Assert.True(WeightOf(word) <= WeightOf("Ahmad") + 1e-9, $"{word}: {WeightOf(word):0.00} against Ahmad {WeightOf("Ahmad"):0.00}");

    [Theory]
    [InlineData("אחמד חסן")]
    [InlineData("أحمد حسن")]
    public void Common_names_across_scripts_meeting_a_rare_spelling_of_them_are_not_a_match(string query)
    {
        var results = new Screener(Index).Screen(new ScreeningQuery(query));

        var found = Assert.Single(results, r => r.Entry.Name == "AHMED HASAN");
        Assert.True(found.Score >= 0.7, $"{found.Score}");
        Assert.False(found.Match);
        Assert.True(found.Ambiguous);
    }

    [Fact]
    public void Rare_names_across_scripts_are_still_a_match()
    {
        var results = new Screener(Index).Screen(new ScreeningQuery("سمير حداد"));

        Assert.Contains(results, r => r.Entry.Name == "HADDAD, Samir" && r.Match);
    }
}
