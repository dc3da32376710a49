using Sightline.Names;
using Sightline.Names.Scripts;
using Sightline.Screening;
using Sightline.Tests.Support;
using static Sightline.Tests.Support.InventedEntries;

namespace Sightline.Tests.Names;

/// <summary>The general causes of names missed across scripts (ADR-015, decisions 25–28): a soft <c>c</c>, an article
/// written apart before its doubled consonant, a name one script writes in two words, and a patronymic tail.</summary>
public sealed class SplitWordsAndPatronymicTailTests
{
    [Theory]
    [InlineData("marcelin", new[] { "MRKLN", "MRSLN" })]
    [InlineData("boucif", new[] { "BKF", "BSF" })]
    [InlineData("lucas", new[] { "LKS" })]
    [InlineData("cheikh", new[] { "CX" })]
    [InlineData("sceaux", new[] { "SKX" })]
    public void A_soft_c_also_keys_as_s(string word, string[] keys) =>
        Assert.Equal(keys, PhoneticKey.OfLatinWithSoftC(word));

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_latin_entry_spelling_s_as_c_is_found_for_an_arabic_query()
    {
        var results = BundledScreening.With(Person("1", "BOUCIFA, Rachid")).Screen(new ScreeningQuery("رشيد بوسيفة"));
        Assert.Contains(results, r => r.Entry.Id == "1" && r.Match);
    }

    [Theory]
    [InlineData("Es Sabri, Tahar", "sabri")]
    [InlineData("Ash Shamil Yunus", "shamil")]
    [InlineData("Nur ar Rashid", "rashid")]
    public void An_article_written_apart_before_its_doubled_consonant_is_set_aside(string name, string kept)
    {
        var parsed = NameParser.Parse(name);
        Assert.DoesNotContain(parsed.Tokens, t => t.Text is "es" or "ash" or "ar");
        Assert.Contains(parsed.Tokens, t => t.Text == kept);
        Assert.Contains(parsed.Ignored, w => w.Contains("article", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ed Dawson", "ed")]
    [InlineData("An Nhu Tran", "an")]
    [InlineData("Es Tarik Omar", "es")]
    public void Given_names_and_articles_before_another_consonant_stay_words(string name, string kept) =>
        Assert.Contains(NameParser.Parse(name).Tokens, t => t.Text == kept);

    [Fact]
    public void Two_short_words_one_script_writes_apart_meet_one_latin_word()
    {
        var comparison = NamePairComparison.Compare("كريم ما زن", "MAZEN, Karim");
        Assert.Equal("match", comparison.Decision);
        Assert.Contains(comparison.Tokens, t => t.A == "ما" && t.B == "MAZEN" && t.How == TokenMatchKind.Transliteration);
        Assert.True(comparison.Score > 0.9, $"both words count as covered: {comparison.Score}");
    }

    [Fact]
    public void Two_long_words_are_two_names_not_one_written_apart()
    {
        var karim = NameParser.Parse("كريم منصور").Tokens;
        Assert.False(TokenSimilarity.MayBeJoined(karim[0], karim[1]));
        var latin = NameParser.Parse("Karimmansour").Tokens[0];
        Assert.Null(TokenSimilarity.Joined(karim[0], karim[1], latin));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void The_split_name_is_found_by_screening()
    {
        var results = BundledScreening.With(Person("1", "MAZEN, Karim")).Screen(new ScreeningQuery("كريم ما زن"));
        Assert.Contains(results, r => r.Entry.Id == "1" && r.Match);
    }

    [Fact]
    public void A_patronymic_tail_the_list_leaves_out_counts_half()
    {
        Assert.Equal("match", NamePairComparison.Compare("Karim Nur Salim Hadi", "NUR, Karim").Decision);
        Assert.Equal("match", NamePairComparison.Compare("كريم نور سالم هادي", "NUR, Karim").Decision);
    }

    [Fact]
    public void Words_before_the_paired_ones_are_not_a_tail()
    {
        // The son of Karim Nur is Salim Hadi Karim Nur: his own names come first.
        Assert.Equal("no match", NamePairComparison.Compare("Salim Hadi Karim Nur", "NUR, Karim").Decision);
    }

    [Fact]
    public void A_tail_of_one_word_is_not_discounted()
    {
        var one = NamePairComparison.Compare("Karim Nur Salim", "NUR, Karim");
        var two = NamePairComparison.Compare("Karim Nur Salim Hadi", "NUR, Karim");
        // Three words of which two paired: two thirds of the query, no discount; a tail of two counts half.
        Assert.Equal(0.75 * 2 / 3 + 0.25, one.Score, 3);
        Assert.Equal(0.75 * 2 / 3 + 0.25, two.Score, 3);
    }

    [Fact]
    public void One_middle_word_of_three_is_not_discounted()
    {
        // Two of three words paired, the middle one left: two thirds of the query, as without the rule.
        Assert.Equal(0.75 * 2 / 3 + 0.25, NamePairComparison.Compare("Karim Salim Nur", "NUR, Karim").Score, 3);
        // Of four words, the two middle ones count half: three words' worth, two of them paired.
        Assert.Equal(0.75 * 2 / 3 + 0.25, NamePairComparison.Compare("Karim Salim Hadi Nur", "NUR, Karim").Score, 3);
        Assert.Equal("match", NamePairComparison.Compare("Karim Salim Hadi Nur", "NUR, Karim").Decision);
    }
}
