using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Sightline.Access;
using Sightline.Tests.Support;
using Sightline.Web;
using Sightline.Web.Access;

namespace Sightline.Tests.Web;

/// <summary>
/// Who may change the record (ADR-027): a write needs an analyst's or admin's key or session, and is recorded under its
/// holder; a reader's or revoked key cannot write; a write from another site and a request naming a foreign host are
/// refused; serving beyond loopback needs keys, TLS and host names; the browser session works with its CSRF token.
/// </summary>
public sealed class AccessControlTests : IAsyncLifetime
{
    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private static readonly object Unlink = new { why = "not the same person", list = "us_ofac_sdn", list_id = "28004" };

    private async Task<int> AuditCount() => (await _api.Client.GetFromJsonAsync<JsonElement>("/audit", Cancel)).GetArrayLength();

    private static MultipartFormDataContent Report() =>
        new() { { new StringContent("Tarsk, May 4, 2025. Ivo Brandt met Lena Okafor in Tarsk on May 3, 2025.\n"), "file", "brief.txt" } };

    [Fact]
    public async Task Writes_without_a_credential_are_refused_and_change_nothing()
    {
        var before = await AuditCount();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsJsonAsync("/entities/P-000000000000/unlink", Unlink, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsJsonAsync("/claims/C-000000000000/reject", new { why = "x" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsync("/alerts/A-000000000000/ack", null, Cancel)).StatusCode);
        using var report = Report();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsync("/documents", report, Cancel)).StatusCode);
        Assert.Equal(before, await AuditCount());
        Assert.Equal(HttpStatusCode.OK, (await _api.Client.GetAsync("/lists", Cancel)).StatusCode); // reads on loopback stay open
    }

    [Fact]
    public async Task A_decision_is_recorded_under_the_keys_holder()
    {
        var khazali = (await _api.Client.GetFromJsonAsync<JsonElement>("/search/default?q=Qais%20al-Khazali", Cancel)).GetProperty("entities")[0].GetProperty("id").GetString();
        var analyst = _api.ClientAs("Tomas Vell", AccessRole.Analyst);
        var answer = await analyst.PostAsJsonAsync($"/entities/{khazali}/unlink", Unlink, Cancel);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var audit = (await _api.Client.GetFromJsonAsync<JsonElement>("/audit", Cancel))[0];
        Assert.Equal(("unlink", "Tomas Vell"), (audit.GetProperty("action").GetString(), audit.GetProperty("user").GetString()));
    }

    [Fact]
    public async Task A_reader_cannot_write_and_a_revoked_or_unknown_key_opens_nothing()
    {
        var reader = _api.ClientAs("Feed Reader", AccessRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/alerts", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/entities/P-000000000000/unlink", Unlink, Cancel)).StatusCode);

        var key = _api.AddKey("Former Analyst", AccessRole.Analyst, out var secret);
        var former = _api.ClientWithKey(secret);
        Assert.Equal(HttpStatusCode.NotFound, (await former.PostAsync("/alerts/A-000000000000/ack", null, Cancel)).StatusCode); // let in; no such alert
        using (var store = Sightline.Composition.Stores.OpenAccessKeys(_api.DatabasePath, TimeProvider.System))
            Assert.True(new AccessKeys(store, TimeProvider.System).Revoke(key.Id, "test-admin", "left the team"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await former.PostAsync("/alerts/A-000000000000/ack", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await former.GetAsync("/alerts", Cancel)).StatusCode); // a bad key is never read as no key
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.ClientWithKey(secret[..^2] + "xx").PostAsync("/alerts/A-000000000000/ack", null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_write_from_another_site_is_refused_even_with_a_key()
    {
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = Report() };
        upload.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Analyst.SendAsync(upload, Cancel)).StatusCode);

        using var fetched = new HttpRequestMessage(HttpMethod.Post, "/alerts/A-000000000000/ack");
        fetched.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Analyst.SendAsync(fetched, Cancel)).StatusCode);

        using var sameSite = new HttpRequestMessage(HttpMethod.Post, "/alerts/A-000000000000/ack");
        sameSite.Headers.Add("Origin", "http://localhost");
        sameSite.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Analyst.SendAsync(sameSite, Cancel)).StatusCode); // through the guard
    }

    [Fact]
    public async Task A_request_naming_a_foreign_host_is_refused()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Client.GetAsync("http://attacker.example/lists", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Client.GetAsync("http://attacker.example/", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.Client.GetAsync("http://127.0.0.1/lists", Cancel)).StatusCode);
    }

    [Fact]
    public void Serving_beyond_loopback_needs_keys_TLS_and_host_names()
    {
        ServerOptions Options(string url, bool proxy = false, params string[] hosts) => new("unused.db", [url], "owner", "unused.model", "uploads", hosts, proxy);
        string Refusal(string url, bool keys, bool proxy = false, params string[] hosts) =>
            Assert.Throws<ArgumentException>(() => ListeningGuard.Check([url], Options(url, proxy, hosts), keys)).Message;

        Assert.Contains("no API key exists", Refusal("https://0.0.0.0:5443", keys: false, hosts: "kb.example.org"));
        Assert.Contains("without TLS", Refusal("http://0.0.0.0:5080", keys: true, hosts: "kb.example.org"));
        Assert.Contains("--host", Refusal("https://0.0.0.0:5443", keys: true));
        var exposed = ListeningGuard.Check(["https://0.0.0.0:5443"], Options("https://0.0.0.0:5443", false, "kb.example.org"), keysExist: true);
        Assert.True(exposed.Exposed);
        Assert.Contains("kb.example.org", exposed.AllowedHosts);
        Assert.True(ListeningGuard.Check(["http://10.0.0.5:5080"], Options("http://10.0.0.5:5080", proxy: true), keysExist: true).Exposed);
    }

    [Fact]
    public async Task A_write_to_an_endpoint_that_names_no_policy_needs_a_writer()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Client.PostAsync("/index.html", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.ClientAs("Page Reader", AccessRole.Reader).DeleteAsync("/lists", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Kestrel_bound_beyond_loopback_in_code_is_caught_after_start()
    {
        using var folder = new TempFolder();
        var options = new ServerOptions(TemplateDatabase.CopyTo(folder.File("bound.db")), [SightlineServer.DefaultUrl], "owner", "unused.model", folder.File("uploads"));
        await using var app = SightlineServer.Create(options, builder => builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Any, 0)));
        await app.StartAsync(Cancel);
        Assert.Contains("loopback only", Assert.Throws<ArgumentException>(() => SightlineServer.RequireAllowedAddresses(app)).Message);
        await app.StopAsync(Cancel);
    }

    [Fact]
    public async Task Beyond_loopback_even_reads_need_a_credential()
    {
        await using var exposed = await ApiHost.StartAsync(options: o =>
        {
            ApiHost.AddKey(o.DatabasePath, "Desk Reader", AccessRole.Reader, out _);
            return o with { Urls = ["https://0.0.0.0:5443"], Hosts = ["kb.example.org"] };
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await exposed.Client.GetAsync("http://kb.example.org/lists", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await exposed.Client.GetAsync("http://kb.example.org/index.html", Cancel)).StatusCode);
        var reader = exposed.ClientAs("Second Reader", AccessRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("http://kb.example.org/lists", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("http://attacker.example/lists", Cancel)).StatusCode);
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task The_one_time_link_opens_a_browser_session_whose_writes_need_the_CSRF_token()
    {
        await using var site = await ApiHost.StartAsync(kestrel: true);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(site.Address) };
        var link = site.SignInPath!;

        var signIn = await browser.GetAsync(link, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(site.SignInPath);
        using (var other = new HttpClient { BaseAddress = new Uri(site.Address) })
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(link, Cancel)).StatusCode); // spent

        var session = await browser.GetFromJsonAsync<JsonElement>("/session", Cancel);
        Assert.Equal((ApiHost.OwnerName, "admin"), (session.GetProperty("user").GetString(), session.GetProperty("role").GetString()));
        var token = session.GetProperty("csrf_token").GetString()!;

        var document = (await browser.GetFromJsonAsync<JsonElement>("/documents", Cancel)).EnumerateArray().First();
        var claim = (await browser.GetFromJsonAsync<JsonElement>($"/documents/{document.GetProperty("id").GetString()}", Cancel)).GetProperty("claims")[0].GetProperty("id").GetString();
        var withoutToken = await browser.PostAsJsonAsync($"/claims/{claim}/reject", new { why = "misread" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        using var withToken = new HttpRequestMessage(HttpMethod.Post, $"/claims/{claim}/reject") { Content = JsonContent.Create(new { why = "misread" }) };
        withToken.Headers.Add(RequestGuards.CsrfHeader, token);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(withToken, Cancel)).StatusCode);
        var audit = (await browser.GetFromJsonAsync<JsonElement>("/audit", Cancel))[0];
        Assert.Equal(("reject-claim", ApiHost.OwnerName), (audit.GetProperty("action").GetString(), audit.GetProperty("user").GetString()));
    }
}
