namespace Sightline.Knowledge.Events;

/// <summary>
/// The dated pair index (ADR-044): each row of <c>kb_event_pairs</c> carries its event's start date as
/// <c>bounded_start</c> when the event spans at most <see cref="SpanDays"/> days, and NULL when it is undated or longer.
/// A dated claim can overlap such an event only if the event starts within <see cref="Window"/>, so it reads those rows
/// and the NULL ones, never the rest of a much-met pair's history: the candidates it may join are the same.
/// </summary>
public static class DatedPairs
{
    /// <summary>The longest event, in days, whose pairs are filed under its start date (a year, leap or not).</summary>
    public const int SpanDays = 366;

    /// <summary>The start dates (inclusive, <c>yyyy-MM-dd</c>) of the bounded events that may overlap <paramref name="date"/>.</summary>
    public static (string From, string To) Window(DayRange date) =>
        (new DayRange(date.Start.AddDays(-(SpanDays - 1)), date.End).StartText, date.EndText);
}
