using System.Text.RegularExpressions;

namespace Sightline.Documents.Readers;

/// <summary>
/// How deep a page's elements nest, read from its tags before the page is parsed. An HTML parser checks the open
/// elements on every tag, so a page of 100,000 nested <c>&lt;div&gt;</c> (1 MB) costs minutes; real articles nest a few
/// dozen deep. Void elements and elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>, …) do not count,
/// so the estimate never exceeds the real depth of a well-formed page by much.
/// </summary>
internal static partial class HtmlNesting
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    /// <summary>True when the tags open deeper than <paramref name="limit"/> at some point (<see cref="DocumentLimits.MaxHtmlDepth"/>:
    /// far beyond any article, far below what makes parsing slow).</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (NotNesting.Contains(tag.Groups["name"].Value)) continue;
            if (tag.Groups["close"].Success) depth = Math.Max(0, depth - 1);
            else if (!tag.Groups["self"].Success && ++depth > limit) return true;
        }
        return false;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
