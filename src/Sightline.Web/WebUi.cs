using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Sightline.Web;

/// <summary>
/// The browser pages, served from <c>wwwroot/</c> beside the program: plain HTML, CSS and JavaScript that call the
/// HTTP API, with Cytoscape.js vendored under <c>vendor/</c>. Nothing is built at run time.
/// </summary>
public static class WebUi
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void Use(WebApplication app)
    {
        var files = new PhysicalFileProvider(Root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
