using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sightline.Access;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>
/// What yente's clients find beside <c>/match</c> (ADR-035): the catalog of datasets, the algorithms, liveness and
/// readiness (open to load balancers even when keys are required), schema names checked with a suggestion, problem
/// details that say where a body's JSON breaks, meetings newest first with the command line's selection, and search
/// that ranks the person typed above the organisations and the names that only contain the word.
/// </summary>
public sealed class YenteParityApiTests : IAsyncLifetime
{
    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> Get(string path) => _api.GetJson(path);

    private static async Task<string> ProblemDetail(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_catalog_lists_each_active_list_and_default_with_versions_counts_and_dates()
    {
        var catalog = await Get("/catalog");
        var datasets = catalog.GetProperty("datasets").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(["default", "un_sc_sanctions", "us_ofac_cons", "us_ofac_sdn"], datasets.Keys.Order(StringComparer.Ordinal));
        var lists = (await Get("/lists")).EnumerateArray().ToList();
        foreach (var list in lists)
        {
            var name = list.GetProperty("list").GetString()!;
            var active = list.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("active").GetBoolean());
            Assert.Equal(active.GetProperty("counts").GetProperty("total").GetInt32(), datasets[name].GetProperty("entity_count").GetInt32());
            Assert.Equal($"{name}-{active.GetProperty("number").GetInt32()}", datasets[name].GetProperty("version").GetString());
            Assert.Equal(list.GetProperty("as_of").GetDateTimeOffset(), datasets[name].GetProperty("updated_at").GetDateTimeOffset());
        }
        Assert.Equal(datasets.Values.Where(d => d.GetProperty("name").GetString() != "default").Sum(d => d.GetProperty("entity_count").GetInt32()),
            datasets["default"].GetProperty("entity_count").GetInt32());
        Assert.Equal(["un_sc_sanctions", "us_ofac_cons", "us_ofac_sdn"], datasets["default"].GetProperty("children").EnumerateArray().Select(c => c.GetString()!));
        Assert.Contains("us_ofac_sdn", catalog.GetProperty("current").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(catalog.GetProperty("outdated").EnumerateArray());
    }

    [Fact]
    public async Task The_algorithms_are_those_match_accepts()
    {
        var algorithms = await Get("/algorithms");
        var name = algorithms.GetProperty("default").GetString()!;
        Assert.Equal(name, algorithms.GetProperty("best").GetString());
        var only = Assert.Single(algorithms.GetProperty("algorithms").EnumerateArray());
        Assert.Equal(name, only.GetProperty("name").GetString());
        Assert.True(only.GetProperty("features").GetProperty("birth_year_differs").GetProperty("coefficient").GetDouble() < 0);
        var body = Json("""{"queries": {"a": {"schema": "Person", "properties": {"name": ["Ilse Vandermeer"]}}}}""");
        Assert.Equal(HttpStatusCode.OK, (await _api.Client.PostAsync($"/match/default?algorithm={name}", body, Cancel)).StatusCode);
        var unknown = await _api.Client.PostAsync("/match/default?algorithm=logic-v9", Json("""{"queries": {"a": {"schema": "Person", "properties": {"name": ["Ilse Vandermeer"]}}}}"""), Cancel);
        Assert.Contains(name, await ProblemDetail(unknown, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Health_answers_at_once_and_readiness_once_the_index_is_loaded()
    {
        Assert.Equal("ok", (await Get("/healthz")).GetProperty("status").GetString());
        var deadline = DateTime.UtcNow.AddMinutes(2);
        HttpResponseMessage ready;
        while ((ready = await _api.Client.GetAsync("/readyz", Cancel)).StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
        {
            Assert.Contains("loading", await ProblemDetail(ready, HttpStatusCode.ServiceUnavailable));
            await Task.Delay(200, Cancel);
        }
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ok", JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_and_readiness_need_no_credential_where_everything_else_does()
    {
        await using var exposed = await ApiHost.StartAsync(options: o =>
        {
            ApiHost.AddKey(o.DatabasePath, "Probe Reader", AccessRole.Reader, out _);
            return o with { Urls = ["https://0.0.0.0:5443"], Hosts = ["kb.example.org"] };
        });
        Assert.Equal(HttpStatusCode.OK, (await exposed.Client.GetAsync("http://kb.example.org/healthz", Cancel)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await exposed.Client.GetAsync("http://kb.example.org/readyz", Cancel)).StatusCode);
        var wrongKey = exposed.ClientWithKey("not-a-key");
        Assert.Equal(HttpStatusCode.OK, (await wrongKey.GetAsync("http://kb.example.org/healthz", Cancel)).StatusCode);
        foreach (var closed in new[] { "/catalog", "/algorithms", "/meetings", "/search/default?q=Vandermeer" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await exposed.Client.GetAsync("http://kb.example.org" + closed, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_misspelled_schema_is_refused_with_the_closest_one()
    {
        var response = await _api.Client.PostAsync("/match/default", Json("""{"queries": {"lead": {"schema": "Persn", "properties": {"name": ["Ilse Vandermeer"]}}}}"""), Cancel);
        var detail = await ProblemDetail(response, HttpStatusCode.BadRequest);
        Assert.Contains("'Persn'", detail);
        Assert.Contains("Did you mean 'Person'?", detail);
        Assert.Contains("'lead'", detail);
        var vessel = await _api.Client.PostAsync("/match/default", Json("""{"queries": {"v": {"schema": "Vesel", "properties": {"name": ["Morning Gull"]}}}}"""), Cancel);
        Assert.Contains("'Vessel'", await ProblemDetail(vessel, HttpStatusCode.BadRequest));
        foreach (var schema in new[] { "Person", "Company", "LegalEntity", "Airplane" })
            Assert.Equal(HttpStatusCode.OK, (await _api.Client.PostAsync("/match/default",
                Json("""{"queries": {"q": {"schema": """ + JsonSerializer.Serialize(schema) + """, "properties": {"name": ["Ilse Vandermeer"]}}}}"""), Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("/match/default")]
    [InlineData("/compare")]
    [InlineData("/claims/C-000000000000/reject")]
    public async Task Broken_json_is_a_problem_saying_where_and_what_was_expected(string path)
    {
        var response = await _api.Analyst.PostAsync(path, Json("{\n  \"queries\" {}\n}"), Cancel);
        var detail = await ProblemDetail(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("Line 2, position ", detail);
        Assert.Contains("Expected", detail);

        var wrongType = await _api.Analyst.PostAsync("/match/default", Json("""{"queries": 5}"""), Cancel);
        Assert.Contains("$.queries", await ProblemDetail(wrongType, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Meetings_are_newest_first_and_sanctioned_means_listed_on_the_date_as_on_the_command_line()
    {
        var all = (await Get("/meetings?limit=1000")).EnumerateArray().ToList();
        var dates = all.Select(m => m.GetProperty("date_start").GetString()).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));

        var sanctioned = (await Get("/meetings?sanctioned=true&limit=1000")).EnumerateArray().ToList();
        Assert.NotEmpty(sanctioned);
        Assert.All(sanctioned, m => Assert.Contains(m.GetProperty("participants").EnumerateArray(),
            p => p.GetProperty("list_links").GetArrayLength() > 0 && p.GetProperty("status_at_date").GetString() is "listed" or "unknown"));
        // A meeting whose only listed parties were designated later is not a sanctioned meeting.
        var before = all.Where(m => m.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("list_links").GetArrayLength() > 0)
            && m.GetProperty("participants").EnumerateArray().All(p => p.GetProperty("status_at_date").GetString() is "designated_later" or "not_listed")).ToList();
        Assert.NotEmpty(before);
        Assert.DoesNotContain(sanctioned, m => before.Any(b => b.GetProperty("id").GetString() == m.GetProperty("id").GetString()));
        Assert.Equal(sanctioned.Select(m => m.GetProperty("id").GetString()), all.Where(m => sanctioned.Any(s => s.GetProperty("id").GetString() == m.GetProperty("id").GetString())).Select(m => m.GetProperty("id").GetString()));

        var cli = await InProcessCli.RunAsync("meetings", "--sanctioned", "--json", "--limit", "0", "--db", _api.DatabasePath);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(sanctioned.Select(m => m.GetProperty("id").GetString()),
            cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
        Assert.Equal(2, (await Get("/meetings?sanctioned=true&limit=2")).GetArrayLength());
    }

    [Theory]
    [InlineData("Nasrallah", "NASRALLAH")]
    [InlineData("Khazali", "KHAZALI")]
    public async Task On_the_demo_base_the_person_typed_comes_before_organisations_that_contain_or_alias_the_name(string query, string surname)
    {
        var hits = (await Get($"/search/default?q={query}")).GetProperty("list_entries").EnumerateArray().ToList();
        Assert.Equal("Person", hits[0].GetProperty("schema").GetString());
        Assert.Contains(surname, hits[0].GetProperty("name").GetString()!.ToUpperInvariant());
        var firstOrganisation = hits.FindIndex(h => h.GetProperty("schema").GetString() == "Organization");
        var lastPersonNamedSo = hits.FindLastIndex(h => h.GetProperty("schema").GetString() == "Person" && h.GetProperty("name").GetString()!.ToUpperInvariant().Contains(surname + ","));
        Assert.True(firstOrganisation < 0 || lastPersonNamedSo < firstOrganisation, string.Join("; ", hits.Select(h => h.GetProperty("name").GetString())));
    }
}
