using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Screening;

namespace Sightline.Tests.Knowledge;

/// <summary>The evidence rules of the ADR-016 addendum on an invented entry: what a report says where it names someone
/// (birth year, gender, a denial, a title naming what the entry names) agreeing or conflicting, and the lower bar for a
/// name that covers the entry's. Whether a new report relinks an entity at all is <see cref="LinkEvidenceTests"/>'.</summary>
public sealed class LinkAgreementTests
{
    private static readonly ListEntry Entry = new()
    {
        List = "us_ofac_sdn", Id = "90002", Schema = EntrySchema.Person, Name = "ZUBEIDAT, Omar Karim",
        BirthDates = [new DateFact(new PartialDate(1961))], Gender = "Male", OtherFacts = ["TARNAK BRIGADES - North"],
        Titles = ["President of the Republic of Belarus"],
    };

    private static LinkContext Context(ReportDescriptions.Described described, IReadOnlyList<string>? titles = null, IReadOnlySet<string>? documentCountries = null) =>
        new([], titles ?? described.Titles, [], [], new HashSet<string>(), new HashSet<string>(), [], described, documentCountries);

    private static ReportDescriptions.Described Says(string before, string after, int published = 2023) =>
        ReportDescriptions.Read([new ReportDescriptions.Window(before, after, 0, published)]);

    private static IReadOnlyList<Agreement> Agree(LinkContext context) => context.AgreesWith(Entry, IndexedEntry.From(Entry));

    [Fact]
    public void A_birth_year_the_entry_gives_agrees_strongly_and_one_far_from_it_conflicts()
    {
        Assert.Contains(Agree(Context(Says("Police named ", ", born in 1961, as the"))), a => a.Strong && a.Reason.StartsWith("born 1961", StringComparison.Ordinal));
        Assert.Empty(Context(Says("Police named ", ", 62, as the")).ConflictsWith(Entry));
        Assert.Contains(Context(Says("Police named ", ", 34, as the")).ConflictsWith(Entry), c => c.Contains("birth year as 1989", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gender_the_entry_does_not_give_conflicts()
    {
        Assert.Contains(Context(Says("The talks were led by Mrs ", " of the council.")).ConflictsWith(Entry), c => c.Contains("female", StringComparison.Ordinal));
        Assert.Empty(Context(Says("The talks were led by Mr ", " of the council.")).ConflictsWith(Entry));
    }

    [Fact]
    public void A_report_saying_the_person_is_another_of_the_name_conflicts() =>
        Assert.Contains(Context(Says("", " (not to be confused with the sanctioned commander) spoke.")).ConflictsWith(Entry), c => c.Contains("not another", StringComparison.Ordinal));

    [Fact]
    public void A_titles_subject_named_in_the_entrys_facts_agrees_strongly() =>
        Assert.Contains(Agree(Context(Says("The envoy met Tarnak Brigades commander ", " in Geneva."))), a => a.Strong && a.Reason.Contains("names Tarnak Brigades", StringComparison.Ordinal));

    [Fact]
    public void A_bare_role_agrees_only_when_the_report_names_the_country_of_the_entrys_title()
    {
        var president = Says("Elections are due. President ", " is running.");
        Assert.Contains(Agree(Context(president, documentCountries: new HashSet<string> { "BY" })), a => a.Strong);
        Assert.DoesNotContain(Agree(Context(president, documentCountries: new HashSet<string> { "VE" })), a => a.Strong);
    }

    private static LinkDecision.NameEvidence Covering(double score, string[] unmetList, double similarity = 1)
    {
        var indexed = IndexedEntry.From(Entry);
        var tokens = new[] { new TokenExplanation("Omar", "OMAR", TokenMatchKind.Exact, similarity, 5, "", ""), new TokenExplanation("Zubeidat", "ZUBEIDAT", TokenMatchKind.Exact, 1, 9, "", "") };
        var why = new Explanation(Entry.Name, NameKind.Primary, score, tokens, [], unmetList, [], [], null);
        return new LinkDecision.NameEvidence("Omar Zubeidat", new ScreeningResult(indexed, score, true, false, why), 0, new NameFrequencies(new Dictionary<string, int> { ["omar"] = 900 }));
    }

    [Fact]
    public void A_name_covering_the_entrys_links_below_the_automatic_score_only_with_strong_agreement()
    {
        var strong = new Agreement("its title agrees", true);
        var weak = new Agreement("country XX named with it and in the entry", false);
        Assert.Equal("automatic", LinkDecision.Decide(EntityKind.Person, Covering(0.87, ["Karim"]), [strong], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Covering(0.87, ["Karim"]), [weak], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Covering(0.87, ["Karim"], similarity: 0.9), [strong], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Covering(0.84, ["Karim"]), [strong], [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Covering(0.87, ["Karim"]), [strong], ["a report speaks of it as female, the entry says male"], true).State);
    }

    [Fact]
    public void An_organisation_named_with_the_person_agrees_when_the_entrys_titles_name_it_and_makes_a_covering_name_probable()
    {
        var said = new LinkContext([], [], [], [], new HashSet<string>(), new HashSet<string>(), [], null, null, ["Tarnak Brigades"]);
        Assert.DoesNotContain(said.AgreesWith(Entry, IndexedEntry.From(Entry)), a => a.Affiliated);
        var commander = Entry with { Titles = ["Commander of the Tarnak Brigades"] };
        var agreed = said.AgreesWith(commander, IndexedEntry.From(commander));
        Assert.Contains(agreed, a => a.Affiliated && !a.Strong);
        Assert.Equal("probable", LinkDecision.Decide(EntityKind.Person, Covering(0.93, ["Karim"]), agreed, [], true).State);
        Assert.Equal("candidate", LinkDecision.Decide(EntityKind.Person, Covering(0.93, ["Karim"]), [], [], true).State);
    }
}
