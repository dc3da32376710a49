namespace Sightline.Claims;

/// <summary>The dates of a sentence that can date an event: not a report's own date ("a May 14, 2024 report"), a
/// dateline ("BEIRUT, Oct. 14, 2023 —") or a period's bound ("since 2022").</summary>
internal static class ClaimDates
{
    private static readonly HashSet<string> ReportNouns = ["report", "reports", "statement", "article", "interview", "post", "tweet", "dispatch", "issue", "edition", "broadcast"];

    public static IEnumerable<PlacedDate> EventDates(SentenceFrame frame) =>
        frame.Dates.Where(d => !ReportNouns.Contains(frame.Word(d.End)) && frame.Word(d.End) is not ("—" or "–" or "--" or "-")
            && !Bounds.Contains(frame.Word(d.First)) && !Bounds.Contains(frame.Word(d.First - 1)));

    /// <summary>Words that make a date the bound of a period, not an event's date: "the first since 2022".</summary>
    private static readonly HashSet<string> Bounds = ["since", "until", "till"];

    /// <summary>The event date nearest to token <paramref name="trigger"/>, preferring one after it within the clause.</summary>
    public static PlacedDate? Nearest(SentenceFrame frame, int trigger)
    {
        PlacedDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in EventDates(frame))
        {
            var distance = date.First >= trigger ? date.First - trigger : (trigger - date.End) + 2;
            if (distance < bestDistance) (best, bestDistance) = (date, distance);
        }
        return best;
    }
}
