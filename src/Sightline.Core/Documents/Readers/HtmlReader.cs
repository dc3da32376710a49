using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sightline.Documents.Readers;

/// <summary>
/// An HTML page: keeps the article and drops navigation, scripts, styles, forms, asides, headers, footers and
/// ad-like blocks. The article is the page's <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>, else the block holding
/// the most paragraph text. Title, canonical URL, publisher and publication date come from the page's metadata
/// (<c>og:title</c>, <c>link rel=canonical</c>, <c>og:site_name</c>, <c>article:published_time</c>, <c>&lt;time&gt;</c>).
/// </summary>
public static class HtmlReader
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "template"];

    /// <summary>Words in a class or id that mark a block as not the article (split on space, hyphen and underscore).</summary>
    private static readonly HashSet<string> AdMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "banner", "promo", "sponsor", "sponsored", "newsletter", "cookie", "cookies", "share", "sharing",
        "social", "related", "comment", "comments", "sidebar", "menu", "breadcrumb", "breadcrumbs", "subscribe", "popup", "modal",
    };

    /// <exception cref="InvalidDataException">The page nests its elements deeper than <paramref name="maxDepth"/>
    /// (by default <see cref="DocumentLimits.MaxHtmlDepth"/>).</exception>
    public static Document Read(string path, string html, int? maxDepth = null)
    {
        var limit = maxDepth ?? DocumentLimits.Default.MaxHtmlDepth;
        if (HtmlNesting.Exceeds(html, limit))
            throw new InvalidDataException($"the page nests its elements more than {limit:N0} deep; not read (an article nests a few dozen)");
        var page = new HtmlParser().ParseDocument(html);
        var metadata = new DocumentMetadata(
            Title: Meta(page, "og:title") ?? page.Title?.Trim(),
            Source: page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url"),
            Publisher: Meta(page, "og:site_name"),
            Language: page.DocumentElement.GetAttribute("lang")?.Split('-')[0]);
        var dateText = Meta(page, "article:published_time") ?? Meta(page, "date") ?? Meta(page, "pubdate") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (dateText is not null && PlainTextReader.ParseDate(dateText) is { Date: { } date })
            metadata = metadata with { Published = date, PublishedNote = "from the page's metadata" };

        foreach (var selector in Dropped)
            foreach (var element in page.QuerySelectorAll(selector).ToList()) element.Remove();
        foreach (var element in page.QuerySelectorAll("[class],[id]").ToList())
            if (IsAdLike(element) && element.ParentElement is not null) element.Remove();

        var article = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.QuerySelector("[role=main]") ?? DensestBlock(page);
        var text = article is null ? "" : BlockText(article);
        var diagnostics = new List<string>();
        if (text.Trim().Length == 0) diagnostics.Add("HTML page without article text");
        return DocumentFactory.Create(path, "html", text, metadata, diagnostics);
    }

    private static string? Meta(IDocument page, string name) =>
        (page.QuerySelector($"meta[property='{name}']") ?? page.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

    private static bool IsAdLike(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main") return false;
        var marks = ((element.ClassName ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        return marks.Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries).Any(AdMarkers.Contains);
    }

    /// <summary>The element whose direct paragraphs hold the most text.</summary>
    private static IElement? DensestBlock(IDocument page)
    {
        IElement? best = page.Body;
        var bestLength = 0;
        foreach (var block in page.QuerySelectorAll("div, section, td, body"))
        {
            var length = block.Children.Where(c => c.LocalName is "p" or "h1" or "h2" or "h3" or "blockquote" or "ul" or "ol").Sum(c => c.TextContent.Length);
            if (length > bestLength) { best = block; bestLength = length; }
        }
        return best;
    }

    /// <summary>The text of an element with a line break after each block, so paragraphs stay paragraphs.</summary>
    private static string BlockText(INode root)
    {
        var text = new StringBuilder();
        void Walk(INode node)
        {
            if (node is IText t) { text.Append(t.Data.Replace('\n', ' ')); return; }
            if (node is not IElement element) return;
            var block = element.LocalName is "p" or "div" or "section" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "blockquote" or "tr" or "br" or "article" or "pre";
            if (block) text.Append('\n');
            foreach (var child in element.ChildNodes) Walk(child);
            if (block) text.Append('\n');
        }
        Walk(root);
        return string.Join('\n', text.ToString().Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+", " ").Trim()).Where(l => l.Length > 0));
    }
}
