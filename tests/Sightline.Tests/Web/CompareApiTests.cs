using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sightline.Tests.Web;

/// <summary><c>POST /compare</c> answers with the score, the decision and the token alignment; a body without two
/// names is a problem detail.</summary>
public sealed class CompareApiTests
{
    [Fact]
    public async Task Two_names_get_a_score_a_decision_and_their_token_pairs()
    {
        await using var host = await ApiHost.StartAsync();
        var response = await host.Client.PostAsJsonAsync("/compare", new { a = "حسن نصر الله", b = "NASRALLAH, Hasan" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("match", root.GetProperty("decision").GetString());
        Assert.InRange(root.GetProperty("score").GetDouble(), 0.7, 1);
        var tokens = root.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal(3, tokens.Count); // Hasan, Nasr, Allah: the joined name is split like its spaced form
        Assert.All(tokens, t => Assert.Equal("transliteration", t.GetProperty("how").GetString()));
    }

    [Fact]
    public async Task A_body_without_two_names_is_a_problem()
    {
        await using var host = await ApiHost.StartAsync();
        var response = await host.Client.PostAsJsonAsync("/compare", new { a = "Hasan" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Two names", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
