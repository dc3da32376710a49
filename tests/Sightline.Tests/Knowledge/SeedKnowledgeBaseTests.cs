using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>The knowledge base built from the five seed reports and the bundled lists, end to end: who Qais al-Khazali
/// is, his list link, his meetings as events with their status at the date, and no false links.</summary>
public sealed class SeedKnowledgeBaseTests : IClassFixture<SeedKnowledgeBaseTests.Seeds>
{
    public sealed class Seeds : IDisposable
    {
        public Seeds()
        {
            Knowledge = new KnowledgeFixture();
            Outcomes = Knowledge.IngestSamples();
        }

        public KnowledgeFixture Knowledge { get; }
        public List<IngestOutcome> Outcomes { get; }

        public void Dispose() => Knowledge.Dispose();
    }

    private readonly Seeds _seeds;

    public SeedKnowledgeBaseTests(Seeds seeds) => _seeds = seeds;

    private EntityProfile Khazali => _seeds.Knowledge.Profile("Qais al-Khazali");

    [Fact]
    public void Every_sample_is_ingested()
    {
        Assert.Equal(5, _seeds.Outcomes.Count);
        Assert.All(_seeds.Outcomes, o => Assert.Equal(IngestResult.Added, o.Result));
    }

    [Fact]
    public void Three_spellings_across_reports_are_one_person_and_his_brother_is_another()
    {
        var names = Khazali.Names.Select(n => n.Name).ToList();
        Assert.Contains("Qais Al-Khaz'ali", names);
        Assert.Contains("Qais Khazali", names);
        Assert.Contains("Qais al-Khazali", names);
        Assert.True(Khazali.Names.SelectMany(n => n.Documents).Distinct().Count() >= 5);
        var laith = _seeds.Knowledge.Profile("Laith al-Khazali");
        Assert.NotEqual(Khazali.Id, laith.Id);
        Assert.DoesNotContain(laith.Names, n => n.Name.StartsWith("Qais", StringComparison.Ordinal));
    }

    [Fact]
    public void Khazali_is_linked_automatically_to_OFAC_28004_and_heads_the_listed_Asaib_Ahl_al_Haq()
    {
        var link = Assert.Single(Khazali.Links);
        Assert.Equal(("us_ofac_sdn", "28004"), (link.List, link.ListId));
        Assert.True(link.Automatic);
        Assert.Contains("SDGT", link.Programs);
        Assert.Contains("GLOMAG", link.Programs);
        Assert.Equal("2021-07-07", link.ListAsOf);
        Assert.Contains(Khazali.Roles, r => r.OrganizationLinks.Any(l => l.ListId == "28283"));
    }

    [Fact]
    public void The_reports_statements_are_checked_against_the_list()
    {
        Assert.NotEmpty(Khazali.Statements);
        Assert.All(Khazali.Statements.Where(s => s.Authority is "US Treasury" or "US" or "US Treasury OFAC"), s => Assert.Equal("consistent", s.Check));
        Assert.Equal("2019-12-06", Khazali.Designation!.Date.Value);
    }

    [Fact]
    public void The_contacts_come_in_date_order_with_every_seed_meeting()
    {
        var meetings = Khazali.Meetings;
        var dated = meetings.Where(m => m.Date is not null).Select(m => m.Date!.Value.Start).ToList();
        Assert.Equal(dated.Order(), dated);
        string[] expected = ["2016-10", "2017-12", "2018-03-05", "2022-06-27", "2022-07-26", "2023-02-22", "2023-03-02/2023-03-03", "2023-10-29", "2024-05-13"];
        Assert.Equal(expected, meetings.Select(m => m.Date?.Value).ToArray());
        Assert.Contains(meetings, m => m.Participants.Any(p => p.Name == "Haider al-Abadi"));
        Assert.Contains(meetings, m => m.Participants.Any(p => p.Name == "Cui Wei") && m.Date!.Value.Value == "2024-05-13");
        Assert.Contains(meetings, m => m.Participants.Any(p => p.Name.Contains("Hamdan", StringComparison.Ordinal)) && m.Participants.Any(p => p.Name == "Hamas"));
    }

    [Fact]
    public void The_Guterres_photo_told_by_two_reports_is_one_event_from_one_independent_source_with_the_most_precise_date()
    {
        var guterres = Assert.Single(Khazali.Meetings, m => m.Participants.Any(p => p.Name == "Antonio Guterres"));
        Assert.Equal(2, guterres.Reports);
        Assert.Equal(2, guterres.Evidence.Select(e => e.Document).Distinct().Count());
        // MEMRI published one report (sources.csv names the publisher); the Jerusalem Post's says "MEMRI showed …".
        Assert.Equal(1, guterres.Sources);
        Assert.Equal("2023-03-02", guterres.Date!.Value.StartText);
        Assert.Equal("2023-03-03", guterres.Date!.Value.EndText);
        Assert.Contains(guterres.Participants, p => p.Name == "Rayan Al-Kildani" && p.Links.Any(l => l.ListId == "27012"));
    }

    [Fact]
    public void Meeting_Abadi_in_October_2016_was_before_the_designation()
    {
        var abadi = Assert.Single(Khazali.Meetings, m => m.Participants.Any(p => p.Name == "Haider al-Abadi"));
        var khazali = Assert.Single(abadi.Participants, p => p.Id == Khazali.Id);
        Assert.Equal("designated_later", khazali.StatusAtDate);
        Assert.Equal("2019-12-06", khazali.Designation!.Date.Value);
        Assert.Equal("not_listed", abadi.Participants.Single(p => p.Name == "Haider al-Abadi").StatusAtDate);
        var guterres = Khazali.Meetings.Single(m => m.Participants.Any(p => p.Name == "Antonio Guterres"));
        Assert.Equal("listed", guterres.Participants.Single(p => p.Id == Khazali.Id).StatusAtDate);
    }

    [Fact]
    public void The_Chinese_ambassador_stays_an_office_holder_where_no_dated_role_covers_the_meeting()
    {
        var earlier = Khazali.Meetings.Where(m => m.Date is { } d && d.Start.Year is 2018 or 2022 && m.Participants.Any(p => p.Name.Contains("ambassador", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Equal(2, earlier.Count);
        Assert.All(earlier, m => Assert.Contains(m.Participants, p => p.Id is null && p.Name == "[Chinese ambassador to Iraq]"));
    }

    [Fact]
    public void There_is_a_chain_of_meetings_from_Guterres_to_Hamdan_through_Khazali()
    {
        var guterres = EntityLookup.Find(_seeds.Knowledge.Store, "Antonio Guterres")[0].Id;
        var hamdan = EntityLookup.Find(_seeds.Knowledge.Store, "Osama Hamdan")[0].Id;
        var path = new ContactGraph(_seeds.Knowledge.Store).Path(guterres, hamdan);
        Assert.NotNull(path);
        Assert.Equal(2, path!.Count);
        Assert.Equal(Khazali.Id, path[0].To);
        Assert.All(path, edge => Assert.False(string.IsNullOrEmpty(edge.Evidence)));
    }

    [Theory]
    [InlineData("Muhammad Al-Kubaisi")]
    [InlineData("Bilal Al-Jaber")]
    [InlineData("Maki Al-Nazzal")]
    [InlineData("Farhan Haq")]
    [InlineData("Haider al-Abadi")]
    [InlineData("Antonio Guterres")]
    [InlineData("Jeanine Plasschaert")]
    [InlineData("Cui Wei")]
    [InlineData("Joel Rayburn")]
    public void A_seed_person_on_no_list_is_linked_to_none(string name)
    {
        var profile = _seeds.Knowledge.Profile(name);
        Assert.Empty(profile.Links);
    }

    [Fact]
    public void No_unlisted_seed_person_is_linked_anywhere_in_the_knowledge_base()
    {
        // Every person with an automatic link must be someone a seed report says is sanctioned.
        var linked = _seeds.Knowledge.Store.Connection.Query(null,
            "SELECT DISTINCT e.name FROM kb_links l JOIN kb_entities e ON e.id = l.entity_id WHERE e.schema = 'Person' AND l.state = 'automatic'", r => r.GetString(0));
        string[] sanctionedInSeeds = ["Qais Al-Khaz'ali", "Laith al-Khazali", "Rayan Al-Kildani", "Osama Hamdan", "Abu Mahdi al-Muhandis", "Khamis Farhan al-Khanjar", "Husayn Falih"];
        Assert.All(linked, name => Assert.Contains(name, sanctionedInSeeds));
    }
}
