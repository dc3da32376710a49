using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Names.Scripts;
using Sightline.Screening;
using static Sightline.Tests.Support.InventedEntries;

namespace Sightline.Tests.Screening;

/// <summary>Typo'd Latin names: a slip that moves where a compound splits, and a slip in a short word that its
/// phonetic key no longer reaches, against a small list of invented entries.</summary>
public sealed class TypoScreeningTests
{

    /// <summary>Invented entries, plus forty people called only "Tarek" (a common word with a one-letter key), who
    /// fill the names compared when the other query word finds nothing, and two thousand made-up names, so that a
    /// word held by one name is as rare as in the real lists.</summary>
    private static readonly Lazy<Screener> Screener = new(() =>
    {
        var entries = new List<ListEntry>
        {
            Person("1", "SAIFULLAH MARWANDI"),
            Person("2", "ABDULWAHID KESTANI"),
            Person("3", "TAREK QASHID"),
            Person("4", "ORLOVSKA, Danuta Irena"),
            Person("5", "NASRULLAH BEKZOD"),
        };
        for (var i = 0; i < 40; i++) entries.Add(Person($"t{i}", "TAREK"));
        for (var i = 0; i < 2000; i++) entries.Add(Person($"f{i}", $"{Filler(i)} {Filler(7 * i + 3)}"));
        return new Screener(ScreeningIndex.Build(entries));
    });

    private static readonly string[] Syllables = ["vo", "pe", "zu", "ri", "te", "xo", "gu", "ne", "fa", "ly"];

    /// <summary>A made-up word of four syllables, one a digit of the number.</summary>
    private static string Filler(int n) => string.Concat(Enumerable.Range(0, 4).Select(d => Syllables[n / (int)Math.Pow(10, d) % 10]));

    private static ScreeningResult? Top(string query) => Screener.Value.Screen(new ScreeningQuery(query)).FirstOrDefault();

    [Theory]
    [InlineData("SAIFULALH MARWANDI", "1")]   // swapped letters: "saifu" "lalh" against "saif" "allah"
    [InlineData("SAIFULLLAH MARWANDI", "1")]  // one letter more: no longer ends in an Allah form
    [InlineData("ADULWAHID KESTANI", "2")]    // the "Abd" head lost its letter
    [InlineData("ABDULWAHID KESTAMI", "2")]   // a plain slip in the other word still matches
    [InlineData("Danuta Irena Orlovka", "4")] // the given name first, a letter left out of the family name
    public void A_name_written_with_one_slip_is_a_match(string query, string id)
    {
        var top = Top(query);
        Assert.NotNull(top);
        Assert.Equal(id, top.Entry.Id);
        Assert.True(top.Match, $"{query}: {top.Score} {top.Explanation.AmbiguousBecause}");
    }

    [Fact]
    public void A_split_compound_slip_is_explained_as_a_misspelling()
    {
        var top = Top("SAIFULALH MARWANDI")!;
        Assert.Contains(top.Explanation.Tokens, t => t.How == TokenMatchKind.Spelling);
        Assert.Null(top.Explanation.AmbiguousBecause);
    }

    [Fact]
    public void A_slip_in_a_short_word_is_found_through_the_listed_words_one_edit_away()
    {
        // "Qahid" is one letter from "Qashid", but their keys differ in a consonant: keys of three consonants do not reach one changed
        // consonant, and the forty "Tarek"s alone would fill the names compared.
        var index = Screener.Value.Index;
        var (listed, typed) = (PhoneticKey.OfLatin("qashid"), PhoneticKey.OfLatin("qahid"));
        Assert.NotEqual(listed, typed);
        Assert.Equal(3, typed.Length);
        Assert.DoesNotContain(index.KeyId(listed), index.Neighbours(typed));
        var found = new List<int>();
        index.SpellingNeighbours.Find("qahid", found);
        Assert.Equal(new[] { index.SpellingNeighbours.IdOf("qashid"), index.SpellingNeighbours.IdOf("wahid") }.Order(), found.Order());
        Assert.DoesNotContain(index.SpellingNeighbours.IdOf("tarek"), found);

        var top = Top("TAREK QAHID");
        Assert.NotNull(top);
        Assert.Equal("3", top.Entry.Id);
        Assert.True(top.Match);
    }

    [Theory]
    [InlineData("NASRULLAH BEKZOV")]
    [InlineData("NASRULAH BEKZOD")]
    public void A_slip_in_a_joined_allah_compound_matches(string query) => Assert.Equal("5", Top(query)?.Entry.Id);

    [Theory]
    [InlineData("HABIBULLAH MARWANDI")]    // another given name
    [InlineData("TAREK QASSIM")]           // two letters changed
    public void Two_slips_or_another_word_are_no_match(string query) =>
        Assert.DoesNotContain(Screener.Value.Screen(new ScreeningQuery(query)), r => r.Match && r.Entry.Id is "1" or "3");

    [Theory]
    [InlineData("saifulalhmarwandi", "saifullahmarwandi", true)]
    [InlineData("saifulahmarwandi", "saifullahmarwandi", true)]
    [InlineData("ablikhan", "ablikhen", true)]
    [InlineData("alikhan", "alikhen", false)]  // too short: seven letters
    [InlineData("saifullah", "saifullah", false)] // the same letters are no slip
    [InlineData("saifullahmarwan", "saifullahmarwandi", false)]
    public void One_slip_is_one_edit_in_eight_letters_or_more(string query, string listed, bool slip) =>
        Assert.Equal(slip, WrittenSlip.IsOneSlip(query, listed));

    [Fact]
    public void Letters_are_read_in_both_orders_of_a_comma_name_and_not_for_another_script()
    {
        Assert.Equal(["orlovskadanutairena", "danutairenaorlovska"], WrittenSlip.Letters("ORLOVSKA, Danuta Irena"));
        Assert.Equal(["abdalrahmankhel"], WrittenSlip.Letters("Abd al-Rahman Khel"));
        Assert.Empty(WrittenSlip.Letters("عبد الرحمن"));
    }
}
