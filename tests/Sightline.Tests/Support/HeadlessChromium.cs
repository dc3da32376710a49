using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Sightline.Tests.Support;

/// <summary>
/// Debian's Chromium driven through Debian's chromium-driver (their versions match by construction), headless and with
/// the flags a root container needs. Screenshots go to <c>artifacts/screenshots/</c> at the repository root, which CI
/// keeps. Tests lease one from <see cref="ChromiumPool"/>.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string Binary = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private static readonly System.Drawing.Size WindowSize = new(1400, 1100);

    public HeadlessChromium()
    {
        if (!File.Exists(Binary) || !File.Exists(Driver))
            throw new InvalidOperationException($"the browser tests need Debian's chromium and chromium-driver ({Binary}, {Driver}); .ci/run installs them: apt-get install -y chromium chromium-driver");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-dev-shm-usage", $"--window-size={WindowSize.Width},{WindowSize.Height}", "--lang=en-US");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Web = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        Web.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public ChromeDriver Web { get; }

    public static string ScreenshotFolder => Path.Combine(Repository.Root, "artifacts", "screenshots");

    /// <summary>Waits (up to 30 s) until <paramref name="condition"/> gives something other than null or false. An element
    /// the page redrew while the condition read it is asked again, not a failure.</summary>
    public T Until<T>(Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(Web, TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public IWebElement Element(string css) => Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed))!;

    public void Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        Web.GetScreenshot().SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));
    }

    /// <summary>The browser console's messages so far (errors include Content-Security-Policy refusals).</summary>
    public IReadOnlyList<string> ConsoleMessages() => Web.Manage().Logs.GetLog(LogType.Browser).Select(e => $"{e.Level}: {e.Message}").ToList();

    /// <summary>Whether the browser still answers, with its one window.</summary>
    internal bool IsAlive()
    {
        try
        {
            return Web.WindowHandles.Count == 1;
        }
        catch (WebDriverException)
        {
            return false;
        }
    }

    /// <summary>Leaves the browser as a new one would be for the next test: the page's storage and every cookie cleared
    /// (the sites of a run all live on 127.0.0.1, and cookies do not tell ports apart), a blank page in the one window at
    /// the first size, and the console read empty. False when that fails (a dialog left open, a window more, a browser
    /// that died): the browser is then not to be used again.</summary>
    internal bool TryClear()
    {
        try
        {
            if (!IsAlive()) return false;
            Web.ExecuteScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) { }");
            Web.Navigate().GoToUrl("about:blank"); // first, so that no request of the page sets a cookie again
            Web.ExecuteCdpCommand("Network.clearBrowserCookies", []);
            Web.Manage().Window.Size = WindowSize;
            _ = Web.Manage().Logs.GetLog(LogType.Browser);
            return true;
        }
        catch (WebDriverException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Web.Quit();
        Web.Dispose();
    }
}
