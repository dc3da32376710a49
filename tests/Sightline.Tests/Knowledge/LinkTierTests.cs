using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>The link decision's tiers end to end: a probable link on a distinctive name counts wherever a link counts and
/// waits in the review queue; a namesake gets none; an analyst's decision outlives a re-link after a list update.</summary>
public class LinkTierTests : IDisposable
{
    private const string Report = """
        Envoy holds talks in Geneva

        May 4, 2021

        Musa Ali Daqduq met the Norwegian envoy Pieter Halvorsen in Geneva on May 3, 2021, officials said.

        Halvorsen also met Rami al-Khazali, a lawmaker, in Geneva on the same day.
        """;

    private readonly KnowledgeOnDemand _base;

    public LinkTierTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="LinkTierTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected LinkTierTests(TestStore store) => _base = new KnowledgeOnDemand(store);

    private KnowledgeFixture Knowledge => _base.Current;

    public void Dispose() => _base.Dispose();

    private string Ingest() => Knowledge.Files.Write("geneva.txt", Report);

    private ListLink Link(string name, string listId) => Assert.Single(Knowledge.Profile(name).Links, l => l.ListId == listId);

    [Fact]
    public void A_distinctive_name_with_nothing_against_it_is_a_probable_link_that_counts_and_says_why()
    {
        Knowledge.Ingest(Ingest());
        var link = Link("Musa Ali Daqduq", "15584");
        Assert.Equal("probable", link.Tier);
        Assert.Contains("distinctive name", link.Reason, StringComparison.Ordinal);
        Assert.Contains("to be confirmed", link.Reason, StringComparison.Ordinal);

        var sanctioned = new EventReader(Knowledge.Store, new Sightline.Knowledge.Status.SanctionsReader(Knowledge.Store, Knowledge.Lists)).ReadNewest(true, 0);
        var meeting = Assert.Single(sanctioned);
        Assert.Contains(meeting.Participants, p => p.Name == "Musa Ali Daqduq" && p.StatusAtDate != "not_listed");
        var alert = Assert.Single(Knowledge.Alerts.List(), a => a.Rule == AlertRules.SanctionedMeeting);
        Assert.Contains("probable link", alert.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namesake_sharing_a_listed_family_name_gets_no_link()
    {
        Knowledge.Ingest(Ingest());
        Assert.DoesNotContain(Knowledge.Profile("Rami al-Khazali").Links, l => l.Tier is not null);
    }

    [Fact]
    public void The_queue_puts_links_on_alerted_meetings_first_and_one_action_confirms_or_rejects()
    {
        Knowledge.Ingest(Ingest());
        var queue = LinkQueue.Read(Knowledge.Store, Knowledge.Lists, 0);
        var first = queue[0];
        Assert.Equal(("Musa Ali Daqduq", "15584", "probable"), (first.EntityName, first.ListId, first.State));
        Assert.True(first.AlertedMeetings > 0);
        Assert.All(queue.Skip(1), q => Assert.True(q.AlertedMeetings <= first.AlertedMeetings));

        Knowledge.Review.Link(first.EntityId, first.List, first.ListId, "ana", "the entry's remarks match his biography");
        Assert.Equal("confirmed", Link("Musa Ali Daqduq", "15584").Tier);
        Assert.DoesNotContain(LinkQueue.Read(Knowledge.Store, Knowledge.Lists, 0), q => q.EntityId == first.EntityId && q.ListId == "15584");
    }

    [Fact, Trait("Speed", "Slow")]
    public void A_re_link_after_a_list_update_re_applies_the_decision_and_leaves_the_analysts_links_alone()
    {
        _base.StartFromSamples();
        Knowledge.Ingest(Ingest());
        var daqduq = Knowledge.Profile("Musa Ali Daqduq").Id;
        var khazali = Knowledge.Profile("Qais al-Khazali").Id;
        var hamdan = Knowledge.Profile("Osama Hamdan").Id;
        Knowledge.Review.Link(daqduq, "us_ofac_sdn", "15584", "ana", "confirmed from the entry's remarks");
        Knowledge.Review.Unlink(khazali, "us_ofac_sdn", "28004", "ben", "testing that an analyst's no sticks");
        Knowledge.Sql.Run(null, "UPDATE kb_links SET state = 'candidate', reason = 'stale' WHERE entity_id = $0", hamdan);

        var first = Knowledge.Files.Write("xx_test.ftm.json", """{"id": "T-1", "schema": "Person", "properties": {"name": ["Ivan Testov"]}}""" + "\n");
        Knowledge.ListImporter.Import(new FtmJsonLinesReader(first, "xx_test", DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var second = Knowledge.Files.Write("xx_test2.ftm.json", """{"id": "T-2", "schema": "Person", "properties": {"name": ["Osama Hamdan"]}}""" + "\n");
        var update = Assert.IsType<ImportOutcome.Imported>(Knowledge.ListImporter.Import(new FtmJsonLinesReader(second, "xx_test", DateTimeOffset.Parse("2026-11-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))));
        new ListChangeAlerts(Knowledge.Store, Knowledge.Alerts).AfterListVersion(update.Diff!, Knowledge.CurrentLinker());

        Assert.Equal("confirmed", Link("Musa Ali Daqduq", "15584").State);
        Assert.DoesNotContain(Knowledge.Profiles.Read(khazali)!.Links, l => l.ListId == "28004");
        Assert.Equal("rejected", Knowledge.Sql.Scalar(null, "SELECT state FROM kb_links WHERE entity_id = $0 AND list_id = '28004'", khazali));
        Assert.Equal("automatic", Link("Osama Hamdan", "7913").Tier);
    }

    [Fact]
    public void An_organisation_whose_name_is_an_entrys_own_name_links_in_another_spelling()
    {
        _base.StartFromSamples();
        var hezbollah = Assert.Single(Knowledge.Profile("Hezbollah").Links, l => l.List == "us_ofac_sdn");
        Assert.Equal(("4697", "automatic"), (hezbollah.ListId, hezbollah.Tier));
        Assert.Contains("own name", hezbollah.Reason, StringComparison.Ordinal);
        Assert.Equal("automatic", Assert.Single(Knowledge.Profile("Hamas").Links).Tier);
    }

    [Fact]
    public void The_seed_brothers_each_get_their_own_entry_and_the_relatives_tie_agrees()
    {
        _base.StartFromSamples();
        var laith = Link("Laith al-Khazali", "28005");
        Assert.Equal("automatic", laith.Tier);
        Assert.Contains("brother is linked to us_ofac_sdn 28004", laith.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Knowledge.Profile("Laith al-Khazali").Links, l => l.ListId == "28004");
    }
}

/// <summary><see cref="LinkTierTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class LinkTierTestsOnPostgres() : LinkTierTests(TestStore.Postgres);
