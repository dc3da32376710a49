using System.Net.Http.Headers;
using System.Text;
using OpenQA.Selenium;

namespace Sightline.Tests.Browser;

/// <summary>
/// Report text is untrusted. A report with script tags, event-handler attributes and a 5 MB line, uploaded through the
/// API and opened in headless Chromium, shows its markup as text and runs nothing; so does a hostile search.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class HostileReportTests : BrowserTest
{
    [Fact]
    public async Task Script_tags_handlers_and_a_five_megabyte_line_render_as_text()
    {
        var report = new StringBuilder()
            .Append("Hostile report.\n\n<script>window.__pwned = 1; document.title = 'pwned';</script>\n\n")
            .Append("<img src=x onerror=\"window.__pwned = 2\">\n\n")
            .Append("Qais al-Khazali met <b onmouseover=\"window.__pwned = 3\">Hadi al-Amiri</b> in Baghdad.\n\n")
            .Append(new string('x', 5 * 1024 * 1024)).Append('\n').ToString();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(report));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "hostile.txt");
        var answer = await Site.Analyst.PostAsync("/documents", form, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, answer.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("documents")[0].GetProperty("id").GetString();

        var web = Browser.Web;
        web.Navigate().GoToUrl($"{Site.Address}/document.html?id={id}");
        var text = Browser.Element("#text");
        Assert.Contains("<script>window.__pwned = 1;", text.Text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", text.Text, StringComparison.Ordinal);
        Assert.Empty(text.FindElements(By.CssSelector("script, img, b, [onerror], [onmouseover]")));
        var length = Convert.ToInt64(web.ExecuteScript("return document.getElementById('text').textContent.length;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(length > 5 * 1024 * 1024, $"the page shows {length:N0} characters of the report");
        new OpenQA.Selenium.Interactions.Actions(web).MoveToElement(text).Perform();
        Assert.Equal("undefined", web.ExecuteScript("return typeof window.__pwned;"));
        Assert.NotEqual("pwned", web.Title);
        Browser.Screenshot("06-hostile-report");

        web.Navigate().GoToUrl($"{Site.Address}/?q={Uri.EscapeDataString("<img src=x onerror=window.__pwned=4>")}");
        Browser.Element("#kb-results");
        Assert.Empty(web.FindElements(By.CssSelector("#results img")));
        Assert.Equal("<img src=x onerror=window.__pwned=4>", Browser.Element("#q").GetAttribute("value"));
        Assert.Equal("undefined", web.ExecuteScript("return typeof window.__pwned;"));
    }
}
