using System.Net;
using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>The API names reports by title, outlet and date and never answers with a local path (ADR-032): not where the
/// reports were read from, not where the server keeps an upload.</summary>
public sealed class DocumentIdentityApiTests : IAsyncLifetime
{
    private ApiHost _api = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await ApiHost.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private Task<string> Get(string path) => _api.GetText(path);

    private void HoldsNoLocalPath(string what, string body)
    {
        Assert.False(body.Contains(Repository.Samples, StringComparison.Ordinal), $"{what} holds the samples' folder");
        Assert.False(body.Contains(_api.Files.Path, StringComparison.Ordinal), $"{what} holds the server's folder");
    }

    [Fact]
    public async Task Reports_are_described_by_title_outlet_and_date_and_no_answer_holds_a_local_path()
    {
        var list = await Get("/documents");
        HoldsNoLocalPath("/documents", list);
        var rows = JsonDocument.Parse(list).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString())));
        Assert.Contains(rows, r => r.GetProperty("outlet").GetString() == "MEMRI" && r.GetProperty("published").GetString() == "2023-03-06");
        Assert.All(rows, r => Assert.True(r.TryGetProperty("source_url", out _)));

        foreach (var row in rows)
            HoldsNoLocalPath("/documents/{id}", await Get($"/documents/{row.GetProperty("id").GetString()}"));
        var id = JsonDocument.Parse(await Get("/search/default?q=Qais%20al-Khazali")).RootElement.GetProperty("entities")[0].GetProperty("id").GetString();
        HoldsNoLocalPath("/entities/{id}", await Get($"/entities/{id}"));
        HoldsNoLocalPath("/meetings", await Get("/meetings"));
        HoldsNoLocalPath("/alerts", await Get("/alerts"));
    }

    [Fact]
    public async Task An_upload_is_stored_as_a_path_under_uploads_never_the_servers_own()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Title: Varga in Mosul\n\nOn May 2, 2024, Governor Selim Varga met the envoy Petra Lindqvist in Mosul.\n"), "file", "varga.txt" },
        };
        var response = await _api.Analyst.PostAsync("/documents", form, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        HoldsNoLocalPath("POST /documents", body);
        var upload = JsonDocument.Parse(body).RootElement;
        Assert.Matches("^uploads/[0-9a-f]+/varga.txt$", upload.GetProperty("stored_as").GetString());
        var document = upload.GetProperty("documents")[0];
        Assert.Equal("Varga in Mosul", document.GetProperty("title").GetString());
        Assert.StartsWith("text:", document.GetProperty("key").GetString());
    }
}
