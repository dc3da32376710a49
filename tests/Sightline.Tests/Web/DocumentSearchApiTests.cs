using System.Net;
using System.Text.Json;
using Sightline.Knowledge.Search;

namespace Sightline.Tests.Web;

/// <summary><c>GET /documents?q=</c> over the five sample reports: exactly the reports whose title or text holds every
/// word, in ADR-040's order, checked against the reports' own texts.</summary>
public sealed class DocumentSearchApiTests : IAsyncLifetime
{
    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    [Theory]
    [InlineData("militia")]
    [InlineData("Guterres IRAQ")]
    [InlineData("ambassador khazali")]
    [InlineData("sanctioned")]
    public async Task The_hits_are_the_reports_holding_every_word_in_search_order(string typed)
    {
        var words = TextSearch.Parse(typed)!.Words;
        var expected = new List<(string Id, int TitleWords, string? Published)>();
        foreach (var row in (await _api.GetJson("/documents")).EnumerateArray())
        {
            var document = await _api.GetJson($"/documents/{Text(row, "id")}");
            var title = SearchTerms.Of(Text(document, "title")).ToHashSet(StringComparer.Ordinal);
            var all = SearchTerms.Of(Text(document, "text")).Concat(title).ToHashSet(StringComparer.Ordinal);
            if (words.All(all.Contains)) expected.Add((Text(row, "id")!, words.Count(title.Contains), Text(row, "published")));
        }
        var ordered = expected.OrderByDescending(e => e.TitleWords).ThenBy(e => e.Published is null).ThenByDescending(e => e.Published, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();

        var hits = (await _api.GetJson($"/documents?q={Uri.EscapeDataString(typed)}")).EnumerateArray().Select(d => Text(d, "id")!).ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(ordered, hits);
    }

    [Fact]
    public async Task A_search_without_a_word_is_refused_and_an_unknown_word_finds_nothing()
    {
        var refused = await _api.Client.GetAsync("/documents?q=%20--%20", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await _api.GetJson("/documents?q=zeppelinwerft")).GetArrayLength());
        Assert.Equal(1, (await _api.GetJson("/documents?q=militia&limit=1")).GetArrayLength());
    }
}
