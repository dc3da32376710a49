using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Lists.Model;

namespace Sightline.Web.Knowledge;

/// <summary>The graph's <c>from</c> and <c>to</c> query values: a year, a month or a day (<c>2023</c>, <c>2023-03</c>,
/// <c>2023-03-02</c>); <c>from</c> starts on the first day it covers and <c>to</c> ends on the last, so
/// <c>from=2023&amp;to=2023</c> is the whole of 2023.</summary>
public static class GraphPeriod
{
    /// <summary>The filter these values ask for, or null when a date cannot be read or the period ends before it starts.</summary>
    public static GraphFilter? Read(string? from, string? to, bool sanctionedOnly)
    {
        if (!Bound(from, out var start) || !Bound(to, out var end)) return null;
        var first = start?.Start;
        var last = end?.End;
        if (first is not null && last is not null && last < first) return null;
        return new GraphFilter(first, last, sanctionedOnly);
    }

    /// <summary>Why <see cref="Read"/> refused these values.</summary>
    public static ProblemHttpResult Problem(string? from, string? to) =>
        !Bound(from, out var start) || !Bound(to, out var end)
            ? Problems.BadRequest("Unreadable date", $"from and to take a year, a month or a day (2023, 2023-03, 2023-03-02); got from='{from}', to='{to}'.")
            : Problems.BadRequest("Empty period", $"The period ends ({end!.Value.EndText}) before it starts ({start!.Value.StartText}).");

    private static bool Bound(string? text, out DayRange? days)
    {
        days = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!PartialDate.TryParse(text, out var date) || text.Trim().Contains(' ', StringComparison.Ordinal)) return false;
        days = DayRange.Of(date);
        return true;
    }
}
