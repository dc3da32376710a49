using System.Globalization;

namespace Sightline.Lists.Model;

/// <summary>
/// A calendar date known to a precision of a year, a month or a day, as an authority publishes it.
/// "Jun 1974" is a month and stays a month: it is never widened to 1974-06-01.
/// </summary>
/// <remarks>Immutable value type. <see cref="ToString"/> gives ISO 8601 at the known precision
/// (<c>1974</c>, <c>1974-06</c>, <c>1974-06-20</c>), and <see cref="TryParse"/> reads that form back.</remarks>
public readonly record struct PartialDate
{
    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Reads ISO forms (<c>1974</c>, <c>1974-06</c>, <c>1974-06-20</c>, also with a time or zone offset) and
    /// OFAC's forms (<c>20 Jun 1974</c>, <c>Jun 1974</c>). Returns false on anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().TrimEnd('.');
        if (s.Length > 10 && s[4] == '-' && s[7] == '-' && s[10] is 'T' or ' ' or '+' or '-' or 'Z') s = s[..10]; // time or zone offset (xs:date allows 2015-04-07-04:00)

        var iso = s.Split('-');
        if (iso.Length <= 3 && iso.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && iso[0].Length == 4 && iso.Skip(1).All(p => p.Length <= 2))
        {
            int year = int.Parse(iso[0], CultureInfo.InvariantCulture);
            int? month = iso.Length > 1 ? int.Parse(iso[1], CultureInfo.InvariantCulture) : null;
            int? day = iso.Length > 2 ? int.Parse(iso[2], CultureInfo.InvariantCulture) : null;
            return TryCreate(year, month, day, out date);
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 2 or 3 && IsYear(words[^1], out var y))
        {
            var monthIndex = MonthIndex(words[^2]);
            if (monthIndex < 0) return false;
            int? d = null;
            if (words.Length == 3)
            {
                if (!int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var dd)) return false;
                d = dd;
            }
            return TryCreate(y, monthIndex + 1, d, out date);
        }
        return false;
    }

    /// <summary>0-based month of <c>Jun</c>, <c>June</c> or <c>Sept</c>; -1 for any other word.</summary>
    private static int MonthIndex(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3) return -1;
        var index = Array.IndexOf(MonthAbbreviations, w[..3]);
        if (index < 0) return -1;
        var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index].ToLowerInvariant();
        return w.Length == 3 || w == "sept" || w == full ? index : -1;
    }

    private static bool IsYear(string s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && s.Length == 4;

    private static bool TryCreate(int year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }
}

/// <summary>How precise a date is: a year, a month or a day (a <see cref="PartialDate"/> is one of these), or a range
/// between two dates (a reported date such as "March 2-3, 2023"; never a <see cref="PartialDate"/>'s). Written out by
/// name, never by number.</summary>
public enum DatePrecision { Year, Month, Day, Range }
