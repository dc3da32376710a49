using Sightline.Alerts;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Storage;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Tests.Alerts;

/// <summary>The bytes of each alert rule's payload: what is stored, listed by <c>sightline alerts --json</c> and sent to
/// webhooks. Names with accents, apostrophes and characters that mean something in HTML show the escaping; absent values
/// show that nulls are written out.</summary>
public sealed class AlertPayloadTests
{
    private static readonly SourceSentence Evidence = new(
        "/srv/cases/brief 7.txt", "Talks at the <port> & after", null, 3, "Tomás Ó Briain met Lena Varga in Tyre on 4 May.", "the port authority");

    private static readonly ListLink Link = new(
        "xx_test", "X-17", "Ó BRIAIN, Tomás", ["TEST-1", "TEST-2"], 0.97, "automatic", "Tomás Ó Briain", "name and nationality agree",
        "2025-06-01", ["2024-02-29"]);

    [Fact]
    public void A_meeting_payload_keeps_its_bytes()
    {
        var listed = new EventParty("Tomás Ó Briain", "ent-1", [Link], "listed", new Designation(new DayRange(new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29)), "list"));
        var other = new EventParty("Lena Varga", null, [], "not_listed", null);
        var meeting = new MeetingEvent("evt-9", new DayRange(new DateOnly(2025, 5, 4), new DateOnly(2025, 5, 4)), "Tyre", "met", 2, 1, [listed, other], [Evidence]);

        Assert.Equal(
            """{"rule":"sanctioned-meeting","event":"evt-9","kind":"met","date":"2025-05-04","date_start":"2025-05-04","date_end":"2025-05-04","place":"Tyre","reports":2,"independent_sources":1,"parties":[{"name":"Tom\u00E1s \u00D3 Briain","id":"ent-1","focus":true,"status_at_date":"listed","designated":"2024-02-29","lists":[{"list":"xx_test","list_id":"X-17","entry":"\u00D3 BRIAIN, Tom\u00E1s","programs":["TEST-1","TEST-2"],"state":"automatic","tier":"automatic","reason":"name and nationality agree"}]},{"name":"Lena Varga","id":null,"focus":false,"status_at_date":"not_listed","designated":null,"lists":[]}],"evidence":[{"document":"/srv/cases/brief 7.txt","title":"Talks at the \u003Cport\u003E \u0026 after","publisher":null,"published":null,"sentence":"Tom\u00E1s \u00D3 Briain met Lena Varga in Tyre on 4 May.","said_by":"the port authority"}]}""",
            MeetingAlerts.Payload(AlertRules.SanctionedMeeting, meeting, [listed]));
    }

    [Fact]
    public void A_meeting_payload_without_date_or_place_keeps_its_bytes()
    {
        var party = new EventParty("D'Arcy Ng", "ent-2", [], "unknown", null);
        var meeting = new MeetingEvent("evt-10", null, null, "call", 1, 1, [party], []);

        Assert.Equal(
            """{"rule":"watched-meeting","event":"evt-10","kind":"call","date":null,"date_start":null,"date_end":null,"place":null,"reports":1,"independent_sources":1,"parties":[{"name":"D\u0027Arcy Ng","id":"ent-2","focus":true,"status_at_date":"unknown","designated":null,"lists":[]}],"evidence":[]}""",
            MeetingAlerts.Payload(AlertRules.WatchedMeeting, meeting, [party]));
    }

    [Fact]
    public void A_watched_mention_payload_keeps_its_bytes()
    {
        var mentioned = new WatchedMention { Id = "ent-3", Name = "Zoë Marchetti", Mentions = 2, Title = null, Publisher = "Rivista & Co" };

        Assert.Equal(
            """{"rule":"watched-mention","entity":"ent-3","name":"Zo\u00EB Marchetti","document":"https://news.example/a?x=1\u0026y=2","title":null,"publisher":"Rivista \u0026 Co","mentions":2}""",
            MeetingAlerts.MentionPayload(mentioned, "https://news.example/a?x=1&y=2"));
    }

    [Fact]
    public void A_list_change_payload_keeps_its_bytes()
    {
        var version = new ListVersion(4, "xx_test", 2, ListFormat.FtmJson, "/srv/lists/xx.json", new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero), "abc", new EntryCounts(1, 0, 0, 0), [], true);
        var link = new ListLinkRow { EntityId = "ent-1", Name = "Tomás Ó Briain", ListId = "X-17", State = "confirmed" };
        var entry = new ListEntry { List = "xx_test", Id = "X-17", Schema = EntrySchema.Person, Name = "Ó BRIAIN, Tomás", Programs = ["TEST-1"], Nationalities = ["ie"] };

        Assert.Equal(
            """{"rule":"designated","list":"xx_test","from_version":1,"to_version":2,"list_as_of":"2026-03-09","entity":"ent-1","entity_name":"Tom\u00E1s \u00D3 Briain","link_state":"confirmed","change":"added","entry":{"list":"xx_test","id":"X-17","schema":"person","name":"\u00D3 BRIAIN, Tom\u00E1s","names":[],"programs":["TEST-1"],"listingDates":[],"birthDates":[],"birthPlaces":[],"nationalities":["ie"],"citizenships":[],"titles":[],"identifiers":[],"addresses":[],"relations":[],"otherFacts":[],"fields":{}}}""",
            ListChangeAlerts.Payload(AlertRules.Designated, version, 1, link, entry));
    }
}
