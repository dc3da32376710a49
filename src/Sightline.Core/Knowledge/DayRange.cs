using Sightline.Dates;
using Sightline.Lists.Model;

namespace Sightline.Knowledge;

/// <summary>
/// The days a date covers, first and last, as ISO dates (<c>2016-10</c> covers 2016-10-01 to 2016-10-31). Stored next to
/// every dated claim and event so that dates of any precision compare as intervals. <see cref="Value"/> writes a range
/// back at its precision: a day, a month, a year, or <c>start/end</c>.
/// </summary>
public readonly record struct DayRange(DateOnly Start, DateOnly End)
{
    public static DayRange? Of(ReportedDate? date) =>
        date is { From: { } from } ? new DayRange(First(from), Last(date.To ?? from)) : null;

    public static DayRange Of(PartialDate date) => new(First(date), Last(date));

    public static DayRange? Parse(string? start, string? end) =>
        start is null || end is null ? null : new DayRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    public string StartText => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public string EndText => End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public bool Overlaps(DayRange other) => Start <= other.End && other.Start <= End;

    public bool Contains(DayRange other) => Start <= other.Start && other.End <= End;

    public DayRange? Intersect(DayRange other) =>
        Overlaps(other) ? new DayRange(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End) : null;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary><c>2024-05-13</c>, <c>2016-10</c>, <c>2019</c>, or <c>2023-03-02/2023-03-03</c>.</summary>
    public string Value
    {
        get
        {
            if (Start == End) return StartText;
            if (Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1)) return Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            if (Start.Month == 1 && Start.Day == 1 && End == new DateOnly(Start.Year, 12, 31)) return Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            return $"{StartText}/{EndText}";
        }
    }

    /// <summary>What start and end share: <c>2023-03</c> for March 2-3, 2023; the value itself for a day, month or year.</summary>
    public string Shared
    {
        get
        {
            var value = Value;
            if (!value.Contains('/')) return value;
            if (Start.Year != End.Year) return $"{Start.Year:D4}";
            return Start.Month == End.Month ? $"{Start.Year:D4}-{Start.Month:D2}" : $"{Start.Year:D4}";
        }
    }

    private static DateOnly First(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    private static DateOnly Last(PartialDate date) =>
        date.Day is { } day ? new DateOnly(date.Year, date.Month!.Value, day)
        : date.Month is { } month ? new DateOnly(date.Year, month, DateTime.DaysInMonth(date.Year, month))
        : new DateOnly(date.Year, 12, 31);
}
