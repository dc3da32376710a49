using System.Collections.Concurrent;

namespace Sightline.Tests.Support;

/// <summary>
/// The headless Chromium browsers of a run. A browser test leases one and gives it back when it ends; the browser is
/// cleared then (<see cref="HeadlessChromium.TryClear"/>) and kept for the next test, so a run starts as many browsers
/// as browser tests run at once instead of one a test (a start costs about two seconds of CPU). A browser that cannot be
/// cleared is quit; those kept are quit when the test process exits.
/// </summary>
public static class ChromiumPool
{
    private static readonly ConcurrentBag<HeadlessChromium> Idle = [];

    static ChromiumPool() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        while (Idle.TryTake(out var browser)) browser.Dispose();
    };

    /// <summary>A cleared browser: one a test gave back that still answers, else a new one.</summary>
    public static HeadlessChromium Lease()
    {
        while (Idle.TryTake(out var browser))
        {
            if (browser.IsAlive()) return browser;
            browser.Dispose();
        }
        return new HeadlessChromium();
    }

    /// <summary>Gives the browser back, while the site it shows still runs (its storage is cleared from the page).</summary>
    public static void Return(HeadlessChromium browser)
    {
        if (browser.TryClear()) Idle.Add(browser);
        else browser.Dispose();
    }
}
