using Sightline.Names;
using Sightline.Names.Scripts;
using Sightline.Names.Transliteration;
using Sightline.Screening;
using static Sightline.Tests.Support.InventedEntries;

namespace Sightline.Tests.Names;

/// <summary>ADR-015, decisions 30 and 31: a compound name is one word, its fixed second half belongs to its head, and
/// Arabic script is also read the Persian way.</summary>
public sealed class CompoundWordsAndPersianReadingTests
{
    [Theory]
    [InlineData("Abdul Karim Haddad", 2)]
    [InlineData("Nasrallah Samir Haddad", 3)]
    [InlineData("Samir Nur al-Din Haddad", 3)]
    [InlineData("Abu Bakr Samir", 2)]
    [InlineData("عبد الكريم حداد", 2)]
    [InlineData("Sheikh Karim Haddad", 2)]
    public void A_compound_counts_as_one_word(string name, int words) =>
        Assert.Equal(words, CompoundWords.Count(NameParser.Parse(name).Tokens));

    [Fact]
    public void Two_halves_of_one_compound_that_paired_count_as_one_paired_word()
    {
        var query = NameParser.Parse("Abd Allah Samir").Tokens;
        var pair = new TokenSimilarity(1, TokenMatchKind.Exact);
        Assert.Equal(1, NameComparison.PairedWords(query, [new(0, 0, pair), new(1, 1, pair)]));
        Assert.Equal(2, NameComparison.PairedWords(query, [new(0, 0, pair), new(1, 1, pair), new(2, 2, pair)]));
    }

    [Theory]
    [InlineData("Nur al-Din Karim Haddad")]
    [InlineData("نور الدين كريم حداد")]
    public void The_second_half_of_a_compound_pairs_only_with_the_compound_its_head_met(string query)
    {
        // Nur al-Din is not Karim al-Din: the query's "din" belongs to Nur, which met nothing.
        var comparison = NamePairComparison.Compare(query, "KARIMUDDIN, Haddad");
        Assert.Equal(2, comparison.Tokens.Count);
        Assert.Contains(comparison.UnmatchedB, t => t.Contains("din", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("no match", comparison.Decision);

        var same = NamePairComparison.Compare("Karim al-Din Haddad", "KARIMUDDIN, Haddad");
        Assert.Equal(3, same.Tokens.Count);
        Assert.Equal("match", same.Decision);
    }

    [Fact]
    public void Allah_written_without_its_alef_still_pairs_with_allah()
    {
        var comparison = NamePairComparison.Compare("عبدلله كريم", "ABDALLAH, Karim");
        Assert.Equal("match", comparison.Decision);
        Assert.Empty(comparison.UnmatchedA);
        Assert.Empty(comparison.UnmatchedB);
    }

    [Fact]
    public void A_one_word_compound_met_by_a_longer_query_is_one_word_alone()
    {
        var screener = new Screener(ScreeningIndex.Build([Person("1", "NURUDDIN"), Person("2", "HADDAD, Samir"), Person("3", "SALIM, Karim Nur")]));
        var result = screener.Screen(new ScreeningQuery("Nur al-Din Karim Salim")).Single(r => r.Entry.Id == "1");
        Assert.True(result.Ambiguous);
        Assert.False(result.Match);
        Assert.StartsWith("one token alone", result.Explanation.AmbiguousBecause);
    }

    [Theory]
    [InlineData("فضل", "fazl")]
    [InlineData("ضیا", "zia")]
    [InlineData("پرویز", "parviz")]
    [InlineData("گل", "gul")]
    [InlineData("چشتی", "chishti")]
    [InlineData("ذاکر", "zakir")]
    public void Persian_readings_are_verified(string word, string latin) =>
        Assert.True(Similarity(word, latin) >= TransliterationModel.VerifiedSimilarity, $"{word}/{latin}: {Similarity(word, latin)}");

    [Theory]
    [InlineData("گل", "khan")]
    [InlineData("پرویز", "farid")]
    [InlineData("ضیا", "musa")]
    public void Persian_readings_do_not_make_other_names_alike(string word, string latin) =>
        Assert.Equal(0, Similarity(word, latin));

    [Fact]
    public void A_persian_letter_reading_also_gives_a_blocking_key()
    {
        var keys = ArabicScript.Keys(ArabicScript.Normalize("فضل"));
        Assert.Contains("FDL", keys);
        Assert.Contains("FZL", keys);
    }

    [Fact]
    public void A_persian_name_matches_its_latin_spelling()
    {
        var comparison = NamePairComparison.Compare("ضیا گل", "GUL, Zia");
        Assert.Equal("match", comparison.Decision);
        Assert.Equal(2, comparison.Tokens.Count);
    }

    private static double Similarity(string word, string latin) =>
        TransliterationModel.Default.Similarity(NameScript.Arabic, TransliterationModel.SourceForm(NameScript.Arabic, word), latin);

}
