using OpenQA.Selenium;
using Sightline.Tests.Support;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>
/// The newcomer's question in a real headless Chromium: "is Qais al-Khazali sanctioned, and whom has he met?" — search,
/// open his page (OFAC badge, timeline, graph), follow the Guterres meeting to its source sentence, then upload a report
/// and screen a CSV. Each step leaves a screenshot in artifacts/screenshots/.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class AnalystJourneyTests : BrowserTest
{
    private readonly TempFolder _files = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public void Search_profile_source_sentence_upload_and_screening()
    {
        var web = Browser.Web;
        web.Navigate().GoToUrl(Site.Address + "/");
        Assert.Equal($"{ApiHost.OwnerName} (admin)", Browser.Element("#who").Text); // signed in through the one-time link
        Browser.Element("#q").SendKeys("Khazali");
        Browser.Element("#search button").Click();
        var person = Browser.Until(d => d.FindElements(By.CssSelector("#kb-results a")).FirstOrDefault(a => a.Text.Contains("Qais", StringComparison.Ordinal)))!;
        Assert.Contains("us_ofac_sdn:28004", Browser.Element("#kb-results").Text, StringComparison.Ordinal);
        Browser.Screenshot("01-search-khazali");

        person.Click();
        var badge = Browser.Element("#badges .badge.sanctioned[data-list='us_ofac_sdn']");
        Assert.Contains("28004", badge.Text, StringComparison.Ordinal);
        Assert.Contains("SDGT", badge.Text, StringComparison.Ordinal);
        var meetings = web.FindElements(By.CssSelector("#timeline svg g.meeting"));
        Assert.True(meetings.Count >= 5, $"the timeline drew {meetings.Count} meetings");
        Assert.NotEmpty(web.FindElements(By.CssSelector("#timeline svg rect.range"))); // "2016-10" is drawn as the month it covers
        var graph = Browser.Until(d => d.FindElement(By.Id("graph")).GetAttribute("data-nodes") is { } n && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) > 3 ? d.FindElement(By.Id("graph")) : null)!;
        Assert.NotEmpty(graph.FindElements(By.TagName("canvas")));
        Browser.Screenshot("02-profile-khazali");

        var guterres = web.FindElements(By.CssSelector("#meetings tbody tr")).First(row => row.Text.Contains("Guterres", StringComparison.Ordinal));
        guterres.FindElement(By.CssSelector("a.source-link")).Click();
        var sentence = Browser.Element("#text mark.evidence.focus");
        Assert.Contains("Guterres", sentence.Text, StringComparison.Ordinal);
        Assert.Contains("Khaz", sentence.Text, StringComparison.Ordinal);
        Assert.NotEmpty(web.FindElements(By.CssSelector("#claims li.focus")));
        Browser.Screenshot("03-guterres-source-sentence");

        var report = _files.Write("talks.txt",
            "Baghdad, March 3, 2025. Qais al-Khazali met with Hadi al-Amiri in Baghdad on March 2, 2025 to discuss the elections, his office said.\n");
        web.Navigate().GoToUrl(Site.Address + "/documents.html");
        Browser.Element("#file").SendKeys(report);
        Browser.Element("#upload button").Click();
        var extracted = Browser.Element("#extracted");
        Assert.Contains("1 meeting", extracted.Text, StringComparison.Ordinal);
        Assert.Contains("Amiri", extracted.Text, StringComparison.Ordinal);
        Browser.Screenshot("04-upload-report");

        var csv = _files.Write("counterparties.csv", "name,nationality\nQais al-Khazali,IQ\nJane Q. Nobody,GB\nقيس الخزعلي,\n");
        web.Navigate().GoToUrl(Site.Address + "/screen.html");
        Browser.Element("#csv").SendKeys(csv);
        Browser.Element("#batch button").Click();
        Browser.Element("#download");
        var rows = web.FindElements(By.CssSelector("#batch-table tbody tr"));
        Assert.Equal(3, rows.Count);
        Assert.Contains("28004", rows[0].Text, StringComparison.Ordinal);
        Assert.Contains("clear", rows[1].Text, StringComparison.Ordinal);
        Assert.Contains("28004", rows[2].Text, StringComparison.Ordinal);
        Assert.Equal("3", web.FindElement(By.Id("progress")).GetAttribute("value"));
        Browser.Screenshot("05-screen-csv");

        Assert.DoesNotContain(Browser.ConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
