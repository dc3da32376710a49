using System.Drawing;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Sightline.Tests.Browser;

/// <summary>
/// The entity page's contact graph and timeline in headless Chromium over the sample reports: the graph fills its panel
/// at every window size and after a resize, a three-party graph is a triangle, edge dates show only on hover or
/// selection, a lone party keeps its normal size, the year filter and "only sanctioned parties" cut the edges, a click on a party adds its contacts, and the
/// timeline spans the panel and marks every meeting with a listed party, "designation date unknown" included.
/// Screenshots go to artifacts/screenshots/ (graph-*, timeline-*).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ContactGraphTests : BrowserTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_graph_fills_its_panel_at_every_size_and_three_parties_make_a_triangle_with_dates_on_hover()
    {
        var web = Browser.Web;
        var khazali = await EntityId("Qais al-Khazali");
        foreach (var (width, height) in new[] { (800, 600), (1280, 800), (1920, 1080) })
        {
            web.Manage().Window.Size = new Size(width, height);
            Open(khazali);
            Screenshot($"graph-{width}x{height}");
            AssertFillsPanel($"{width}x{height}");
        }
        web.Manage().Window.Size = new Size(800, 600); // refit on resize, without reloading
        Browser.Until(_ => Numbers("return [document.getElementById('graph').getBoundingClientRect().width];")[0] < 800);
        Thread.Sleep(300);
        AssertFillsPanel("after resizing from 1920x1080 to 800x600");

        web.Manage().Window.Size = new Size(1280, 800);
        var trio = await ThreePartyContact(khazali);
        Open(trio);
        Assert.Equal("3", Graph().GetAttribute("data-nodes"));
        var p = Numbers("return SightlineGraph.cy.nodes().map(n => [n.renderedPosition().x, n.renderedPosition().y]).flat();");
        for (var i = 0; i < 3; i++)
        {
            var (a, b, c) = (i * 2, (i + 1) % 3 * 2, (i + 2) % 3 * 2);
            var distance = Math.Abs((p[b] - p[a]) * (p[c + 1] - p[a + 1]) - (p[b + 1] - p[a + 1]) * (p[c] - p[a])) / Math.Sqrt(Math.Pow(p[b] - p[a], 2) + Math.Pow(p[b + 1] - p[a + 1], 2));
            Assert.True(distance > 60, $"node {c / 2} is {distance:F0} px from the line through the other two: three parties drawn (almost) in a line");
        }
        Assert.All(Labels(), label => Assert.Equal("", label));
        Screenshot("graph-three-parties");

        var midpoint = Numbers("const m = SightlineGraph.cy.edges()[0].renderedMidpoint(); return [m.x, m.y];");
        PointAt(midpoint[0], midpoint[1]).Perform();
        Browser.Until(_ => Labels().Count(label => label.Length > 0) == 1);
        Screenshot("graph-edge-date-on-hover");
        PointAt(2, 2).Perform();
        Browser.Until(_ => Labels().All(label => label.Length == 0));
        web.ExecuteScript("SightlineGraph.cy.edges()[1].select();");
        Assert.Equal(1, Labels().Count(label => label.Length > 0));

        Browser.Element("#graph-from").SendKeys("1900"); // a period without meetings leaves the entity alone
        Browser.Element("#graph-to").SendKeys("1900");
        Browser.Element("#graph-filters button[type=submit]").Click();
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready" && Count("data-nodes") == 1);
        var lone = Numbers("""
            const cy = SightlineGraph.cy, n = cy.nodes()[0], box = n.renderedBoundingBox({ includeLabels: false });
            return [cy.zoom(), box.w, n.renderedPosition().x, cy.width()];
            """);
        Assert.True(lone[0] <= 1.41 && lone[1] < 60, $"a lone party is drawn {lone[1]:F0} px wide (zoom {lone[0]:F2})");
        Assert.InRange(lone[2], lone[3] * 0.4, lone[3] * 0.6);
        Screenshot("graph-lone-party");
    }

    [Fact]
    public async Task The_graph_filters_by_year_and_sanctions_and_grows_from_a_party_and_the_timeline_marks_every_listed_party()
    {
        var web = Browser.Web;
        web.Manage().Window.Size = new Size(1280, 900);
        var khazali = await EntityId("Qais al-Khazali");
        var around = await Get($"/entities/{khazali}/graph?depth=1");
        Open(khazali);
        var edges = Count("data-edges");
        Assert.Equal(around.GetProperty("edges").GetArrayLength(), edges);

        web.FindElement(By.CssSelector("#graph-year option[value='2023']")).Click();
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready" && Count("data-edges") != edges);
        var dates = Numbers("return SightlineGraph.cy.edges().map(e => [Date.parse(e.data('edge').date_start), Date.parse(e.data('edge').date_end)]).flat();");
        Assert.InRange(dates.Length / 2, 1, edges - 1);
        for (var i = 0; i < dates.Length; i += 2)
            Assert.True(dates[i] <= Millis(2023, 12, 31) && dates[i + 1] >= Millis(2023, 1, 1), "an edge outside 2023 is drawn");
        Screenshot("graph-2023");

        web.FindElement(By.CssSelector("#graph-year option[value='']")).Click();
        Browser.Element("#graph-sanctioned").Click();
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready" && Count("data-edges") < edges);
        var unlisted = web.ExecuteScript($"return SightlineGraph.cy.nodes().filter(n => n.id() !== '{khazali}' && n.data('sanctioned') !== 1).length;");
        Assert.Equal(0L, unlisted);
        Browser.Element("#graph-reset").Click();
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready" && Count("data-edges") == edges);

        var (contact, grown) = await ContactWithOtherContacts(khazali, around);
        var position = Numbers($"const p = SightlineGraph.cy.getElementById('{contact}').renderedPosition(); return [p.x, p.y];");
        PointAt(position[0], position[1]).Click().Perform();
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready" && Count("data-nodes") == grown);
        Assert.Contains("added", Browser.Element("#graph-status").Text, StringComparison.Ordinal);
        Assert.Contains("open the profile", Browser.Element("#edge-detail").Text, StringComparison.Ordinal);
        Screenshot("graph-expanded");
        AssertFillsPanel("after expanding a party");

        var profile = await Get($"/entities/{khazali}");
        var meetings = profile.GetProperty("meetings").EnumerateArray().Where(m => m.GetProperty("date_start").ValueKind == JsonValueKind.String).ToList();
        string Expected(JsonElement meeting)
        {
            var others = meeting.GetProperty("participants").EnumerateArray().Where(p => p.GetProperty("id").GetString() != khazali).ToList();
            if (others.Any(p => p.GetProperty("status_at_date").GetString() == "listed")) return "listed";
            return others.Any(p => p.GetProperty("status_at_date").GetString() == "unknown" && p.GetProperty("list_links").GetArrayLength() > 0) ? "listed-unknown" : "none";
        }
        var marks = web.FindElements(By.CssSelector("#timeline svg.timeline g.meeting")).ToDictionary(g => g.GetAttribute("data-event")!, g => g.GetAttribute("data-mark"));
        Assert.Equal(meetings.Count, marks.Count);
        foreach (var meeting in meetings) Assert.Equal(Expected(meeting), marks[meeting.GetProperty("id").GetString()!]);
        Assert.Contains("listed-unknown", marks.Values);
        Assert.Contains("designation date unknown", Browser.Element("#timeline-legend [data-mark='listed-unknown']").Text, StringComparison.Ordinal);
        var span = Numbers("""
            const box = document.getElementById('timeline').getBoundingClientRect(), svg = document.querySelector('#timeline svg.timeline').getBoundingClientRect();
            const marks = [...document.querySelectorAll('#timeline g.meeting circle, #timeline g.meeting rect')].map(m => m.getBoundingClientRect());
            return [box.left, box.width, svg.width, Math.min(...marks.map(m => m.left)), Math.max(...marks.map(m => m.right))];
            """);
        Assert.True(span[2] >= 0.97 * span[1], $"the timeline is {span[2]:F0} px wide in a {span[1]:F0} px panel");
        Assert.True(span[4] - span[3] >= 0.9 * span[1], $"the meetings span {span[4] - span[3]:F0} px of {span[1]:F0}");
        web.ExecuteScript("document.getElementById('timeline').scrollIntoView();");
        Browser.Screenshot("timeline-listed-marks");
    }

    private void Open(string id)
    {
        Browser.Web.Navigate().GoToUrl($"{Site.Address}/entity.html?id={Uri.EscapeDataString(id)}");
        Browser.Until(_ => Graph().GetAttribute("data-state") == "ready");
    }

    /// <summary>The mouse moved to a point of the graph's drawing (pixels from its top left corner).</summary>
    private Actions PointAt(double x, double y)
    {
        Browser.Web.ExecuteScript("document.getElementById('graph').scrollIntoView({ block: 'center' });");
        var box = Graph();
        return new Actions(Browser.Web).MoveToElement(box, (int)(x - box.Size.Width / 2.0), (int)(y - box.Size.Height / 2.0));
    }

    private IWebElement Graph() => Browser.Web.FindElement(By.Id("graph"));

    private int Count(string attribute) => int.Parse(Graph().GetAttribute(attribute) ?? "-1", CultureInfo.InvariantCulture);

    private List<string> Labels() =>
        ((IEnumerable<object>)Browser.Web.ExecuteScript("return SightlineGraph.cy.edges().map(e => e.style('label'));")!).Select(l => l?.ToString() ?? "").ToList();

    private double[] Numbers(string script) =>
        ((IEnumerable<object>)Browser.Web.ExecuteScript(script)!).Select(n => Convert.ToDouble(n, CultureInfo.InvariantCulture)).ToArray();

    private static double Millis(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>The canvas covers its box, the box most of its card and of the window's height, and the drawing most of
    /// the canvas without leaving it.</summary>
    private void AssertFillsPanel(string when)
    {
        var m = Numbers("""
            const box = document.getElementById('graph'), r = box.getBoundingClientRect(), card = box.closest('section').getBoundingClientRect();
            const canvas = box.querySelector('canvas').getBoundingClientRect(), cy = SightlineGraph.cy, bb = cy.elements().renderedBoundingBox();
            return [r.width, r.height, canvas.width, canvas.height, card.width, window.innerHeight, bb.x1, bb.y1, bb.x2, bb.y2, cy.width(), cy.height()];
            """);
        Assert.True(m[2] * m[3] >= 0.95 * m[0] * m[1], $"{when}: the canvas ({m[2]:F0}x{m[3]:F0}) does not fill its box ({m[0]:F0}x{m[1]:F0})");
        Assert.True(m[0] >= 0.9 * m[4], $"{when}: the graph is {m[0]:F0} px wide in a {m[4]:F0} px panel");
        Assert.True(m[1] >= 0.5 * m[5], $"{when}: the graph is {m[1]:F0} px high in a {m[5]:F0} px window");
        Assert.True(m[6] >= -2 && m[7] >= -2 && m[8] <= m[10] + 2 && m[9] <= m[11] + 2, $"{when}: the drawing ({m[6]:F0},{m[7]:F0})-({m[8]:F0},{m[9]:F0}) leaves the {m[10]:F0}x{m[11]:F0} canvas");
        Assert.True(m[8] - m[6] >= 0.6 * m[10] && m[9] - m[7] >= 0.6 * m[11],
            $"{when}: the drawing ({m[8] - m[6]:F0}x{m[9] - m[7]:F0}) uses a small part of the {m[10]:F0}x{m[11]:F0} canvas");
    }

    private void Screenshot(string name)
    {
        Browser.Web.ExecuteScript("document.getElementById('graph-panel').scrollIntoView();");
        Browser.Screenshot(name);
    }

    private async Task<JsonElement> Get(string path) => await Site.Client.GetFromJsonAsync<JsonElement>(path, Cancel);

    private async Task<string> EntityId(string name) =>
        (await Get($"/search/default?q={Uri.EscapeDataString(name)}")).GetProperty("entities")[0].GetProperty("id").GetString()!;

    private static IEnumerable<string> Contacts(string self, JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Where(id => id != self && (id.StartsWith("P-", StringComparison.Ordinal) || id.StartsWith("O-", StringComparison.Ordinal)));

    /// <summary>A contact whose own graph has exactly three parties.</summary>
    private async Task<string> ThreePartyContact(string self)
    {
        foreach (var contact in Contacts(self, await Get($"/entities/{self}/graph?depth=1")))
            if ((await Get($"/entities/{contact}/graph?depth=1")).GetProperty("nodes").GetArrayLength() == 3) return contact;
        throw new InvalidOperationException("no contact of the sample reports' entity has a three-party graph");
    }

    /// <summary>A contact with parties of its own that <paramref name="around"/> lacks, and how many parties the graph
    /// has once they are added.</summary>
    private async Task<(string Contact, int Nodes)> ContactWithOtherContacts(string self, JsonElement around)
    {
        var known = around.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        foreach (var contact in Contacts(self, around))
        {
            var theirs = (await Get($"/entities/{contact}/graph?depth=1")).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!);
            var union = known.Union(theirs).Count();
            if (union > known.Count) return (contact, union);
        }
        throw new InvalidOperationException("no contact of the sample reports' entity has contacts of its own");
    }
}
