using System.Drawing;
using System.Globalization;
using System.Text.Json;
using OpenQA.Selenium;
using Sightline.Tests.Support;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>
/// The analyst's whole path through the workbench on the demo base, in a real headless Chromium: search a name, open the
/// profile, cut its contact graph to 2023, open a meeting of that year, follow it to its source sentence, find the alert
/// the meeting raised and acknowledge it, write a note on the person, gather the person and the report into a case and
/// export the case. No page on the way shows a local path or a bare id as a title. Screenshots (walk-*) in
/// artifacts/screenshots/; the README shows them.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class WorkbenchWalkTests : BrowserTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_profile_graph_of_2023_meeting_source_alert_note_and_case_export()
    {
        var web = Browser.Web;
        web.Manage().Window.Size = new Size(1280, 900);

        // Search: the person typed comes first, by name.
        web.Navigate().GoToUrl(Site.Address + "/");
        Browser.Element("#q").SendKeys("Khazali");
        Browser.Element("#search button").Click();
        var first = Browser.Until(d => d.FindElements(By.CssSelector("#kb-results a")).FirstOrDefault())!;
        Assert.Contains("Qais", first.Text, StringComparison.Ordinal);
        Browser.Screenshot("walk-01-search");

        // Profile: titled by name, the graph cut to 2023.
        first.Click();
        Browser.Until(d => d.FindElement(By.Id("graph")).GetAttribute("data-state") == "ready");
        var name = web.Title["Sightline — ".Length..]; // the page is titled by the name, the id only beside it
        Assert.Contains("Qais", name, StringComparison.Ordinal);
        Assert.StartsWith(name, Browser.Element("h1").Text, StringComparison.Ordinal);
        var person = new Uri(web.Url).Query.Split('=')[1];
        var allEdges = Count("data-edges");
        web.FindElement(By.CssSelector("#graph-year option[value='2023']")).Click();
        Browser.Until(d => d.FindElement(By.Id("graph")).GetAttribute("data-state") == "ready" && Count("data-edges") < allEdges);
        var starts = ((IEnumerable<object>)web.ExecuteScript("return SightlineGraph.cy.edges().map(e => e.data('edge').date_start);")!).Select(o => o.ToString()!).ToList();
        Assert.NotEmpty(starts);
        Assert.All(starts, start => Assert.StartsWith("2023", start, StringComparison.Ordinal));
        web.ExecuteScript("document.getElementById('graph-panel').scrollIntoView();");
        Browser.Screenshot("walk-02-profile-graph-2023");

        // A meeting of 2023, from the profile's meetings table.
        var meetingLink = Browser.Until(d => d.FindElements(By.CssSelector("#meetings tbody tr td a[href^='/meeting.html']")).FirstOrDefault(a => a.Text.StartsWith("2023", StringComparison.Ordinal)))!;
        var meetingDate = meetingLink.Text;
        meetingLink.Click();
        Assert.StartsWith(meetingDate, Browser.Element("#meeting-date").Text, StringComparison.Ordinal);
        var meeting = new Uri(web.Url).Query.Split('=')[1];
        Assert.Contains("designated", Browser.Element("#parties").Text, StringComparison.Ordinal); // a party's status on the date, in words
        var quote = Browser.Element("#evidence blockquote").Text;
        Browser.Screenshot("walk-03-meeting");

        // Its source sentence, marked in the report, which is titled by its title and lists the alert it raised.
        Browser.Element("#evidence a.source-link").Click();
        var sentence = Browser.Element("#text mark.evidence.focus");
        Assert.Contains(sentence.Text.Trim(), quote, StringComparison.Ordinal);
        var report = new Uri(web.Url).Query.Split('&')[0].Split('=')[1];
        Assert.DoesNotContain("/", Browser.Element("h1").Text, StringComparison.Ordinal); // a title, not a file path
        var raised = Browser.Until(d => d.FindElements(By.CssSelector("#report-alerts li a")).FirstOrDefault(a => a.GetAttribute("href")!.EndsWith(meeting, StringComparison.Ordinal)))!;
        Assert.Contains("Qais", raised.Text, StringComparison.Ordinal);
        Browser.Screenshot("walk-04-source-sentence");

        // The alert, in the alerts list filtered to this report, acknowledged there.
        web.Navigate().GoToUrl($"{Site.Address}/alerts.html?document={report}");
        var alert = Browser.Until(d => d.FindElements(By.CssSelector("#alert-table tbody tr")).FirstOrDefault(r => r.FindElements(By.CssSelector($"a[href$='{meeting}']")).Count > 0))!;
        var alertId = alert.GetAttribute("data-alert")!;
        Browser.Screenshot("walk-05-alert");
        alert.FindElement(By.CssSelector("button.ack")).Click();
        Browser.Until(d => d.FindElements(By.CssSelector($"#alert-table tbody tr[data-alert='{alertId}']")).Count == 0);

        // A note on the person, then the person and the report gathered into a case.
        web.Navigate().GoToUrl($"{Site.Address}/entity.html?id={person}");
        Browser.Element("#note-text").SendKeys("Check who else attended the 2023 talks.");
        Browser.Element("#add-note button").Click();
        Assert.Contains(ApiHost.OwnerName, Browser.Until(d => d.FindElements(By.CssSelector("#notes-list li.note")).FirstOrDefault())!.Text, StringComparison.Ordinal);
        Browser.Until(d => d.FindElements(By.CssSelector("#case-picker option")).FirstOrDefault());
        Browser.Element("#new-case-name").SendKeys("Talks of 2023");
        Browser.Element("#add-to-case button").Click();
        Browser.Until(d => d.FindElements(By.CssSelector("#in-cases a")).FirstOrDefault(a => a.Text == "Talks of 2023"));
        web.ExecuteScript("document.getElementById('notes-list').scrollIntoView();");
        Browser.Screenshot("walk-06-note-and-case");

        web.Navigate().GoToUrl($"{Site.Address}/document.html?id={report}");
        Browser.Until(d => d.FindElements(By.CssSelector("#case-picker option")).FirstOrDefault(o => o.Text.Contains("Talks of 2023", StringComparison.Ordinal)))!.Click();
        Browser.Element("#add-to-case button").Click();
        var caseLink = Browser.Until(d => d.FindElements(By.CssSelector("#in-cases a")).FirstOrDefault(a => a.Text == "Talks of 2023"))!;

        // The case's page and its export: the person, the report and the note, with no local path anywhere.
        caseLink.Click();
        Browser.Element($"#members tr[data-member='{person}']");
        Browser.Element($"#members tr[data-member='{report}']");
        Assert.Contains("Check who else attended the 2023 talks.", Browser.Element("#case-notes").Text, StringComparison.Ordinal);
        Browser.Screenshot("walk-07-case");
        var export = await Site.Client.GetStringAsync(Browser.Element("#exports a[data-format='ftm']").GetAttribute("href")!, Cancel);
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("id").GetString() == person);
        Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "Note");
        Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "Document");
        Assert.DoesNotContain(Repository.Root, export, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", export, StringComparison.Ordinal);
        Assert.DoesNotContain(Browser.ConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private int Count(string attribute) =>
        int.Parse(Browser.Web.FindElement(By.Id("graph")).GetAttribute(attribute) ?? "-1", CultureInfo.InvariantCulture);
}
