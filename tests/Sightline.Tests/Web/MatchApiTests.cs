using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sightline.Tests.Support;
using Sightline.Web;
using Sightline.Web.Access;

namespace Sightline.Tests.Web;

/// <summary><c>POST /match/{dataset}</c> answers yente's request shape in yente's response shape; errors are problem
/// details a person can act on; the server refuses to listen beyond loopback.</summary>
public sealed class MatchApiTests
{
    private static readonly object Body = new
    {
        queries = new Dictionary<string, object>
        {
            ["q1"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = ["Qais al-Khazali"], ["birthDate"] = ["1974"], ["nationality"] = ["iq"] } },
            ["q2"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["nationality"] = ["iq"] } },
        },
    };

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task A_yente_request_gets_a_yente_response_per_query()
    {
        await using var host = await ApiHost.StartAsync();
        var root = await PostAsync(host.Client, "/match/default?limit=3", Body, HttpStatusCode.OK);
        Assert.Equal(3, root.GetProperty("limit").GetInt32());

        var q1 = root.GetProperty("responses").GetProperty("q1");
        Assert.Equal(200, q1.GetProperty("status").GetInt32());
        Assert.Equal("eq", q1.GetProperty("total").GetProperty("relation").GetString());
        var results = q1.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        var top = results[0];
        Assert.Equal("us_ofac_sdn:28004", top.GetProperty("id").GetString());
        Assert.Equal("Person", top.GetProperty("schema").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.Equal(["us_ofac_sdn"], top.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("1974-06-20", top.GetProperty("properties").GetProperty("birthDate").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("SDGT", top.GetProperty("properties").GetProperty("program").EnumerateArray().Select(d => d.GetString()));
        Assert.NotEmpty(top.GetProperty("explanations").EnumerateArray());
        Assert.True(top.GetProperty("score").GetDouble() >= results.Last().GetProperty("score").GetDouble());

        var q2 = root.GetProperty("responses").GetProperty("q2");
        Assert.Equal(400, q2.GetProperty("status").GetInt32());
        Assert.Contains("no \"name\"", q2.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_dataset_restricts_the_lists_and_an_unknown_one_is_a_problem_naming_the_choices()
    {
        await using var host = await ApiHost.StartAsync();
        var un = await PostAsync(host.Client, "/match/un_sc_sanctions", Body, HttpStatusCode.OK);
        Assert.All(un.GetProperty("responses").GetProperty("q1").GetProperty("results").EnumerateArray(),
            r => Assert.Equal("un_sc_sanctions", r.GetProperty("datasets")[0].GetString()));

        var response = await host.Client.PostAsJsonAsync("/match/eu_fsf", Body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Contains("us_ofac_sdn", problem.GetProperty("detail").GetString());

        var empty = await PostAsync(host.Client, "/match/default", new { }, HttpStatusCode.BadRequest);
        Assert.Contains("\"queries\"", empty.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://[::ffff:0.0.0.0]:5080", false)]
    public void Without_keys_the_server_listens_on_loopback_only(string url, bool allowed)
    {
        var options = new ServerOptions("unused.db", [url], "owner", "unused.model", "uploads");
        if (allowed) Assert.False(ListeningGuard.Check([url], options, keysExist: false).Exposed);
        else Assert.Contains("loopback only", Assert.Throws<ArgumentException>(() => ListeningGuard.Check([url], options, keysExist: false)).Message);
    }

    [Fact]
    public void An_IPv4_address_written_as_IPv6_is_refused_with_the_address_to_write()
    {
        var error = Assert.Throws<ArgumentException>(() => ListeningGuard.RequireLoopback("http://[::ffff:127.0.0.1]:5080"));
        Assert.Contains("write 127.0.0.1 instead", error.Message);
    }

    [Fact]
    public void Kestrel_endpoints_from_configuration_pass_the_same_guard()
    {
        using var folder = new TempFolder();
        var options = new ServerOptions(folder.File("guard.db"), [SightlineServer.DefaultUrl], "test-reviewer", "unused.model", folder.File("uploads"));
        var error = Assert.Throws<ArgumentException>(() => SightlineServer.Create(options, builder => builder.Configuration["Kestrel:Endpoints:Public:Url"] = "http://0.0.0.0:5080"));
        Assert.Contains("loopback only", error.Message);
    }
}
