using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Sightline.Benchmarks.Web;

/// <summary>
/// <c>entity-page URL [--runs N]</c>: how long a served entity page takes to render in headless Chromium, from the start
/// of navigation until the page has drawn everything including the contact graph (it records that moment in
/// <c>data-rendered-ms</c>). The first load fills the caches and is reported apart; the browser and driver are Debian's.
/// </summary>
public static class EntityPageTiming
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: entity-page URL [--runs N]   (e.g. http://127.0.0.1:5080/entity.html?id=P-…)");
            return 2;
        }
        var url = args[0];
        var runs = args.Length >= 3 && args[1] == "--runs" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-dev-shm-usage", "--window-size=1400,1100");
        using var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(20) };

        // Milestones of one load, in milliseconds since navigation: the page's own performance marks, then "rendered".
        Dictionary<string, double> Load()
        {
            browser.Navigate().GoToUrl("about:blank");
            browser.Navigate().GoToUrl(url);
            var rendered = wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-rendered-ms"));
            var marks = (IReadOnlyCollection<object>)browser.ExecuteScript(
                "const n = performance.getEntriesByType('navigation')[0];" +
                "return [['DOMContentLoaded', n.domContentLoadedEventEnd], ...performance.getEntriesByType('mark').map(m => [m.name, m.startTime])];")!;
            var milestones = marks.Cast<IReadOnlyCollection<object>>().ToDictionary(m => (string)m.First(), m => Convert.ToDouble(m.Last(), CultureInfo.InvariantCulture));
            milestones["rendered"] = double.Parse(rendered!, CultureInfo.InvariantCulture);
            return milestones;
        }

        var first = Load();
        var loads = Enumerable.Range(0, runs).Select(_ => Load()).ToList();
        Console.WriteLine($"{url}: first load rendered at {first["rendered"]:0} ms; then {runs} loads (median, p90, max):");
        foreach (var milestone in loads[0].OrderBy(m => m.Value).Select(m => m.Key))
        {
            var times = loads.Select(l => l.GetValueOrDefault(milestone)).Order().ToList();
            double Percentile(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p * times.Count) - 1)];
            Console.WriteLine($"  {milestone,-18} {Percentile(0.5),6:0} ms {Percentile(0.9),6:0} ms {times[^1],6:0} ms");
        }
        return 0;
    }
}
