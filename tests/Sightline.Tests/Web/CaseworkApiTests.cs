using Sightline.Tests.Support;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sightline.Access;

namespace Sightline.Tests.Web;

/// <summary>Notes and cases over HTTP: writes need an analyst and are recorded under the credential's holder and in the
/// audit trail; a reader may read them but not write; a case exports as JSON, FollowTheMoney lines and CSV.</summary>
public class CaseworkApiTests : IAsyncLifetime
{
    private readonly TestStore _store;

    public CaseworkApiTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="CaseworkApiTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected CaseworkApiTests(TestStore store) => _store = store;

    private ApiHost _api = null!;
    private string _first = "", _second = "", _meeting = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await ApiHost.StartAsync(store: _store);
        var meetings = JsonDocument.Parse(await _api.Client.GetStringAsync("/meetings?limit=1000", Cancel)).RootElement;
        var meeting = meetings.EnumerateArray().First(m => m.GetProperty("participants").EnumerateArray().Count(p => p.GetProperty("id").ValueKind == JsonValueKind.String) >= 2);
        var parties = meeting.GetProperty("participants").EnumerateArray().Where(p => p.GetProperty("id").ValueKind == JsonValueKind.String).ToList();
        (_meeting, _first, _second) = (meeting.GetProperty("id").GetString()!, parties[0].GetProperty("id").GetString()!, parties[1].GetProperty("id").GetString()!);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

    /// <summary>The audit trail, newest first, without the keys the test clients were given.</summary>
    private async Task<List<JsonElement>> Audit() =>
        JsonDocument.Parse(await _api.Client.GetStringAsync("/audit", Cancel)).RootElement.EnumerateArray()
            .Where(d => d.GetProperty("action").GetString() != "add-key").ToList();

    [Fact]
    public async Task A_reader_can_read_notes_but_cannot_write_edit_or_delete_one()
    {
        var reader = _api.ClientAs("Desk Reader", AccessRole.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/notes", new { target = _first, text = "From a reader." }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsJsonAsync("/notes", new { target = _first, text = "Anonymous." }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/cases", new { name = "Reader's case" }, Cancel)).StatusCode);

        var made = await _api.Analyst.PostAsJsonAsync("/notes", new { target = _first, text = "Seen at the port twice." }, Cancel);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var id = (await Json(made)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync($"/notes/{id}", new { text = "Changed by a reader." }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/notes/{id}", Cancel)).StatusCode);

        var notes = JsonDocument.Parse(await reader.GetStringAsync($"/notes?target={_first}", Cancel)).RootElement;
        var note = Assert.Single(notes.EnumerateArray());
        Assert.Equal(("Seen at the port twice.", ApiHost.AnalystName), (note.GetProperty("text").GetString(), note.GetProperty("author").GetString()));
    }

    [Fact]
    public async Task Editing_and_deleting_a_note_keep_its_history_and_are_audited_under_the_holder()
    {
        var made = await Json(await _api.Analyst.PostAsJsonAsync("/notes", new { target = _meeting, text = "One source only." }, Cancel));
        var id = made.GetProperty("id").GetString()!;
        var editor = _api.ClientAs("Second Analyst", AccessRole.Analyst);
        var edited = await editor.PutAsJsonAsync($"/notes/{id}", new { text = "Two sources since the May report." }, Cancel);
        Assert.Equal("Second Analyst", (await Json(edited)).GetProperty("edited_by").GetString());
        Assert.Equal(HttpStatusCode.OK, (await editor.DeleteAsync($"/notes/{id}?why=merged+into+the+case+note", Cancel)).StatusCode);

        Assert.Empty(JsonDocument.Parse(await _api.Client.GetStringAsync($"/notes?target={_meeting}", Cancel)).RootElement.EnumerateArray());
        var history = JsonDocument.Parse(await _api.Client.GetStringAsync($"/notes/{id}/history", Cancel)).RootElement;
        Assert.Equal(["One source only.", "Two sources since the May report."], history.EnumerateArray().Select(r => r.GetProperty("text").GetString()));

        var audit = await Audit();
        Assert.Equal(("delete-note", "Second Analyst", "merged into the case note"),
            (audit[0].GetProperty("action").GetString(), audit[0].GetProperty("user").GetString(), audit[0].GetProperty("reason").GetString()));
        Assert.Equal(("add-note", ApiHost.AnalystName), (audit[2].GetProperty("action").GetString(), audit[2].GetProperty("user").GetString()));
    }

    [Fact]
    public async Task A_note_on_nothing_is_refused_with_a_problem_and_nothing_is_kept()
    {
        var missing = await _api.Analyst.PostAsJsonAsync("/notes", new { target = "P-000000000000", text = "Nobody." }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        Assert.Contains("no entity", (await Json(missing)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Analyst.PostAsJsonAsync("/notes", new { target = _first }, Cancel)).StatusCode);
        Assert.Empty(await Audit());
    }

    [Fact]
    public async Task A_case_gathers_members_and_exports_them_with_their_notes_and_meetings()
    {
        var created = await _api.Analyst.PostAsJsonAsync("/cases", new { name = "Port authority" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Analyst.PostAsJsonAsync("/cases", new { name = "PORT AUTHORITY" }, Cancel)).StatusCode);
        foreach (var member in new[] { _first, _second })
            Assert.Equal(HttpStatusCode.OK, (await _api.Analyst.PostAsJsonAsync($"/cases/{id}/members", new { member }, Cancel)).StatusCode);
        await _api.Analyst.PostAsJsonAsync("/notes", new { target = _second, text = "Check the second passport." }, Cancel);

        var page = JsonDocument.Parse(await _api.Client.GetStringAsync($"/cases/{id}", Cancel)).RootElement;
        Assert.Equal(2, page.GetProperty("members").GetArrayLength());
        Assert.Equal("Check the second passport.", Assert.Single(page.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        Assert.Contains(page.GetProperty("meetings").EnumerateArray(), m => m.GetProperty("id").GetString() == _meeting);
        Assert.Equal(id, Assert.Single(JsonDocument.Parse(await _api.Client.GetStringAsync($"/cases?member={_first}", Cancel)).RootElement.EnumerateArray()).GetProperty("id").GetString());

        var ftm = await _api.Client.GetAsync($"/cases/{id}/export?format=ftm", Cancel);
        Assert.Equal("application/x-ndjson", ftm.Content.Headers.ContentType?.MediaType);
        var lines = (await ftm.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("id").GetString() == _meeting && l.GetProperty("schema").GetString() == "Event");
        Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "Note");
        var csv = await _api.Client.GetStringAsync($"/cases/{id}/export?format=csv", Cancel);
        Assert.StartsWith("event,kind,date", csv);
        Assert.Contains(_meeting, csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Client.GetAsync($"/cases/{id}/export?format=xlsx", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _api.Analyst.DeleteAsync($"/cases/{id}/members/{_second}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Analyst.DeleteAsync($"/cases/{id}/members/{_second}", Cancel)).StatusCode);
        var actions = (await Audit()).Select(d => d.GetProperty("action").GetString()).ToList();
        Assert.Equal(["remove-from-case", "add-note", "add-to-case", "add-to-case", "create-case"], actions);
    }
}

/// <summary><see cref="CaseworkApiTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class CaseworkApiTestsOnPostgres() : CaseworkApiTests(TestStore.Postgres);
