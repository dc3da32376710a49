using Sightline.Tests.Support;
using Sightline.Tests.Web;

namespace Sightline.Tests.Browser;

/// <summary>What every browser test starts from: Sightline on Kestrel at a free loopback port over the bundled lists and
/// the sample reports, and a headless Chromium to look at it (<see cref="ChromiumPool"/>), signed in through the one-time
/// link the server prints.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected ApiHost Site { get; private set; } = null!;
    protected HeadlessChromium Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Site = await ApiHost.StartAsync(kestrel: true);
        Browser = ChromiumPool.Lease();
        Browser.Web.Navigate().GoToUrl(Site.Address + Site.SignInPath);
    }

    public virtual async ValueTask DisposeAsync()
    {
        ChromiumPool.Return(Browser);
        await Site.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
