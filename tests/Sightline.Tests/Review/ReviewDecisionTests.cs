using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Tests.Support;

namespace Sightline.Tests.Review;

/// <summary>Analysts' decisions: each is recorded with who, when and why, and survives reading the reports again and
/// list updates.</summary>
public class ReviewDecisionTests : IDisposable
{
    private const string Report = """
        Title: Militia leader meets envoy

        On May 2, 2024, Qais al-Khazali met with Iraqi Prime Minister Haider al-Abadi in Baghdad. The two discussed the elections.
        """;

    private readonly KnowledgeOnDemand _base;

    public ReviewDecisionTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="ReviewDecisionTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected ReviewDecisionTests(TestStore store) => _base = new KnowledgeOnDemand(store);

    private KnowledgeFixture Knowledge => _base.Current;

    public void Dispose() => _base.Dispose();

    private string Id(string name) => EntityLookup.Find(Knowledge.Store, name)[0].Id;

    /// <summary>The meeting claim of the report read from <paramref name="path"/> (stored under its file name).</summary>
    private string MeetingClaim(string path) =>
        Assert.Single(Knowledge.Sql.Query(null,
            "SELECT c.id FROM kb_claims c JOIN kb_documents d ON d.key = c.document_key WHERE c.kind = 'meeting' AND d.path = $0", r => r.GetString(0), Path.GetFileName(path)));

    [Fact]
    public void A_rejected_claim_stays_rejected_when_a_new_version_of_the_report_is_read()
    {
        var path = Knowledge.Files.Write("report.txt", Report);
        Knowledge.Ingest(path);
        var claim = MeetingClaim(path);
        Knowledge.Review.RejectClaim(claim, "ana", "the photo caption misdates it");
        Assert.Empty(Knowledge.Profile("Haider al-Abadi").Meetings);

        File.AppendAllText(path, "\nThe meeting lasted two hours.\n");
        Knowledge.Ingest(path);
        Assert.Equal("rejected", Knowledge.Sql.Scalar(null, "SELECT status FROM kb_claims WHERE id = $0", claim));
        Assert.Empty(Knowledge.Profile("Haider al-Abadi").Meetings);

        var decision = Assert.Single(Knowledge.Review.Audit());
        Assert.Equal(("reject-claim", claim, "ana", "the photo caption misdates it"), (decision.Action, decision.Target, decision.User, decision.Reason));
        Assert.Equal(Knowledge.Clock.GetUtcNow(), decision.DecidedAt);
    }

    [Fact]
    public void Not_a_meeting_removes_the_event_and_it_does_not_come_back()
    {
        _base.StartFromSamples();
        var plasschaert = Knowledge.Profile("Jeanine Plasschaert").Meetings;
        var first = plasschaert.OrderBy(m => m.Date?.Start).First();
        Knowledge.Review.NotAMeeting(first.Id, "ana", "a courtesy call, not a meeting");
        Assert.Equal(plasschaert.Count - 1, Knowledge.Profile("Jeanine Plasschaert").Meetings.Count);

        Knowledge.Sql.Run(null, "UPDATE kb_documents SET version = 'stale'"); // every report reads as a new version
        Knowledge.NewIngestor();
        Knowledge.IngestSamples();
        Assert.DoesNotContain(Knowledge.Profile("Jeanine Plasschaert").Meetings, m => m.Date == first.Date);
    }

    [Fact]
    public void A_merge_holds_when_the_reports_are_read_again()
    {
        var a = Knowledge.Files.Write("a.txt", "Title: A\n\nOn May 2, 2024, Karim Haddad met Salim Nasser in Beirut.\n");
        var b = Knowledge.Files.Write("b.txt", "Title: B\n\nOn June 5, 2024, Abu Yasir Mansour met Omar Saleh in Beirut.\n");
        Knowledge.Ingest(a, b);
        var (karim, kareem) = (Id("Karim Haddad"), Id("Abu Yasir Mansour"));
        Assert.NotEqual(karim, kareem);

        Knowledge.Review.Merge(kareem, karim, "ana", "Abu Yasir Mansour is his nom de guerre, per his company registry");
        Assert.Equal(2, Knowledge.Profile("Karim Haddad").Meetings.Count);

        Knowledge.Sql.Run(null, "UPDATE kb_documents SET version = 'stale'");
        Knowledge.NewIngestor();
        Knowledge.Ingest(a, b);
        Assert.Equal(karim, Id("Abu Yasir Mansour"));
        Assert.Null(Knowledge.Sql.Scalar(null, "SELECT 1 FROM kb_entities WHERE id = $0", kareem));
        Assert.Equal(2, Knowledge.Profile("Karim Haddad").Meetings.Count);
        Assert.Contains("merged", Assert.Single(Knowledge.Review.Audit()).Detail);
    }

    [Fact]
    public void A_split_holds_when_the_reports_are_read_again()
    {
        var a = Knowledge.Files.Write("a.txt", "Title: A\n\nOn May 2, 2024, Karim Haddad met Salim Nasser in Beirut.\n");
        var b = Knowledge.Files.Write("b.txt", "Title: B\n\nOn June 5, 2024, Karim Haddad met Omar Saleh in Amman.\n");
        var keyOfB = Knowledge.Ingest(a, b)[1].Key;
        var karim = Id("Karim Haddad");
        Assert.Equal(2, Knowledge.Profile(karim).Meetings.Count);

        var other = Knowledge.Review.Split(karim, keyOfB, "ana", "the Amman report is about his cousin");
        Assert.Single(Knowledge.Profile(karim).Meetings);
        Assert.Single(Knowledge.Profiles.Read(other)!.Meetings);

        Knowledge.Sql.Run(null, "UPDATE kb_documents SET version = 'stale'");
        Knowledge.NewIngestor();
        Knowledge.Ingest(a, b);
        Assert.Contains(Knowledge.Profile(karim).Meetings, m => m.Participants.Any(p => p.Name == "Salim Nasser"));
        Assert.DoesNotContain(Knowledge.Profile(karim).Meetings, m => m.Participants.Any(p => p.Name == "Omar Saleh"));
        Assert.Contains(Knowledge.Profiles.Read(other)!.Meetings, m => m.Participants.Any(p => p.Name == "Omar Saleh"));
    }

    [Fact]
    public void Link_and_unlink_decisions_survive_re_ingestion_and_a_list_update()
    {
        _base.StartFromSamples();
        var khazali = Id("Qais al-Khazali");
        var hezbollah = Id("Hezbollah");
        var candidate = Knowledge.Profiles.Read(hezbollah)!.Candidates.First();
        Knowledge.Review.Link(hezbollah, candidate.List, candidate.ListId, "ana", "the entry is Lebanese Hizballah");
        Knowledge.Review.Unlink(khazali, "us_ofac_sdn", "28004", "ben", "testing that an analyst's no sticks");

        Knowledge.Sql.Run(null, "UPDATE kb_documents SET version = 'stale'");
        Knowledge.NewIngestor();
        Knowledge.IngestSamples();
        var path = Knowledge.Files.Write("xx_test.ftm.json", """{"id": "T-1", "schema": "Person", "properties": {"name": ["Ivan Testov"]}}""" + "\n");
        Knowledge.ListImporter.Import(new FtmJsonLinesReader(path, "xx_test", DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var second = Knowledge.Files.Write("xx_test2.ftm.json", """{"id": "T-2", "schema": "Person", "properties": {"name": ["Olga Testova"]}}""" + "\n");
        var update = Assert.IsType<ImportOutcome.Imported>(Knowledge.ListImporter.Import(new FtmJsonLinesReader(second, "xx_test", DateTimeOffset.Parse("2026-11-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))));
        new ListChangeAlerts(Knowledge.Store, Knowledge.Alerts).AfterListVersion(update.Diff!, Knowledge.CurrentLinker());

        Assert.Contains(Knowledge.Profiles.Read(hezbollah)!.Links, l => l.ListId == candidate.ListId && l.State == "confirmed");
        Assert.DoesNotContain(Knowledge.Profiles.Read(khazali)!.Links, l => l.ListId == "28004");
        Assert.Equal(["unlink", "link"], Knowledge.Review.Audit().Select(d => d.Action));
        Assert.Equal("ben", Knowledge.Review.Audit()[0].User);
    }

    [Fact]
    public void Decisions_on_things_that_do_not_exist_or_without_a_reason_are_refused()
    {
        _base.StartFromSamples();
        Assert.Contains("no claim C-nope", Assert.Throws<ReviewException>(() => Knowledge.Review.RejectClaim("C-nope", "ana", "x")).Message);
        Assert.Contains("no entry 99999999", Assert.Throws<ReviewException>(() => Knowledge.Review.Link(Id("Qais al-Khazali"), "us_ofac_sdn", "99999999", "ana", "x")).Message);
        Assert.Contains("not the same kind of entity", Assert.Throws<ReviewException>(() => Knowledge.Review.Merge(Id("Hezbollah"), Id("Qais al-Khazali"), "ana", "x")).Message);
        Assert.Contains("needs a reason", Assert.Throws<ReviewException>(() => Knowledge.Review.Merge(Id("Laith al-Khazali"), Id("Qais al-Khazali"), "ana", " ")).Message);
        Assert.Empty(Knowledge.Review.Audit());
        Assert.NotNull(Knowledge.Sql.Scalar(null, "SELECT 1 FROM kb_entities WHERE id = $0", Id("Laith al-Khazali"))); // the refused merge changed nothing
    }

    [Fact]
    public void Activating_an_earlier_list_version_is_audited_and_refused_without_a_reason()
    {
        var copy = Knowledge.Files.CopyFolder(Repository.SdnFolder, "sdn-v2");
        OfacFiles.EditLines(Path.Combine(copy, "sdn.csv"), lines => lines.Where(l => !l.StartsWith("28004,", StringComparison.Ordinal)));
        Assert.IsType<ImportOutcome.Imported>(Knowledge.ListImporter.Import(new Sightline.Lists.Formats.Ofac.OfacCsvListReader(copy, Sightline.Lists.Formats.Ofac.OfacFileSet.Sdn)));

        Assert.Throws<ReviewException>(() => Knowledge.Review.ActivateListVersion("us_ofac_sdn", 1, "ana", ""));
        Assert.Equal(2, Knowledge.Lists.ActiveVersions().Single(v => v.List == "us_ofac_sdn").Number);
        Assert.Contains("no version 7", Assert.Throws<ReviewException>(() => Knowledge.Review.ActivateListVersion("us_ofac_sdn", 7, "ana", "why")).Message);

        var (previous, active) = Knowledge.Review.ActivateListVersion("us_ofac_sdn", 1, "ana", "version 2 dropped a listed man");
        Assert.Equal((2, 1), (previous.Number, active.Number));
        Assert.NotNull(Knowledge.Lists.Entry("us_ofac_sdn", "28004"));
        var decision = Assert.Single(Knowledge.Review.Audit());
        Assert.Equal(("activate-list", "us_ofac_sdn", "ana"), (decision.Action, decision.Target, decision.User));
        Assert.Contains("version 1", decision.Detail);
    }
}

/// <summary><see cref="ReviewDecisionTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class ReviewDecisionTestsOnPostgres() : ReviewDecisionTests(TestStore.Postgres);
