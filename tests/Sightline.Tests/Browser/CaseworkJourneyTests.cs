using System.Text.Json;
using OpenQA.Selenium;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>
/// The analyst's workbench in a real headless Chromium: on an entity's page, write a note and put the entity into a new
/// case; on the case's page, see the member and its note, and export the case. Screenshots in artifacts/screenshots/.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class CaseworkJourneyTests : BrowserTest
{
    [Fact]
    public async Task A_note_on_an_entity_then_a_new_case_holding_it_then_its_export()
    {
        var cancel = TestContext.Current.CancellationToken;
        var meetings = JsonDocument.Parse(await Site.Client.GetStringAsync("/meetings?limit=1000", cancel)).RootElement;
        var entity = meetings.EnumerateArray().SelectMany(m => m.GetProperty("participants").EnumerateArray())
            .First(p => p.GetProperty("id").ValueKind == JsonValueKind.String).GetProperty("id").GetString()!;

        var web = Browser.Web;
        web.Navigate().GoToUrl($"{Site.Address}/entity.html?id={entity}");
        Browser.Until(d => d.FindElements(By.CssSelector("#notes-list li")).FirstOrDefault());
        Browser.Element("#note-text").SendKeys("Ask the desk for the 2022 shipping manifests.");
        Browser.Element("#add-note button").Click();
        var note = Browser.Until(d => d.FindElements(By.CssSelector("#notes-list li.note")).FirstOrDefault())!;
        Assert.Contains("Ask the desk for the 2022 shipping manifests.", note.Text, StringComparison.Ordinal);
        Assert.Contains(ApiHost.OwnerName, note.Text, StringComparison.Ordinal); // the signed-in holder wrote it

        Browser.Until(d => d.FindElements(By.CssSelector("#case-picker option")).FirstOrDefault());
        Browser.Element("#new-case-name").SendKeys("Shipping network");
        Browser.Element("#add-to-case button").Click();
        var link = Browser.Until(d => d.FindElements(By.CssSelector("#in-cases a")).FirstOrDefault())!;
        Assert.Equal("Shipping network", link.Text);
        Browser.Screenshot("casework-01-entity-note-and-case");

        link.Click();
        var member = Browser.Element($"#members tr[data-member='{entity}']");
        Assert.Contains("entity", member.Text, StringComparison.Ordinal);
        Assert.Contains("Ask the desk for the 2022 shipping manifests.", Browser.Element("#case-notes").Text, StringComparison.Ordinal);
        Browser.Screenshot("casework-02-case-page");

        var exportHref = Browser.Element("#exports a[data-format='ftm']").GetAttribute("href")!;
        var lines = (await Site.Client.GetStringAsync(exportHref, cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("id").GetString() == entity);
        Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "Note"
            && l.GetProperty("properties").GetProperty("description")[0].GetString() == "Ask the desk for the 2022 shipping manifests.");
        Assert.DoesNotContain(Browser.ConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
