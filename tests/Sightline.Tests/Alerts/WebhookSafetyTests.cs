using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sightline.Alerts;
using Sightline.Tests.Support;

namespace Sightline.Tests.Alerts;

/// <summary>Webhooks that cannot be turned against the analyst: no loopback, private or link-local target without the
/// admin setting (when added and again when delivered), no redirect followed, every body signed with the hook's secret,
/// and no local file path in a body.</summary>
public class WebhookSafetyTests : IDisposable
{
    private static readonly WebhookOptions Options = new(TimeSpan.FromSeconds(5), MaxAttempts: 4, FirstRetry: TimeSpan.FromSeconds(30));
    private readonly KnowledgeOnDemand _base;
    private readonly LocalWebhookReceiver _receiver = new();
    private WebhookDispatcher? _dispatcher;

    public WebhookSafetyTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="WebhookSafetyTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected WebhookSafetyTests(TestStore store)
    {
        _base = new KnowledgeOnDemand(store);
    }

    /// <summary>The test's knowledge base, made when a test first needs one: the address and path checks need none.</summary>
    private KnowledgeFixture Knowledge => _base.Current;

    public void Dispose()
    {
        _dispatcher?.Dispose();
        _receiver.Dispose();
        _base.Dispose();
    }

    private Task<DeliveryTally> DeliverAsync() =>
        (_dispatcher ??= new(Knowledge.Store, Knowledge.Clock, Options)).DeliverDueAsync(TestContext.Current.CancellationToken);

    private void RaiseOne() =>
        Assert.True(Knowledge.Alerts.Raise(AlertRules.WatchedMention, "P-1 doc", "Someone is mentioned", """{"rule":"watched-mention"}"""));

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.200.3.4", "loopback")]
    [InlineData("10.20.30.40", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.10", "private")]
    [InlineData("100.64.0.1", "private (shared address space)")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("239.1.2.3", "multicast or reserved")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("fc00::7", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("203.0.114.5", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("100.128.0.1", null)]
    [InlineData("2a00:1450:4001::200e", null)]
    public void Addresses_are_refused_unless_public(string address, string? refusal) =>
        Assert.Equal(refusal, WebhookTargets.RefusalOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.5/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://[fe80::1]/hook")]
    public void A_private_target_is_refused_when_added_without_the_admin_setting(string url)
    {
        var refused = Assert.Throws<ArgumentException>(() => Knowledge.Alerts.AddWebhook(url));
        Assert.Contains("--allow-private", refused.Message);
        Assert.Empty(Knowledge.Alerts.Webhooks());

        Knowledge.Alerts.AddWebhook(url, allowPrivate: true);
        Assert.True(Assert.Single(Knowledge.Alerts.Webhooks()).AllowPrivate);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_hook_whose_name_now_resolves_to_a_private_address_is_refused_at_delivery(string host)
    {
        // As if the name had pointed to a public address when the hook was added, and was re-pointed since.
        var url = _receiver.Url.Replace("127.0.0.1", host, StringComparison.Ordinal);
        Knowledge.Store.Alerts.AddWebhook(url, WebhookSignature.NewSecret(), allowPrivate: false, "2026-01-01T00:00:00.000Z");
        RaiseOne();

        Assert.Equal(new DeliveryTally(0, 1, 0), await DeliverAsync());
        var state = Assert.Single(Knowledge.Alerts.Deliveries());
        Assert.StartsWith($"refused: {host} is ", state.LastError);
        Assert.Contains("(loopback)", state.LastError);
        Assert.Empty(_receiver.Received);
    }

    [Fact]
    public async Task A_redirect_is_a_failed_attempt_naming_status_and_location_and_is_not_followed()
    {
        using var elsewhere = new LocalWebhookReceiver();
        _receiver.Answer = LocalWebhookReceiver.Mode.Redirect;
        _receiver.RedirectTo = elsewhere.Url;
        Knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        RaiseOne();

        Assert.Equal(new DeliveryTally(0, 1, 0), await DeliverAsync());
        var state = Assert.Single(Knowledge.Alerts.Deliveries());
        Assert.Equal(("pending", $"HTTP 307 Temporary Redirect to {elsewhere.Url} (redirects are not followed)"), (state.State, state.LastError));
        Assert.Single(_receiver.Received);
        Assert.Empty(elsewhere.Received);
    }

    [Fact]
    public async Task The_body_is_signed_with_the_hooks_secret_and_its_timestamp()
    {
        var secret = Knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        Assert.Matches("^[0-9a-f]{64}$", secret);
        RaiseOne();
        Assert.Equal(new DeliveryTally(1, 0, 0), await DeliverAsync());

        var request = Assert.Single(_receiver.Received);
        Assert.Equal(Knowledge.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Timestamp);
        Assert.Equal(Hmac(secret, request.Timestamp!, request.Bytes), request.Signature);
        Assert.NotEqual(Hmac(WebhookSignature.NewSecret(), request.Timestamp!, request.Bytes), request.Signature);
        // The timestamp is signed too: the same body under another time does not verify.
        Assert.NotEqual(Hmac(secret, "1700000000", request.Bytes), request.Signature);
        // Adding the address again makes a new secret, and later bodies are signed with it.
        Assert.NotEqual(secret, Knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true));
    }

    [Fact]
    public async Task No_local_path_of_a_report_reaches_the_receiver()
    {
        Knowledge.Alerts.AddWebhook(_receiver.Url, allowPrivate: true);
        Knowledge.IngestSamples();
        var folder = Path.GetFullPath(Repository.Samples);
        Assert.DoesNotContain(Knowledge.Alerts.List(), a => a.Payload.Contains(JsonEncodedText.Encode(folder).Value, StringComparison.Ordinal)); // never stored with its path (ADR-032)

        var tally = await DeliverAsync();
        Assert.True(tally.Delivered > 0);
        var keys = Knowledge.Sql.Query(null, "SELECT key FROM kb_documents", r => r.GetString(0)).ToHashSet();
        var documents = 0;
        foreach (var request in _receiver.Received)
        {
            Assert.DoesNotContain(folder, request.Body);
            Assert.DoesNotContain(JsonEncodedText.Encode(folder).Value, request.Body);
            using var json = JsonDocument.Parse(request.Bytes);
            foreach (var document in Documents(json.RootElement))
            {
                Assert.Contains(document, keys);
                documents++;
            }
        }
        Assert.True(documents > 0);
    }

    [Fact]
    public void A_local_path_becomes_its_file_name_wherever_it_appears_and_a_web_address_stays()
    {
        var delivery = new Sightline.Knowledge.Storage.DueDelivery
        {
            AlertId = "A-1", Revision = 1, Url = "https://receiver.example/", Rule = AlertRules.WatchedMention, Secret = "s",
            Summary = "Someone (watched) is mentioned 2 times in /home/ana/cases/informant notes.txt",
            Payload = """{"evidence":[{"document":"/home/ana/cases/informant notes.txt"},{"document":"https://news.example/a"}],"attachments":["file:///srv/share/scan.pdf"]}""",
            RaisedAt = "2026-01-01T00:00:00.000Z", UpdatedAt = "2026-01-01T00:00:00.000Z",
        };
        using var json = JsonDocument.Parse(WebhookBody.Of(delivery));
        var body = json.RootElement;
        Assert.Equal("Someone (watched) is mentioned 2 times in informant notes.txt", body.GetProperty("summary").GetString());
        Assert.Equal(["informant notes.txt", "https://news.example/a"], Documents(body).ToArray());
        Assert.Equal("scan.pdf", body.GetProperty("alert").GetProperty("attachments")[0].GetString());
        Assert.DoesNotContain("/home/ana", body.GetRawText());
    }

    [Fact]
    public void Local_paths_are_recognised_and_web_addresses_are_not()
    {
        Assert.True(WebhookBody.IsLocalPath("/home/ana/cases/report.txt"));
        Assert.True(WebhookBody.IsLocalPath(@"C:\Users\ana\report.html"));
        Assert.True(WebhookBody.IsLocalPath(@"\\fileserver\share\report.pdf"));
        Assert.True(WebhookBody.IsLocalPath("file:///home/ana/report.txt"));
        Assert.False(WebhookBody.IsLocalPath("https://news.example/2024/05/story"));
        Assert.Equal("report.html", WebhookBody.FileName(@"C:\Users\ana\report.html"));
    }

    private static IEnumerable<string> Documents(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "document" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Documents(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Documents),
        _ => [],
    };

    private static string Hmac(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));
}

/// <summary><see cref="WebhookSafetyTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class WebhookSafetyTestsOnPostgres() : WebhookSafetyTests(TestStore.Postgres);
