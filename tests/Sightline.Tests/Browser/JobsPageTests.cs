using OpenQA.Selenium;
using Sightline.Tests.Support;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>The jobs page (ADR-043) on a server that queues uploads for its workers: an upload made through the API
/// shows there as an enqueued ingestion of its file.</summary>
[Trait("Store", "Postgres")]
public sealed class JobsPageTests : IAsyncLifetime
{
    private ApiHost _site = null!;
    private HeadlessChromium _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await ApiHost.StartAsync(kestrel: true, options: o => o with { QueueUploads = true }, store: TestStore.Postgres);
        _browser = ChromiumPool.Lease();
        _browser.Web.Navigate().GoToUrl(_site.Address + _site.SignInPath);
    }

    public async ValueTask DisposeAsync()
    {
        ChromiumPool.Return(_browser);
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_queued_through_the_api_shows_on_the_jobs_page()
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent("Title: Pier\n\nOn May 4, 2024, Tomas Verhoeven met Ilse Brandt in Ghent.\n"u8.ToArray()), "file", "pier.txt" } };
        var answer = await _site.Analyst.PostAsync("/documents", form, TestContext.Current.CancellationToken);
        var job = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("job_id").GetString()!;

        _browser.Web.Navigate().GoToUrl(_site.Address + "/jobs.html");
        var row = _browser.Until(d => d.FindElements(By.CssSelector($"tr[data-job='{job}']")).FirstOrDefault())!;

        Assert.Contains("enqueued", row.Text, StringComparison.Ordinal);
        Assert.Contains("pier.txt", row.Text, StringComparison.Ordinal);
        Assert.Contains("1 enqueued", _browser.Element("#counts").Text, StringComparison.Ordinal);
        _browser.Screenshot("jobs-01-queued-upload");
    }
}
