using Sightline.Names;
using Sightline.Names.Transliteration;
using Sightline.Screening.Evaluation;
using static Sightline.Tests.Support.InventedEntries;

namespace Sightline.Tests.Screening;

/// <summary>The fairer Arabic-script negative set of <c>bench screen</c>: two-token names no list entry holds.</summary>
public sealed class UnlistedArabicNamesTests
{
    private static readonly (string Arabic, string Latin)[] Words =
    [
        ("سمير", "samir"), ("حداد", "haddad"), ("نبيل", "nabil"), ("منصور", "mansour"), ("كريم", "karim"), ("جميل", "jamil"),
    ];

    private static IReadOnlyList<TransliterationPair> Development =>
        Words.Select(w => TransliterationPairs.Make(NameScript.Arabic, w.Arabic, w.Latin)!.Value).ToList();


    [Fact]
    public void No_generated_name_holds_both_words_of_a_listed_name_in_any_spelling()
    {
        var entries = new[] { Person("1", "HADDAD, Samir"), Person("2", "Nabeel MANSOOR") };
        var names = UnlistedArabicNames.Generate(Development, entries, 100, seed: 7);

        Assert.NotEmpty(names);
        foreach (var name in names.Select(n => n.Replace('ی', 'ي').Replace('ک', 'ك')))
        {
            Assert.False(name.Contains("سمير") && name.Contains("حداد"), name);
            Assert.False(name.Contains("نبيل") && name.Contains("منصور"), name);
        }
        Assert.Contains(names, n => n.Contains('ی') || n.Contains('ک'));
    }

    [Fact]
    public void The_same_data_gives_the_same_names()
    {
        var entries = new[] { Person("1", "HADDAD, Samir") };
        Assert.Equal(UnlistedArabicNames.Generate(Development, entries, 20, seed: 3), UnlistedArabicNames.Generate(Development, entries, 20, seed: 3));
    }
}
