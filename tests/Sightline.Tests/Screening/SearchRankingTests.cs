using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Tests.Screening;

/// <summary>Search ranks by what the user typed (ADR-035): names holding the query's words whole before names that only
/// hold pieces of them, persons before organisations, primary names before aliases — whatever the screening scores.
/// Over a small list written for this test.</summary>
public sealed class SearchRankingTests
{
    private static ListEntry Entry(string id, EntrySchema schema, string name, params string[] aliases) => new()
    {
        List = "test_list", Id = id, Schema = schema, Name = name,
        Names = [new EntryName(name, NameKind.Primary), .. aliases.Select(a => new EntryName(a, NameKind.Alias))],
    };

    private static readonly Lazy<Screener> Screener = new(() => new Screener(ScreeningIndex.Build(
    [
        Entry("1", EntrySchema.Person, "DRAVENKO, Milos"),
        Entry("2", EntrySchema.Organization, "THE IRON COLLECTIVE", "DRAVENKO NETWORK"),
        Entry("3", EntrySchema.Organization, "GOLDEN HARBOUR TRADING", "ODRAVENKO"),
        Entry("4", EntrySchema.Person, "KESSLER, Anton", "DRAVENKO, Anton"),
        Entry("5", EntrySchema.Person, "PELLINORE, Agathe"),
        Entry("6", EntrySchema.Vessel, "DRAVENKO STAR"),
    ])));

    private static List<string> SearchIds(string query) =>
        [.. SearchRanking.Sort(query, Screener.Value.Screen(new ScreeningQuery(query, null, null, null))).Select(r => r.Entry.Id)];

    [Fact]
    public void The_person_named_so_comes_first_then_a_person_by_alias_then_organisations_and_the_infix_last()
    {
        var ids = SearchIds("Dravenko");
        Assert.Equal("1", ids[0]);
        Assert.True(ids.IndexOf("4") < ids.IndexOf("2"), string.Join(",", ids)); // a person by alias before an organisation by alias
        Assert.True(ids.IndexOf("2") < ids.IndexOf("6"), string.Join(",", ids)); // organisations before vessels
        if (ids.Contains("3")) Assert.Equal("3", ids[^1]); // ODRAVENKO only holds the word inside another
        Assert.DoesNotContain("5", ids);
    }

    [Fact]
    public void More_words_held_whole_outrank_a_higher_score()
    {
        // Two-word query: the entry holding both words leads although an alias holding one scores on its own.
        var ids = SearchIds("Anton Dravenko");
        Assert.Equal("4", ids[0]);
    }

    [Fact]
    public void The_order_overrides_screening_scores()
    {
        var tarrow = SearchRanking.Words("Tarrow");
        var alias = SearchRanking.Of(tarrow, "HARBOUR LEAGUE", "TARROW BRIGADE", false, EntrySchema.Organization, 0.99, "o");
        var person = SearchRanking.Of(tarrow, "TARROW, Enid", "TARROW, Enid", true, EntrySchema.Person, 0.71, "p");
        var infix = SearchRanking.Of(tarrow, "SANDS, Orla", "ATARROWEN", false, EntrySchema.Person, 0.999, "i");
        var aliasPerson = SearchRanking.Of(tarrow, "MORLAND, Enid", "TARROW, Enid", false, EntrySchema.Person, 0.95, "a");
        Assert.Equal(["p", "a", "o", "i"], new[] { alias, person, infix, aliasPerson }.Order(SearchRanking.Order).Select(r => r.Id));
    }

    [Theory]
    [InlineData("Al-Qar'adi", "qaradi")]
    [InlineData("BIN QARADI, Yunus", "qaradi")]
    [InlineData("Émile Qarádi", "qaradi")]
    public void Words_fold_case_accents_apostrophes_and_hyphens(string name, string word) =>
        Assert.Contains(word, SearchRanking.Words(name));
}
