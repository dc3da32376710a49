namespace Sightline.Knowledge;

/// <summary>
/// How a report is named wherever Sightline shows one: by its title, with its outlet and publication date —
/// <c>UN envoy meets militia leaders (Example Wire, 2024-05-13)</c> — never by where its file lay (ADR-032). A report with
/// no title is named by its outlet and date; one with neither, by its key (its address, or <c>text:</c> and a hash).
/// </summary>
public static class ReportLabel
{
    /// <summary>The report's name; a title longer than <paramref name="maxTitle"/> characters is cut with an ellipsis.</summary>
    public static string Of(string key, string? title, string? outlet, string? published, int maxTitle = int.MaxValue)
    {
        var about = string.Join(", ", new[] { outlet, published }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (string.IsNullOrWhiteSpace(title)) return about.Length > 0 ? about : key;
        var shown = title.Length <= maxTitle ? title : title[..(maxTitle - 1)].TrimEnd() + "…";
        return about.Length > 0 ? $"{shown} ({about})" : shown;
    }
}
