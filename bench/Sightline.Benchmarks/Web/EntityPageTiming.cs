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

        double Load()
        {
            browser.Navigate().GoToUrl("about:blank");
            browser.Navigate().GoToUrl(url);
            var rendered = wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-rendered-ms"));
            return double.Parse(rendered!, CultureInfo.InvariantCulture);
        }

        var first = Load();
        var times = Enumerable.Range(0, runs).Select(_ => Load()).Order().ToList();
        double Percentile(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"{url}");
        Console.WriteLine($"first load {first:0} ms; then {runs} loads: median {Percentile(0.5):0} ms, p90 {Percentile(0.9):0} ms, max {times[^1]:0} ms");
        return 0;
    }
}
