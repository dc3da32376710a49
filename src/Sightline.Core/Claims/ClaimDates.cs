using Sightline.Dates;

namespace Sightline.Claims;

/// <summary>The dates of a sentence that can date an event: not a report's own date ("a May 14, 2024 report"), a
/// dateline ("BEIRUT, Oct. 14, 2023 —"), a period's bound ("since 2022"), or a life's or a body's date ("born on
/// February 22, 1972", "founded in 2004"). A date is consistent with the report when it is not decades before the
/// publication: such a date dates an event only in its own sentence, and is never carried to another.</summary>
internal static class ClaimDates
{
    private static readonly HashSet<string> ReportNouns = ["report", "reports", "statement", "article", "interview", "post", "tweet", "dispatch", "issue", "edition", "broadcast"];

    /// <summary>Words that make a date the bound of a period, not an event's date: "the first since 2022".</summary>
    private static readonly HashSet<string> Bounds = ["since", "until", "till"];

    /// <summary>Words before a date (within three tokens) that make it a life's or a body's date, not an event's.</summary>
    private static readonly HashSet<string> Biographical = ["born", "died", "founded", "established", "formed", "created", "b."];

    /// <summary>How many years before publication a date may lie and still be carried to a sentence that gives none.</summary>
    public const int InheritableYears = 10;

    public static IEnumerable<PlacedDate> EventDates(SentenceFrame frame) =>
        frame.Dates.Where(d => !ReportNouns.Contains(frame.Word(d.End)) && frame.Word(d.End) is not ("—" or "–" or "--" or "-")
            && !Bounds.Contains(frame.Word(d.First)) && !Bounds.Contains(frame.Word(d.First - 1))
            && !Enumerable.Range(d.First - 3, 3).Any(k => Biographical.Contains(frame.Word(k))));

    /// <summary>The event date nearest to token <paramref name="trigger"/>, preferring one after it within the clause,
    /// and one consistent with the publication date over one decades before it.</summary>
    public static PlacedDate? Nearest(SentenceFrame frame, int trigger)
    {
        PlacedDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in EventDates(frame))
        {
            var distance = date.First >= trigger ? date.First - trigger : (trigger - date.End) + 2;
            if (!Consistent(date.Date, frame)) distance += 1000;
            if (distance < bestDistance) (best, bestDistance) = (date, distance);
        }
        return best;
    }

    /// <summary>True when <paramref name="date"/> may date a sentence that states none: no more than
    /// <see cref="InheritableYears"/> years before the publication (or either unknown).</summary>
    public static bool Inheritable(ReportedDate date, SentenceFrame frame) => Consistent(date, frame);

    private static bool Consistent(ReportedDate date, SentenceFrame frame) =>
        frame.Analyzed.Document.Published is not { } published || date.From is not { } from || from.Year >= published.Year - InheritableYears;
}
