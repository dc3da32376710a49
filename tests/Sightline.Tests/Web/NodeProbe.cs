using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sightline.Tests.Web;

/// <summary>What the serve-node tests ask a node on loopback: whether it is ready, and whether <c>/match</c> answers a
/// name with a list entry, asked until it does within a bound (ADR-042).</summary>
internal static class NodeProbe
{
    /// <summary>How long a node may take to show a change before the test fails: a bound, not a measurement.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Waits until the node answers <c>/readyz</c> 200.</summary>
    public static async Task Ready(HttpClient node)
    {
        var until = DateTime.UtcNow + Patience;
        HttpResponseMessage answer;
        while ((answer = await node.GetAsync("/readyz", Cancel)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, $"the node was not ready: {await answer.Content.ReadAsStringAsync(Cancel)}");
            await Task.Delay(100, Cancel);
        }
    }

    /// <summary>Asks the node until its answer for <paramref name="name"/> holds <paramref name="id"/>; every answer
    /// meanwhile must be a success or, while the list is not yet served, "no such dataset".</summary>
    public static async Task Eventually(HttpClient node, string dataset, string name, string id)
    {
        var until = DateTime.UtcNow + Patience;
        while (!(await MatchIds(node, dataset, name)).Contains(id))
        {
            Assert.True(DateTime.UtcNow < until, $"{node.BaseAddress} did not answer {name} with {id} within {Patience.TotalSeconds} s");
            await Task.Delay(100, Cancel);
        }
    }

    /// <summary>The ids <c>/match/DATASET</c> answers for a person's name; none when the node serves no such list yet.</summary>
    public static async Task<IReadOnlyList<string>> MatchIds(HttpClient node, string dataset, string name)
    {
        using var response = await Match(node, dataset, name);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        if (response.StatusCode == HttpStatusCode.NotFound) return [];
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("responses").GetProperty("q").GetProperty("results")
            .EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }

    public static Task<HttpResponseMessage> Match(HttpClient node, string dataset, string name) =>
        node.PostAsJsonAsync($"/match/{dataset}", new
        {
            queries = new Dictionary<string, object> { ["q"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = [name] } } },
        }, Cancel);

    /// <summary>A FollowTheMoney JSON lines list of these people.</summary>
    public static string ListFile(params (string Id, string Name)[] people) => string.Concat(people.Select(p =>
        $$$"""{"id": "{{{p.Id}}}", "schema": "Person", "properties": {"name": ["{{{p.Name}}}"], "topics": ["sanction"]}}""" + "\n"));
}
