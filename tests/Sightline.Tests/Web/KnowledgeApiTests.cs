using Sightline.Tests.Support;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Sightline.Tests.Web;

/// <summary>The knowledge-base API on the test host over the five sample reports: search, profiles, timeline, graph,
/// path, documents with spans, meetings, alerts, lists and diffs, each with its problem details.</summary>
public class KnowledgeApiTests : IAsyncLifetime
{
    private readonly TestStore _store;

    public KnowledgeApiTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="KnowledgeApiTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected KnowledgeApiTests(TestStore store) => _store = store;

    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync(store: _store);

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> Get(string path) => _api.GetJson(path);

    private async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    private async Task<string> KhazaliId() =>
        (await Get("/search/default?q=Qais%20al-Khazali")).GetProperty("entities")[0].GetProperty("id").GetString()!;

    [Fact]
    public async Task Search_groups_list_entries_and_people_in_any_script()
    {
        var latin = await Get("/search/default?q=Qais%20al-Khazali");
        Assert.Contains(latin.GetProperty("list_entries").EnumerateArray(), e => e.GetProperty("id").GetString() == "us_ofac_sdn:28004" && e.GetProperty("match").GetBoolean());
        var person = latin.GetProperty("entities")[0];
        Assert.StartsWith("Qais", person.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains("us_ofac_sdn:28004", person.GetProperty("list_links").EnumerateArray().Select(l => l.GetString()));

        var arabic = await Get($"/search/default?q={Uri.EscapeDataString("قيس الخزعلي")}");
        Assert.Equal("us_ofac_sdn:28004", arabic.GetProperty("list_entries")[0].GetProperty("id").GetString());
        Assert.Equal(person.GetProperty("id").GetString(), arabic.GetProperty("entities")[0].GetProperty("id").GetString());

        var un = await Get("/search/un_sc_sanctions?q=Qais%20al-Khazali");
        Assert.All(un.GetProperty("list_entries").EnumerateArray(), e => Assert.Equal("un_sc_sanctions", e.GetProperty("list").GetString()));
        await Problem(await _api.Client.GetAsync("/search/default?q=", Cancel), HttpStatusCode.BadRequest);
        await Problem(await _api.Client.GetAsync("/search/eu_fsf?q=x", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entities_are_profiles_or_list_entries_with_timeline_graph_and_path()
    {
        var id = await KhazaliId();
        var profile = await Get($"/entities/{id}");
        Assert.Contains(profile.GetProperty("list_links").EnumerateArray(), l => l.GetProperty("list_id").GetString() == "28004");
        Assert.True(profile.GetProperty("meetings_total").GetInt32() >= 8);

        var entry = await Get("/entities/us_ofac_sdn:28004");
        Assert.Equal("AL-KHAZALI, Qais", entry.GetProperty("caption").GetString());
        Assert.Contains(entry.GetProperty("linked_entities").EnumerateArray(), e => e.GetProperty("id").GetString() == id);

        var timeline = (await Get($"/entities/{id}/timeline")).GetProperty("meetings").EnumerateArray().ToList();
        var starts = timeline.Select(m => m.GetProperty("date_start").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        var month = timeline.First(m => m.GetProperty("date").GetString() == "2016-10");
        Assert.Equal(("2016-10-01", "2016-10-31"), (month.GetProperty("date_start").GetString(), month.GetProperty("date_end").GetString()));

        var graph = await Get($"/entities/{id}/graph?depth=1");
        var guterres = graph.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("name").GetString()!.Contains("Guterres", StringComparison.Ordinal));
        var edge = graph.GetProperty("edges").EnumerateArray().First(e => e.GetProperty("target").GetString() == guterres.GetProperty("id").GetString()
            || e.GetProperty("source").GetString() == guterres.GetProperty("id").GetString());
        var report = await Get($"/documents/{edge.GetProperty("document_id").GetString()}");
        Assert.Contains(edge.GetProperty("evidence").GetString()!, report.GetProperty("text").GetString()!, StringComparison.Ordinal);

        var path = await Get($"/path?from={id}&to={Uri.EscapeDataString("Antonio Guterres")}");
        Assert.Equal(1, path.GetProperty("hops").GetInt32());
        await Problem(await _api.Client.GetAsync("/entities/P-000000000000", Cancel), HttpStatusCode.NotFound);
        await Problem(await _api.Client.GetAsync("/entities/P-000000000000/graph", Cancel), HttpStatusCode.NotFound);
        await Problem(await _api.Client.GetAsync($"/path?from={id}", Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_graph_keeps_the_meetings_of_a_period_and_only_sanctioned_parties_when_asked()
    {
        var id = await KhazaliId();
        var all = await Get($"/entities/{id}/graph?depth=1");
        var year = await Get($"/entities/{id}/graph?depth=1&from=2023&to=2023");
        var dates = year.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("date_start").GetString()!, e.GetProperty("date_end").GetString()!)).ToList();
        Assert.InRange(dates.Count, 1, all.GetProperty("edges").GetArrayLength() - 1);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d.Item1, "2023-12-31") <= 0 && string.CompareOrdinal(d.Item2, "2023-01-01") >= 0, $"{d} is not in 2023"));
        var since = await Get($"/entities/{id}/graph?from=2023-03");
        Assert.All(since.GetProperty("edges").EnumerateArray(), e => Assert.True(string.CompareOrdinal(e.GetProperty("date_end").GetString(), "2023-03-01") >= 0));
        Assert.Contains(since.GetProperty("edges").EnumerateArray(), e => string.CompareOrdinal(e.GetProperty("date_start").GetString(), "2024") > 0); // no end: open
        Assert.InRange(since.GetProperty("edges").GetArrayLength(), 1, all.GetProperty("edges").GetArrayLength() - 1);

        var listed = await Get($"/entities/{id}/graph?depth=1&sanctioned=true");
        var nodes = listed.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == id);
        Assert.All(nodes.Where(n => n.GetProperty("id").GetString() != id), n => Assert.True(n.GetProperty("sanctioned").GetBoolean(), n.GetProperty("name").GetString()));
        Assert.InRange(nodes.Count, 2, all.GetProperty("nodes").GetArrayLength() - 1);
        var kept = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(listed.GetProperty("edges").EnumerateArray(), e => Assert.True(kept.Contains(e.GetProperty("source").GetString()) && kept.Contains(e.GetProperty("target").GetString())));

        var deeper = await Get($"/entities/{id}/graph?depth=2&from=2023&to=2023&sanctioned=true");
        Assert.All(deeper.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("id").GetString() != id), n => Assert.True(n.GetProperty("sanctioned").GetBoolean()));

        var unreadable = await Problem(await _api.Client.GetAsync($"/entities/{id}/graph?from=last%20spring", Cancel), HttpStatusCode.BadRequest);
        Assert.Contains("2023-03", unreadable.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var backwards = await Problem(await _api.Client.GetAsync($"/entities/{id}/graph?from=2024&to=2023-06", Cancel), HttpStatusCode.BadRequest);
        Assert.Contains("2023-06-30", backwards.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem(await _api.Client.GetAsync("/entities/P-000000000000/graph?from=2023", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_document_gives_its_text_and_spans_that_point_into_it()
    {
        var documents = (await Get("/documents")).EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        foreach (var listed in documents)
        {
            var document = await Get($"/documents/{listed.GetProperty("id").GetString()}");
            var text = document.GetProperty("text").GetString()!;
            foreach (var mention in document.GetProperty("mentions").EnumerateArray())
                Assert.Equal(mention.GetProperty("text").GetString(), text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
            foreach (var claim in document.GetProperty("claims").EnumerateArray())
                Assert.Equal(claim.GetProperty("evidence").GetString(), text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()]);
        }
        await Problem(await _api.Client.GetAsync("/documents/D-000000000000", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Meetings_alerts_and_lists()
    {
        var sanctioned = (await Get("/meetings?sanctioned=true")).EnumerateArray().ToList();
        Assert.NotEmpty(sanctioned);
        Assert.All(sanctioned, m => Assert.Contains(m.GetProperty("participants").EnumerateArray(), p => p.GetProperty("list_links").GetArrayLength() > 0));

        var alerts = (await Get("/alerts")).EnumerateArray().ToList();
        var guterres = alerts.First(a => a.GetProperty("summary").GetString()!.Contains("Guterres", StringComparison.Ordinal));
        Assert.Equal("sanctioned-meeting", guterres.GetProperty("rule").GetString());
        var acknowledged = await _api.Analyst.PostAsync($"/alerts/{guterres.GetProperty("id").GetString()}/ack", null, Cancel);
        Assert.Equal(ApiHost.AnalystName, JsonDocument.Parse(await acknowledged.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("acknowledged_by").GetString());
        Assert.Equal(alerts.Count - 1, (await Get("/alerts")).GetArrayLength());
        Assert.Equal(alerts.Count, (await Get("/alerts?all=true")).GetArrayLength());
        await Problem(await _api.Analyst.PostAsync("/alerts/A-000000000000/ack", null, Cancel), HttpStatusCode.NotFound);

        var lists = (await Get("/lists")).EnumerateArray().ToList();
        Assert.Equal(["un_sc_sanctions", "us_ofac_cons", "us_ofac_sdn"], lists.Select(l => l.GetProperty("list").GetString()!).Order(StringComparer.Ordinal));
        var sdn = lists.First(l => l.GetProperty("list").GetString() == "us_ofac_sdn").GetProperty("versions")[0];
        var diff = await Get($"/lists/{sdn.GetProperty("id").GetInt64()}/diff?limit=3");
        Assert.Equal(JsonValueKind.Null, diff.GetProperty("from").ValueKind);
        Assert.Equal(sdn.GetProperty("counts").GetProperty("total").GetInt32(), diff.GetProperty("added_total").GetInt32());
        Assert.Equal(3, diff.GetProperty("added").GetArrayLength());
        await Problem(await _api.Client.GetAsync("/lists/999999/diff", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Screening_a_csv_streams_json_lines_or_csv_with_bad_rows_reported()
    {
        const string csv = "name,date_of_birth\nQais al-Khazali,\n=HYPERLINK(\"http://x\"),\nJane Nobody,not-a-date\n";
        var lines = (await (await _api.Client.PostAsync("/screen", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel)).Content.ReadAsStringAsync(Cancel))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 3, 4], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal("28004", lines[0].GetProperty("results")[0].GetProperty("list_id").GetString());
        Assert.True(lines[2].TryGetProperty("error", out _), "the bad date is reported on its row");

        var table = await (await _api.Client.PostAsync("/screen?format=csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel)).Content.ReadAsStringAsync(Cancel);
        var rows = table.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("line,query,match,score,list,list_id", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2,Qais al-Khazali,true,", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.StartsWith("3,=", StringComparison.Ordinal) || r.StartsWith("3,\"=", StringComparison.Ordinal));

        var problem = await Problem(await _api.Client.PostAsync("/screen", new StringContent("nom\nx\n", Encoding.UTF8, "text/csv"), Cancel), HttpStatusCode.BadRequest);
        Assert.Contains("full_name or name", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task Uploading_a_report_ingests_it_and_answers_what_was_extracted()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Baghdad, March 3, 2025. Qais al-Khazali met with Hadi al-Amiri in Baghdad on March 2, 2025, his office said.\n"), "file", "talks.txt" },
        };
        var response = await _api.Analyst.PostAsync("/documents", form, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("documents")[0];
        Assert.Equal("added", uploaded.GetProperty("result").GetString());
        Assert.Equal(1, uploaded.GetProperty("meetings").GetInt32());
        var khazali = await KhazaliId();
        Assert.Contains(uploaded.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == khazali);
        var stored = await Get($"/documents/{uploaded.GetProperty("id").GetString()}");
        Assert.Single(stored.GetProperty("claims").EnumerateArray(), c => c.GetProperty("kind").GetString() == "meeting");
        // Shown as uploads/HASH/NAME beside the database (ADR-032), and kept there so it can be read again.
        Assert.StartsWith("uploads/", stored.GetProperty("path").GetString());
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(_api.UploadFolder)!, stored.GetProperty("path").GetString()!)), "the upload is kept so it can be read again");

        await Problem(await _api.Analyst.PostAsync("/documents", new StringContent("x"), Cancel), HttpStatusCode.BadRequest);
        using var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.txt" } };
        await Problem(await _api.Analyst.PostAsync("/documents", empty, Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Review_actions_are_recorded_under_the_holder_of_the_key_not_the_server_owner()
    {
        await using var api = await ApiHost.StartAsync(store: _store, settings: new Dictionary<string, string?> { ["Sightline:Reviewer"] = "owner-from-config" });
        var document = (await api.Client.GetFromJsonAsync<JsonElement>("/documents", Cancel)).EnumerateArray().First();
        var claim = (await api.Client.GetFromJsonAsync<JsonElement>($"/documents/{document.GetProperty("id").GetString()}", Cancel)).GetProperty("claims")[0].GetProperty("id").GetString();

        var analyst = api.ClientAs("Mira Castell", Sightline.Access.AccessRole.Analyst);
        var rejected = await analyst.PostAsJsonAsync($"/claims/{claim}/reject", new { why = "misread" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("Mira Castell", (await rejected.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("reviewer").GetString());
        var audit = (await api.Client.GetFromJsonAsync<JsonElement>("/audit", Cancel))[0];
        Assert.Equal(("reject-claim", claim, "Mira Castell", "misread"),
            (audit.GetProperty("action").GetString(), audit.GetProperty("target").GetString(), audit.GetProperty("user").GetString(), audit.GetProperty("reason").GetString()));
        var after = await api.Client.GetFromJsonAsync<JsonElement>($"/documents/{document.GetProperty("id").GetString()}", Cancel);
        Assert.Equal("rejected", after.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("id").GetString() == claim).GetProperty("status").GetString());

        await Problem(await analyst.PostAsJsonAsync($"/claims/{claim}/confirm", new { }, Cancel), HttpStatusCode.BadRequest);
        await Problem(await analyst.PostAsJsonAsync("/claims/C-000000000000/confirm", new { why = "x" }, Cancel), HttpStatusCode.Conflict);
        await Problem(await analyst.PostAsJsonAsync("/entities/P-000000000000/merge", new { why = "x" }, Cancel), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_review_queue_lists_probable_links_and_candidates_and_a_confirmation_takes_one_off()
    {
        var queue = await Get("/review/links");
        var probable = queue.EnumerateArray().First(q => q.GetProperty("tier").ValueKind == JsonValueKind.String);
        Assert.Equal("probable", probable.GetProperty("state").GetString());
        Assert.Contains("distinctive name", probable.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All((await Get("/review/links?probable=true")).EnumerateArray(), q => Assert.Equal("probable", q.GetProperty("tier").GetString()));

        var (entity, list, listId) = (probable.GetProperty("entity_id").GetString(), probable.GetProperty("list").GetString(), probable.GetProperty("list_id").GetString());
        var confirmed = await _api.Analyst.PostAsJsonAsync($"/entities/{entity}/link", new { why = "the entry's details match", list, list_id = listId }, Cancel);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.DoesNotContain((await Get("/review/links")).EnumerateArray(),
            q => q.GetProperty("entity_id").GetString() == entity && q.GetProperty("list_id").GetString() == listId);
        var link = (await Get($"/entities/{entity}")).GetProperty("list_links").EnumerateArray().Single(l => l.GetProperty("list_id").GetString() == listId);
        Assert.Equal("confirmed", link.GetProperty("tier").GetString());
    }
}

/// <summary><see cref="KnowledgeApiTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class KnowledgeApiTestsOnPostgres() : KnowledgeApiTests(TestStore.Postgres);
