using System.Text.Json;
using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Import;
using Sightline.Tests.Support;

namespace Sightline.Tests.Alerts;

/// <summary>Each alert rule on the seed reports and on list changes, and that news about the same subject updates an
/// alert instead of raising another.</summary>
public class AlertRuleTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public AlertRuleTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="AlertRuleTestsOnPostgres"/> runs them on PostgreSQL.
    /// Each starts from the sample reports ingested, with the alerts their ingestion raised (the samples template).</summary>
    protected AlertRuleTests(TestStore store) => _knowledge = new KnowledgeFixture(withSamples: true, store: store);

    public void Dispose() => _knowledge.Dispose();

    private Alert Single(string rule, Func<JsonElement, bool> where) =>
        Assert.Single(_knowledge.Alerts.List(includeAcknowledged: true), a => a.Rule == rule && where(JsonDocument.Parse(a.Payload).RootElement));

    private static bool Involves(JsonElement payload, string name) => payload.GetProperty("parties").EnumerateArray().Any(p => p.GetProperty("name").GetString() == name);

    [Fact]
    public void A_meeting_with_a_party_listed_on_its_date_alerts_once_and_a_second_report_updates_it()
    {
        var guterres = Single(AlertRules.SanctionedMeeting, p => Involves(p, "Antonio Guterres"));
        using var payload = JsonDocument.Parse(guterres.Payload);
        var root = payload.RootElement;
        Assert.Equal(2, guterres.Revision); // raised by the MEMRI report, updated by the Jerusalem Post's
        Assert.Equal(2, root.GetProperty("reports").GetInt32());
        Assert.Equal(1, root.GetProperty("independent_sources").GetInt32());
        Assert.Equal("2023-03-02", root.GetProperty("date_start").GetString());
        var khazali = root.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Qais Al-Khaz'ali");
        Assert.True(khazali.GetProperty("focus").GetBoolean());
        Assert.Equal("listed", khazali.GetProperty("status_at_date").GetString());
        var ofac = khazali.GetProperty("lists").EnumerateArray().Single();
        Assert.Equal("28004", ofac.GetProperty("list_id").GetString());
        Assert.Contains("SDGT", ofac.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, root.GetProperty("evidence").GetArrayLength());
        Assert.Contains("Antonio Guterres", guterres.Summary);
        Assert.Contains("Qais Al-Khaz'ali [us_ofac_sdn 28004", guterres.Summary);

        // Reading the same reports again changes no alert.
        _knowledge.NewIngestor();
        _knowledge.IngestSamples();
        Assert.Equal(2, Single(AlertRules.SanctionedMeeting, p => Involves(p, "Antonio Guterres")).Revision);
    }

    [Fact]
    public void A_meeting_before_the_designation_raises_no_alert()
    {
        var alerts = _knowledge.Alerts.List(includeAcknowledged: true);
        Assert.DoesNotContain(alerts, a => JsonDocument.Parse(a.Payload).RootElement is var p && Involves(p, "Haider al-Abadi"));
        Assert.Contains(alerts, a => a.Rule == AlertRules.SanctionedMeeting && a.Summary.Contains("Jeanine Plasschaert", StringComparison.Ordinal));
    }

    [Fact]
    public void A_watched_entity_that_is_mentioned_or_meets_someone_alerts()
    {
        var abadi = EntityLookup.Find(_knowledge.Store, "Haider al-Abadi")[0].Id;
        Assert.Equal("Haider al-Abadi", _knowledge.Alerts.Watch(abadi, "ana"));
        var report = _knowledge.Files.Write("abadi.txt", "Title: Talks in Baghdad\n\nOn June 3, 2024, Haider al-Abadi met Karim Haddad, a businessman, in Baghdad.\n");
        var key = Assert.Single(_knowledge.Ingest(report)).Key;

        var meeting = Single(AlertRules.WatchedMeeting, p => Involves(p, "Karim Haddad"));
        Assert.Contains("Haider al-Abadi", meeting.Summary);
        var mention = Single(AlertRules.WatchedMention, p => p.GetProperty("document").GetString() == key);
        Assert.Equal(abadi, JsonDocument.Parse(mention.Payload).RootElement.GetProperty("entity").GetString());
        Assert.DoesNotContain(_knowledge.Alerts.List(includeAcknowledged: true), a => a.Rule == AlertRules.SanctionedMeeting && a.Summary.Contains("Karim Haddad", StringComparison.Ordinal));
    }

    [Fact, Trait("Speed", "Slow")]
    public void A_list_version_that_adds_or_removes_a_linked_entry_alerts_once_per_change()
    {
        var other = """{"id": "T-1", "schema": "Person", "properties": {"name": ["Ivan Testov"], "nationality": ["ru"], "topics": ["sanction"]}}""";
        var khazali = """{"id": "T-2", "schema": "Person", "properties": {"name": ["Qais al-Khazali"], "nationality": ["iq"], "topics": ["sanction"], "program": ["TEST-IRAQ"]}}""";
        Assert.Null(Import(other, "2026-11-01").Diff); // the first version: nothing to compare with

        var added = Import(other + "\n" + khazali, "2026-11-10");
        Assert.Equal(1, new ListChangeAlerts(_knowledge.Store, _knowledge.Alerts).AfterListVersion(added.Diff!, _knowledge.CurrentLinker()));
        var designated = Single(AlertRules.Designated, _ => true);
        using (var payload = JsonDocument.Parse(designated.Payload))
        {
            Assert.Equal("T-2", payload.RootElement.GetProperty("entry").GetProperty("id").GetString());
            Assert.Equal("added", payload.RootElement.GetProperty("change").GetString());
            Assert.Equal(2, payload.RootElement.GetProperty("to_version").GetInt32());
        }
        // The same change seen again raises nothing.
        Assert.Equal(0, new ListChangeAlerts(_knowledge.Store, _knowledge.Alerts).AfterListVersion(added.Diff!, _knowledge.CurrentLinker()));

        var removed = Import(other, "2026-11-20");
        Assert.Equal(1, new ListChangeAlerts(_knowledge.Store, _knowledge.Alerts).AfterListVersion(removed.Diff!, _knowledge.CurrentLinker()));
        Assert.Contains("Qais Al-Khaz'ali", Single(AlertRules.Delisted, _ => true).Summary);
        Assert.Equal(0L, _knowledge.Sql.Scalar(null, "SELECT COUNT(*) FROM kb_links WHERE list = 'xx_test' AND state = 'automatic'"));
    }

    [Fact]
    public void The_first_version_of_a_new_list_links_and_alerts_for_the_entities_it_names()
    {
        var first = Import("""{"id": "T-2", "schema": "Person", "properties": {"name": ["Qais al-Khazali"], "nationality": ["iq"]}}""", "2026-11-01");
        Assert.Equal(1, new ListChangeAlerts(_knowledge.Store, _knowledge.Alerts).AfterFirstVersion(first.Version, _knowledge.Lists, _knowledge.CurrentLinker()));
        var designated = Single(AlertRules.Designated, p => p.GetProperty("from_version").GetInt32() == 0);
        Assert.Contains("xx_test version 1 lists Qais al-Khazali (T-2", designated.Summary);
    }

    private ImportOutcome.Imported Import(string lines, string published)
    {
        var path = _knowledge.Files.Write($"xx_test-{published}.ftm.json", lines + "\n");
        // A two-entry test list losing one entry is a real delisting here, not a hollowed-out file (ADR-022).
        var outcome = _knowledge.ListImporter.Import(new FtmJsonLinesReader(path, "xx_test", DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            ImportChecks.Standard with { AllowShrink = true });
        return Assert.IsType<ImportOutcome.Imported>(outcome);
    }
}

/// <summary><see cref="AlertRuleTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class AlertRuleTestsOnPostgres() : AlertRuleTests(TestStore.Postgres);
