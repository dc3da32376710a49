using Sightline.Tests.Support;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Sightline.Tests.Web;

/// <summary><c>GET /alerts</c> and its filters (rule, status, day, report, meeting), the meeting an alert leads to
/// (<c>GET /meetings/{id}</c>), and the alerts an upload answers with, on the test host over the five sample reports.</summary>
public class AlertApiTests : IAsyncLifetime
{
    private readonly TestStore _store;

    public AlertApiTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="AlertApiTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected AlertApiTests(TestStore store) => _store = store;

    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync(store: _store);

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private async Task<List<JsonElement>> Alerts(string query) => [.. (await Get("/alerts" + query)).EnumerateArray()];

    private Task<JsonElement> Get(string path) => _api.GetJson(path);

    private async Task<string> Problem(string path, HttpStatusCode status)
    {
        var response = await _api.Client.GetAsync(path, Cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("detail").GetString()!;
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    [Fact]
    public async Task Rule_and_status_filters_select_what_they_name()
    {
        var open = await Alerts("");
        Assert.True(open.Count >= 2, $"the samples raise {open.Count} alerts");
        var meetings = await Alerts("?rule=sanctioned-meeting");
        Assert.NotEmpty(meetings);
        Assert.All(meetings, a => Assert.Equal("sanctioned-meeting", Text(a, "rule")));
        Assert.Empty(await Alerts("?rule=delisted"));

        var seen = Text(meetings[0], "id");
        Assert.Equal(HttpStatusCode.OK, (await _api.Analyst.PostAsync($"/alerts/{seen}/ack", null, Cancel)).StatusCode);
        var acknowledged = await Alerts("?status=acknowledged");
        Assert.Equal([seen], acknowledged.Select(a => Text(a, "id")));
        Assert.Equal(ApiHost.AnalystName, Text(acknowledged[0], "acknowledged_by"));
        Assert.DoesNotContain(await Alerts("?status=open"), a => Text(a, "id") == seen);
        Assert.Equal(open.Count, (await Alerts("?status=all")).Count);
        Assert.Equal(open.Count, (await Alerts("?all=true")).Count); // the older spelling of status=all still works
        Assert.Equal(meetings.Count - 1, (await Alerts("?rule=sanctioned-meeting&status=open")).Count);

        Assert.Contains("open, acknowledged or all", await Problem("/alerts?status=seen", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("sanctioned-meeting", await Problem("/alerts?rule=meeting", HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Day_filters_bound_the_day_an_alert_was_last_updated()
    {
        var all = await Alerts("?status=all");
        var days = all.Select(a => DateOnly.FromDateTime(a.GetProperty("updated_at").GetDateTimeOffset().UtcDateTime)).ToList();
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (first, last) = (days.Min(), days.Max());

        Assert.Equal(all.Count, (await Alerts($"?status=all&since={Day(first)}&until={Day(last)}")).Count);
        Assert.Equal(days.Count(d => d == last), (await Alerts($"?status=all&since={Day(last)}")).Count);
        Assert.Empty(await Alerts($"?status=all&since={Day(last.AddDays(1))}"));
        Assert.Empty(await Alerts($"?status=all&until={Day(first.AddDays(-1))}"));
        Assert.Contains("yyyy-MM-dd", await Problem("/alerts?since=yesterday", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem("/alerts?until=2026-02-30", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_meeting_alert_leads_to_its_meeting_its_parties_and_its_source_sentences()
    {
        var alert = (await Alerts("?rule=sanctioned-meeting")).First(a => a.GetProperty("meeting_date").ValueKind == JsonValueKind.String);
        var meetingId = Text(alert, "meeting_id");
        Assert.Equal(Text(alert, "subject"), meetingId);
        var focus = alert.GetProperty("parties").EnumerateArray().Where(p => p.GetProperty("focus").GetBoolean()).ToList();
        Assert.NotEmpty(focus);
        Assert.All(focus, p => Assert.Contains(Text(p, "status_at_date"), new[] { "listed", "unknown" }));

        var meeting = await Get($"/meetings/{meetingId}");
        Assert.Equal(Text(alert, "meeting_date"), Text(meeting, "date"));
        var parties = meeting.GetProperty("participants").EnumerateArray().ToList();
        foreach (var party in focus)
            Assert.Contains(parties, p => p.GetProperty("id").GetString() == party.GetProperty("id").GetString() && p.GetProperty("list_links").GetArrayLength() > 0);
        var evidence = meeting.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        foreach (var source in evidence)
        {
            // The sentence is the report's own: the report's claims hold it, in the sentence the evidence points to.
            var document = await Get($"/documents/{Text(source, "document_id")}");
            Assert.Contains(document.GetProperty("claims").EnumerateArray(), c => c.GetProperty("event_id").GetString() == meetingId
                && c.GetProperty("sentence").GetInt32() == source.GetProperty("sentence").GetInt32() && Text(source, "text").Contains(Text(c, "evidence"), StringComparison.Ordinal));
        }

        Assert.Equal([Text(alert, "id")], (await Alerts($"?meeting={meetingId}&status=all")).Select(a => Text(a, "id")));
        await Problem("/meetings/M-000000000000", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_document_filter_gives_the_alerts_about_the_reports_meetings()
    {
        var alert = (await Alerts("?rule=sanctioned-meeting"))[0];
        var meeting = await Get($"/meetings/{Text(alert, "meeting_id")}");
        var documentId = Text(meeting.GetProperty("evidence")[0], "document_id");
        var document = await Get($"/documents/{documentId}");
        var events = document.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("event_id").GetString()).OfType<string>().ToHashSet();

        var ofReport = await Alerts($"?document={documentId}&status=all");
        Assert.Contains(ofReport, a => Text(a, "id") == Text(alert, "id"));
        Assert.All(ofReport, a => Assert.Contains(Text(a, "meeting_id"), events));
        Assert.True(ofReport.Count < (await Alerts("?status=all")).Count, "one report's alerts are fewer than all of them");
        var listed = (await Get("/documents")).EnumerateArray().Single(d => Text(d, "id") == documentId);
        Assert.Equal(ofReport.Count, listed.GetProperty("alerts").GetInt32()); // the reports page counts the same alerts
        await Problem("/alerts?document=D-000000000000", HttpStatusCode.NotFound);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task An_upload_answers_with_the_alerts_its_report_raised()
    {
        using var quiet = new MultipartFormDataContent
        {
            { new StringContent("Tunis, June 9, 2025. Leila Ferchichi met with Omar Bensalem in Sfax on June 8, 2025, a ministry statement said.\n"), "file", "quiet.txt" },
        };
        var none = JsonDocument.Parse(await (await _api.Analyst.PostAsync("/documents", quiet, Cancel)).Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("documents")[0];
        Assert.Equal(0, none.GetProperty("alerts").GetArrayLength());

        using var form = new MultipartFormDataContent
        {
            { new StringContent("Basra, April 15, 2025. Qais al-Khazali met with Nabil Sarraf in Basra on April 14, 2025 to discuss the port contracts, local media said.\n"), "file", "port.txt" },
        };
        var response = await _api.Analyst.PostAsync("/documents", form, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("documents")[0];
        var raised = uploaded.GetProperty("alerts").EnumerateArray().ToList();
        var alert = Assert.Single(raised, a => Text(a, "rule") == "sanctioned-meeting");
        Assert.Equal("2025-04-14", Text(alert, "meeting_date"));
        Assert.Contains(alert.GetProperty("parties").EnumerateArray(), p => Text(p, "name").Contains("Sarraf", StringComparison.Ordinal) && !p.GetProperty("focus").GetBoolean());
        Assert.Equal(raised.Select(a => Text(a, "id")), (await Alerts($"?document={Text(uploaded, "id")}&status=all")).Select(a => Text(a, "id")));
    }
}

/// <summary><see cref="AlertApiTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class AlertApiTestsOnPostgres() : AlertApiTests(TestStore.Postgres);
