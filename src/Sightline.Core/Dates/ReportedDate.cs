using Sightline.Lists.Model;

namespace Sightline.Dates;

/// <summary>Where a date's value comes from.</summary>
public enum DateBasis
{
    /// <summary>The text states the whole date.</summary>
    Stated,
    /// <summary>The text gives no year; the year is the publication date's, by <see cref="DateFinder"/>'s rule.</summary>
    YearFromPublication,
    /// <summary>A relative date (<c>yesterday</c>, <c>on Monday</c>) resolved against the publication date.</summary>
    RelativeToPublication,
    /// <summary>No year in the text and no publication date: the year stays unknown.</summary>
    YearUnknown,
}

/// <summary>
/// A date as a report states it, with its span in the text, precision (<see cref="DatePrecision"/>: a day, month, year or
/// range; a month is a month, "October 2016" is never 2016-10-01) and basis.
/// <see cref="From"/> and <see cref="To"/> bound it (the same for a single day, month or year; a range's ends otherwise);
/// both are null when the year is unknown. <see cref="Value"/> is ISO 8601: <c>2024-05-13</c>, <c>2016-10</c>,
/// <c>2005</c>, <c>2023-03-02/2023-03-03</c>, or <c>XXXX-10-29</c> without a year.
/// </summary>
public sealed record ReportedDate(
    string Text,
    int Start,
    int End,
    string Value,
    DatePrecision Precision,
    PartialDate? From,
    PartialDate? To,
    string? Qualifier,
    DateBasis Basis,
    double Confidence)
{
    /// <summary>The part of the date its start and end share: <c>2023-03</c> for March 2-3, 2023, the day for a
    /// single day; null without a year.</summary>
    public string? Shared
    {
        get
        {
            if (From is not { } from) return null;
            var parts = from.ToString().Split('-').Zip((To ?? from).ToString().Split('-')).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToList();
            return parts.Count == 0 ? null : string.Join('-', parts);
        }
    }
}
