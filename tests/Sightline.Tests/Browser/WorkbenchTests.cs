using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>
/// The analyst's workbench in a real headless Chromium over the sample reports: an alert followed to its meeting (its date
/// and each party's status on it) and on to the source sentence in the report, an alert acknowledged from the list, and an
/// entity merged into another found by name rather than by id. Each leaves a screenshot in artifacts/screenshots/.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class WorkbenchTests : BrowserTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IReadOnlyList<IWebElement> AlertRows(IWebDriver driver) => driver.FindElements(By.CssSelector("#alert-table tbody tr"));

    [Fact]
    public void An_alert_leads_to_its_meeting_and_on_to_the_source_sentence()
    {
        Browser.Web.Navigate().GoToUrl(Site.Address + "/alerts.html?rule=sanctioned-meeting");
        var row = Browser.Until(d => AlertRows(d).FirstOrDefault(r => r.FindElements(By.CssSelector("a.meeting-link")).Any(a => !a.Text.Contains("unknown", StringComparison.Ordinal))))!;
        var link = row.FindElement(By.CssSelector("a.meeting-link"));
        var date = link.Text["meeting of ".Length..];
        var parties = row.FindElements(By.CssSelector("td:nth-child(4) a")).Select(a => a.Text).ToList();
        Assert.NotEmpty(parties); // the parties are links to their pages, by name
        Assert.DoesNotContain(parties, name => name.StartsWith("P-", StringComparison.Ordinal) || name.StartsWith("O-", StringComparison.Ordinal));
        Browser.Screenshot("workbench-01-alerts");

        link.Click();
        Assert.StartsWith(date, Browser.Element("#meeting-date").Text, StringComparison.Ordinal);
        var meetingId = new Uri(Browser.Web.Url).Query.Split('=')[1];
        var partyTable = Browser.Element("#parties").Text;
        Assert.All(parties, name => Assert.Contains(name, partyTable, StringComparison.Ordinal));
        Assert.Contains("designated", partyTable, StringComparison.Ordinal); // the listed party's status on the date, in words
        Assert.Contains(date, Browser.Web.Title, StringComparison.Ordinal);
        var quote = Browser.Element("#evidence blockquote").Text;
        Browser.Screenshot("workbench-02-meeting");

        Browser.Element("#evidence a.source-link").Click();
        var sentence = Browser.Element("#text mark.evidence.focus");
        Assert.Contains(sentence.Text.Trim(), quote, StringComparison.Ordinal);
        Assert.Contains(Browser.Element("#report-alerts").FindElements(By.TagName("a")), a => a.GetAttribute("href")!.EndsWith(meetingId, StringComparison.Ordinal)); // the report's alerts
        Browser.Screenshot("workbench-03-source-sentence");
    }

    [Fact]
    public void An_alert_is_acknowledged_from_the_list()
    {
        Browser.Web.Navigate().GoToUrl(Site.Address + "/alerts.html");
        var first = Browser.Until(d => AlertRows(d).FirstOrDefault())!;
        var id = first.GetAttribute("data-alert")!;
        var open = AlertRows(Browser.Web).Count;
        first.FindElement(By.CssSelector("button.ack")).Click();
        Browser.Until(d => AlertRows(d).Count == open - 1 && AlertRows(d).All(r => r.GetAttribute("data-alert") != id));

        Browser.Element("#status").Click();
        Browser.Element("#status option[value='acknowledged']").Click();
        var seen = Browser.Until(d => AlertRows(d).FirstOrDefault(r => r.GetAttribute("data-alert") == id))!;
        Assert.Contains($"seen by {ApiHost.OwnerName}", seen.Text, StringComparison.Ordinal);
        Assert.Single(AlertRows(Browser.Web));
        Assert.Contains("status=acknowledged", Browser.Web.Url, StringComparison.Ordinal); // the filtered list can be linked to
        Browser.Screenshot("workbench-04-acknowledged");
    }

    [Fact]
    public async Task An_entity_is_merged_into_another_found_by_name()
    {
        // Two people of one sample meeting, with different names: which two does not matter, only that the page finds the
        // second by its name.
        var meetings = await Site.Client.GetFromJsonAsync<JsonElement>("/meetings?limit=1000", Cancel);
        var (from, into) = meetings.EnumerateArray()
            .Select(m => m.GetProperty("participants").EnumerateArray()
                .Select(p => (Id: p.GetProperty("id").GetString(), Name: p.GetProperty("name").GetString()!))
                .Where(p => p.Id is not null && p.Id.StartsWith("P-", StringComparison.Ordinal) && !p.Name.StartsWith('[')).ToList())
            .Where(people => people.Count >= 2 && people[0].Name != people[1].Name).Select(people => (people[0], people[1])).First();

        Browser.Web.Navigate().GoToUrl(Site.Address + $"/entity.html?id={from.Id}");
        Assert.Contains(from.Name, Browser.Element("h1").Text, StringComparison.Ordinal);
        Assert.All(Browser.Web.FindElements(By.CssSelector("#split-document option")), o => Assert.DoesNotMatch("^D-[0-9a-f]+$", o.Text)); // reports by name
        Browser.Element("#why").SendKeys("the same person under two spellings");
        Browser.Element("#merge-search").SendKeys(into.Name);
        Browser.Element($"#merge-suggestions button.suggestion[data-id='{into.Id}']").Click();
        var merge = Browser.Element("#merge-button");
        Assert.Equal($"Merge {from.Name} into {into.Name}", merge.Text);
        Browser.Screenshot("workbench-05-merge-by-search");

        merge.Click();
        // The page goes on to the entity merged into (named after the names its reports now use most).
        Browser.Until(d => d.Url.Contains(into.Id!, StringComparison.Ordinal) && d.FindElements(By.CssSelector("h1")).Any(h => h.Text.Contains(into.Id!, StringComparison.Ordinal)));
        var audit = await Site.Client.GetFromJsonAsync<JsonElement>("/audit", Cancel);
        Assert.Contains(audit.EnumerateArray(), d => d.GetProperty("action").GetString() == "merge" && d.GetProperty("target").GetString() == into.Id
            && d.GetProperty("user").GetString() == ApiHost.OwnerName);
    }
}
