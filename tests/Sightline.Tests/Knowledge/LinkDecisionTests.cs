using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Screening;

namespace Sightline.Tests.Knowledge;

/// <summary>The tiers as <see cref="LinkDecision"/> gives them, on screening results written out by hand (invented
/// names; token counts and weights chosen to sit either side of the thresholds).</summary>
public sealed class LinkDecisionTests
{
    private static readonly NameFrequencies Frequencies = new(new Dictionary<string, int> { ["omar"] = 900, ["hassan"] = 500 });

    private static LinkDecision.NameEvidence Name(string name, double score, (string Query, string List, double Similarity, double Weight)[] met,
        string[]? unmetQuery = null, string[]? unmetList = null, int rivals = 0, EntrySchema schema = EntrySchema.Person)
    {
        var entry = new IndexedEntry("us_ofac_sdn", "90001", schema, "LISTED, Name", [], [], ["SDGT"]);
        var tokens = met.Select(m => new TokenExplanation(m.Query, m.List, TokenMatchKind.Exact, m.Similarity, m.Weight, "", "")).ToList();
        var why = new Explanation("LISTED, Name", NameKind.Primary, score, tokens, unmetQuery ?? [], unmetList ?? [], [], [], null);
        return new LinkDecision.NameEvidence(name, new ScreeningResult(entry, score, true, false, why), rivals, Frequencies);
    }

    private static readonly Agreement Statement = new("a report says US sanctioned it", true);
    private static readonly Agreement Country = new("country XX named with it and in the entry", false);

    [Fact]
    public void A_distinctive_complete_name_with_nothing_against_it_is_probable()
    {
        var (state, reason) = LinkDecision.Decide(EntityKind.Person, Name("Omar Zubeidat", 1, [("Omar", "OMAR", 1, 5), ("Zubeidat", "ZUBEIDAT", 1, 9)]), [], [], true);
        Assert.Equal("probable", state);
        Assert.Contains("rare Zubeidat", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Common_words_or_a_word_common_on_the_lists_are_not_distinctive()
    {
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Name("Omar Hassan", 1, [("Omar", "OMAR", 1, 5), ("Hassan", "HASSAN", 1, 5)]), [], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Name("Omar Jaberi", 1, [("Omar", "OMAR", 1, 5), ("Jaberi", "JABERI", 1, 7)]), [], [], true).State);
    }

    [Fact]
    public void Another_given_name_with_the_same_family_name_is_never_linked_even_with_agreement()
    {
        var name = Name("Tariq Zubeidat", 0.91, [("Zubeidat", "ZUBEIDAT", 1, 9)], unmetQuery: ["Tariq"], unmetList: ["Samir"]);
        var (state, reason) = LinkDecision.Decide(EntityKind.Person, name, [Statement], [], true);
        Assert.Equal("candidate", state);
        Assert.Contains("a different name (Tariq in the reports, Samir in the entry)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_or_a_linked_list_holds_back_even_a_strongly_agreeing_entry()
    {
        var name = Name("Omar Zubeidat", 1, [("Omar", "OMAR", 1, 5), ("Zubeidat", "ZUBEIDAT", 1, 9)]);
        Assert.Equal("automatic", LinkDecision.Decide(EntityKind.Person, name, [Statement], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, name, [Statement], ["the entry is its brother's link"], true).State);
        Assert.Contains("better-scoring entry", LinkDecision.Decide(EntityKind.Person, name, [Statement], [], false).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_alone_needs_the_whole_name()
    {
        var partial = Name("Omar Zubeidat", 0.94, [("Omar", "OMAR", 1, 5), ("Zubeidat", "ZUBEIDAT", 1, 9)], unmetList: ["lah"]);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, partial, [Country], [], true).State);
        var whole = Name("Omar Zubeidat", 1, [("Omar", "OMAR", 1, 5), ("Zubeidat", "ZUBEIDAT", 1, 9)]);
        Assert.Equal("automatic", LinkDecision.Decide(EntityKind.Person, whole, [Country], [], true).State);
    }

    [Fact]
    public void An_organisation_bearing_the_entrys_own_name_links_unless_another_bears_it_too()
    {
        var own = Name("Liwa Zubeidat", 0.95, [("Liwa", "LIWA", 0.95, 8), ("Zubeidat", "ZUBAIDAT", 0.93, 9)], schema: EntrySchema.Organization);
        Assert.Equal("automatic", LinkDecision.Decide(EntityKind.Organization, own, [], [], true).State);
        var shared = Name("Liwa Zubeidat", 0.95, [("Liwa", "LIWA", 0.95, 8), ("Zubeidat", "ZUBAIDAT", 0.93, 9)], rivals: 1, schema: EntrySchema.Organization);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Organization, shared, [], [], true).State);
        var generic = Name("Supreme Council", 1, [("Supreme", "SUPREME", 1, 4), ("Council", "COUNCIL", 1, 4)], schema: EntrySchema.Organization);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Organization, generic, [], [], true).State);
    }
}
