using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Tests.Support;

namespace Sightline.Tests.Screening;

/// <summary>A clear match also brings the matched entry's same party on another list (ADR-047): an entry bearing a name
/// that identifies one entry on each list, with no birth years that disagree. Invented entries beside the bundled lists,
/// so that the words weigh what they weigh on the real lists.</summary>
public sealed class SamePartiesTests
{
    private static ListEntry Person(string list, string id, string name, string[]? aliases = null, string? born = null) => new()
    {
        List = list, Id = id, Schema = EntrySchema.Person, Name = name,
        Names = [new EntryName(name, NameKind.Primary), .. (aliases ?? []).Select(a => new EntryName(a, NameKind.Alias))],
        BirthDates = born is null ? [] : [new DateFact(PartialDate.TryParse(born, out var date) ? date : throw new ArgumentException(born))],
    };

    private static IReadOnlyList<ScreeningResult> Screen(IEnumerable<ListEntry> invented, string query, ScreeningOptions? options = null) =>
        new Screener(ScreeningIndex.Build(BundledScreening.Entries.Concat(invented))).Screen(new ScreeningQuery(query), options);

    private static readonly ListEntry Named = Person("xx_un", "U-1", "TEODORO QUILLFEATHER MARASCO", ["Vasco Orlandini Brevette"], born: "1961");

    [Fact]
    public void The_other_lists_entry_under_an_alias_only_is_a_match_too_and_says_why()
    {
        var results = Screen([Named, Person("xx_ofac", "O-7", "BREVETTE, Vasco Orlandini", born: "1961")], "Teodoro Quillfeather Marasco");

        var twin = Assert.Single(results, r => r.Entry.Id == "O-7");
        Assert.True(twin.Match);
        Assert.Equal(results.Single(r => r.Entry.Id == "U-1").Score, twin.Score);
        Assert.Equal(new SamePartyNote("xx_un", "U-1", "BREVETTE, Vasco Orlandini"), twin.Explanation.SameParty); // as its own list writes it
        Assert.Null(results.Single(r => r.Entry.Id == "U-1").Explanation.SameParty);
    }

    [Fact]
    public void Birth_years_that_disagree_say_two_people()
    {
        var results = Screen([Named, Person("xx_ofac", "O-7", "BREVETTE, Vasco Orlandini", born: "1975")], "Teodoro Quillfeather Marasco");
        Assert.DoesNotContain(results, r => r.Entry.Id == "O-7");
    }

    [Fact]
    public void A_name_two_entries_of_one_list_bear_identifies_neither()
    {
        var results = Screen([Named, Person("xx_ofac", "O-7", "BREVETTE, Vasco Orlandini"), Person("xx_ofac", "O-8", "Vasco Orlandini Brevette")],
            "Teodoro Quillfeather Marasco");
        Assert.DoesNotContain(results, r => r.Entry.List == "xx_ofac");
    }

    [Fact]
    public void A_common_name_shared_joins_nobody()
    {
        var results = Screen([Person("xx_un", "U-1", "TEODORO QUILLFEATHER MARASCO", ["Mohammad Ali"]), Person("xx_ofac", "O-7", "ALI, Mohammad")],
            "Teodoro Quillfeather Marasco");
        Assert.DoesNotContain(results, r => r.Entry.Id == "O-7");
    }

    [Fact]
    public void The_linker_asks_for_names_alone()
    {
        var results = Screen([Named, Person("xx_ofac", "O-7", "BREVETTE, Vasco Orlandini")], "Teodoro Quillfeather Marasco", new ScreeningOptions(SameParties: false));
        Assert.DoesNotContain(results, r => r.Entry.Id == "O-7");
    }

    [Fact]
    public void An_arabic_original_finds_the_ofac_entry_that_lists_the_person_under_a_nom_de_guerre()
    {
        // The UN lists QDi.001 under his name and the alias OFAC lists him by; OFAC 6901 holds only that alias.
        var screener = new Screener(ScreeningIndex.Build(BundledScreening.Entries, (_, name) => name.Kind != NameKind.OriginalScript));
        var results = screener.Screen(new ScreeningQuery("محمد صلاح الدين عبدالحليم زيدان"));

        Assert.Contains(results, r => (r.Entry.List, r.Entry.Id) == ("un_sc_sanctions", "QDi.001") && r.Match);
        var ofac = Assert.Single(results, r => (r.Entry.List, r.Entry.Id) == ("us_ofac_sdn", "6901"));
        Assert.True(ofac.Match);
        Assert.Equal("QDi.001", ofac.Explanation.SameParty?.Id);
    }
}
