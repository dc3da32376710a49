using System.Globalization;
using System.Text.RegularExpressions;
using Sightline.Lists.Model;

namespace Sightline.Dates;

/// <summary>
/// Finds the dates a report states: days (<c>On May 13, 2024</c>, <c>13 May 2024</c>, <c>2024-05-13</c>), ranges
/// (<c>March 2-3, 2023</c>), months (<c>in October 2016</c>), years (<c>in 2005</c>), qualified months
/// (<c>early March</c>) and relative dates (<c>yesterday</c>, <c>on Monday</c>, <c>met Sunday with</c>, <c>last week</c>,
/// <c>earlier this month</c>, <c>three days ago</c>, <c>last year</c>), which count from the publication date. A date written after "published
/// photos of …" is qualified "on or before": the event happened by then.
/// </summary>
/// <remarks>
/// The year rule: a date without a year takes the publication year; when that would put it more than a week after
/// the publication date, it takes the year before (a January report on "December 20" means the December before).
/// Such dates have confidence 0.7 instead of 0.95. Without a publication date the year stays unknown.
/// </remarks>
public static partial class DateFinder
{
    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Qualifier = @"(?:(?<qualifier>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    private const string EndDay = @"(?:\s*(?:-|–|to|and)\s*(?<endday>[0-3]?\d)(?:st|nd|rd|th)?)?";
    private const string Year = @"(?<year>(?:1[89]|20)\d\d)";
    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    [GeneratedRegex(Qualifier + Month + @"\s+" + Day + EndDay + @"(?:,?\s+" + Year + @")?\b(?!\s*(?:%|percent))")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b" + Day + @"(?:\s*(?:-|–)\s*(?<endday>[0-3]?\d))?\s+" + Month + @"(?:,?\s+" + Year + @")?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(Qualifier + Month + @",?\s+" + Year + @"\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:(?<qualifier>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+|\b[Ii]n\s+)" + Month + @"\b(?![\s,]+\d)")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<mm>[01]\d)-(?<dd>[0-3]\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<qualifier>early|late|mid)[\s-]+|(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Cc]irca|[Aa]round|[Tt]hroughout)\s+)" + Year + @"\b(?!-\d|\s*(?:%|percent))")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?<relative>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night)\b|\b(?:[Oo]n|[Ll]ast)\s+" + Weekday + @"\b")]
    private static partial Regex Relative();

    /// <summary>A weekday without "on", as wire copy writes it ("met Sunday with", "said Tuesday"), not one that opens a
    /// stated date ("Monday, March 3").</summary>
    [GeneratedRegex(@"(?<![Oo]n\s|[Ll]ast\s|[Nn]ext\s|[Tt]his\s)\b" + Weekday + @"\b(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")]
    private static partial Regex BareWeekday();

    /// <summary>Periods counted from the publication date: last week, earlier this month, three days ago, last year.</summary>
    [GeneratedRegex(@"\b(?<period>(?:[Ll]ast|[Ee]arlier\s+this|[Tt]his|[Pp]ast)\s+(?<unit>week|month|year)|(?<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago|the\s+day\s+before\s+yesterday)\b")]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:will|shall|is due to|are due to|is expected to|are expected to|is scheduled to|plans to|is set to|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:published|posted|shared|released|tweeted|circulated|uploaded)\b[^.]*?\b(?:photos?|pictures?|images?|videos?|footage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedMedia();

    public static List<ReportedDate> Find(string text, PartialDate? published)
    {
        var found = new List<ReportedDate>();
        var taken = new List<(int Start, int End)>();
        void Add(ReportedDate? date)
        {
            if (date is null || taken.Any(t => date.Start < t.End && t.Start < date.End)) return;
            taken.Add((date.Start, date.End));
            found.Add(date);
        }

        foreach (Match m in Iso().Matches(text)) Add(FromIso(m));
        foreach (Match m in MonthDay().Matches(text)) Add(FromDayMatch(text, m, published));
        foreach (Match m in DayMonth().Matches(text)) Add(FromDayMatch(text, m, published));
        foreach (Match m in MonthYear().Matches(text)) Add(FromMonthYear(m));
        foreach (Match m in MonthOnly().Matches(text)) Add(FromMonthOnly(m, published));
        foreach (Match m in YearOnly().Matches(text)) Add(FromYear(m));
        foreach (Match m in Relative().Matches(text)) Add(FromRelative(m, published, Future().IsMatch(SentenceBefore(text, m.Index))));
        foreach (Match m in Period().Matches(text)) Add(FromPeriod(m, published));
        foreach (Match m in BareWeekday().Matches(text)) Add(FromRelative(m, published, Future().IsMatch(SentenceBefore(text, m.Index))));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found.Select(d => QualifyPublished(text, d)).ToList();
    }

    private static ReportedDate? FromIso(Match m)
    {
        if (!TryDate(Int(m, "year"), Int(m, "mm"), Int(m, "dd"), out var day)) return null;
        return new ReportedDate(m.Value, m.Index, m.Index + m.Length, day.ToString(), DatePrecision.Day, day, day, null, DateBasis.Stated, 0.95);
    }

    private static ReportedDate? FromDayMatch(string text, Match m, PartialDate? published)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var dayNumber = Int(m, "day");
        int? endDay = m.Groups["endday"].Success ? Int(m, "endday") : null;
        if (endDay <= dayNumber) endDay = null;
        if (m.Groups["month"].Value == "May" && !m.Groups["year"].Success && !LooksLikeDate(text, m)) return null;
        var qualifier = Qualified(m);
        var (year, basis, confidence) = YearFor(m, month, dayNumber, published);
        var precision = endDay is null ? DatePrecision.Day : DatePrecision.Range;
        if (year is null)
        {
            var unknown = endDay is null ? $"XXXX-{month:00}-{dayNumber:00}" : $"XXXX-{month:00}-{dayNumber:00}/XXXX-{month:00}-{endDay:00}";
            if (dayNumber is < 1 or > 31 || endDay > 31) return null;
            return new ReportedDate(m.Value, m.Index, m.Index + m.Length, unknown, precision, null, null, qualifier, basis, 0.5);
        }
        if (!TryDate(year.Value, month, dayNumber, out var from)) return null;
        var to = from;
        if (endDay is not null && !TryDate(year.Value, month, endDay.Value, out to)) return null;
        var value = endDay is null ? from.ToString() : $"{from}/{to}";
        return new ReportedDate(m.Value, m.Index, m.Index + m.Length, value, precision, from, to, qualifier, basis, confidence);
    }

    private static ReportedDate? FromMonthYear(Match m)
    {
        var month = new PartialDate(Int(m, "year"), MonthNumber(m.Groups["month"].Value));
        return new ReportedDate(m.Value, m.Index, m.Index + m.Length, month.ToString(), DatePrecision.Month, month, month, Qualified(m), DateBasis.Stated, 0.95);
    }

    private static ReportedDate? FromMonthOnly(Match m, PartialDate? published)
    {
        var monthNumber = MonthNumber(m.Groups["month"].Value);
        if (m.Groups["month"].Value == "May" && !m.Groups["qualifier"].Success) return null;
        var start = m.Groups["qualifier"].Success ? m.Index : m.Groups["month"].Index;
        var end = m.Index + m.Length;
        if (published is not { } pub)
            return new ReportedDate(m.Value[(start - m.Index)..], start, end, $"XXXX-{monthNumber:00}", DatePrecision.Month, null, null, Qualified(m), DateBasis.YearUnknown, 0.5);
        var year = monthNumber > (pub.Month ?? 12) ? pub.Year - 1 : pub.Year;
        var month = new PartialDate(year, monthNumber);
        return new ReportedDate(m.Value[(start - m.Index)..], start, end, month.ToString(), DatePrecision.Month, month, month, Qualified(m), DateBasis.YearFromPublication, 0.7);
    }

    private static ReportedDate FromYear(Match m)
    {
        var year = new PartialDate(Int(m, "year"));
        var start = m.Groups["qualifier"].Success ? m.Index : m.Groups["year"].Index;
        var end = m.Index + m.Length;
        return new ReportedDate(m.Value[(start - m.Index)..], start, end, year.ToString(), DatePrecision.Year, year, year, Qualified(m), DateBasis.Stated, 0.9);
    }

    /// <summary>A weekday counts back from the publication date, unless the sentence speaks of the future ("will meet
    /// … on Thursday"): then it counts forward.</summary>
    private static ReportedDate? FromRelative(Match m, PartialDate? published, bool future)
    {
        if (published is not { Day: not null } pub) return null;
        var anchor = new DateOnly(pub.Year, pub.Month!.Value, pub.Day.Value);
        DateOnly day;
        if (m.Groups["relative"].Success)
            day = m.Groups["relative"].Value.ToLowerInvariant() switch
            {
                "yesterday" or "last night" => anchor.AddDays(-1),
                _ => anchor,
            };
        else
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value);
            var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
            if (m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) && back == 0) back = 7;
            day = future && !m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase)
                ? anchor.AddDays(((int)weekday - (int)anchor.DayOfWeek + 7) % 7)
                : anchor.AddDays(-back);
        }
        var date = new PartialDate(day.Year, day.Month, day.Day);
        return new ReportedDate(m.Value, m.Index, m.Index + m.Length, date.ToString(), DatePrecision.Day, date, date, null, DateBasis.RelativeToPublication, 0.8);
    }

    /// <summary>"last week" is the Monday-to-Sunday week before the publication's; "earlier this week" runs from this
    /// week's Monday to the publication date; "last month" and "last year" are the month and year before; "three days
    /// ago" is a day. Each needs a publication date to the day (a month for months and years).</summary>
    private static ReportedDate? FromPeriod(Match m, PartialDate? published)
    {
        if (published is not { Month: not null } pub) return null;
        var text = m.Value.ToLowerInvariant();
        var past = !text.StartsWith("this", StringComparison.Ordinal) && !text.StartsWith("earlier", StringComparison.Ordinal);
        var unit = m.Groups["unit"].Value;
        if (unit == "year")
        {
            var year = new PartialDate(past ? pub.Year - 1 : pub.Year);
            return new ReportedDate(m.Value, m.Index, m.Index + m.Length, year.ToString(), DatePrecision.Year, year, year, null, DateBasis.RelativeToPublication, 0.8);
        }
        if (unit == "month")
        {
            var first = new DateOnly(pub.Year, pub.Month.Value, 1).AddMonths(past ? -1 : 0);
            var month = new PartialDate(first.Year, first.Month);
            return new ReportedDate(m.Value, m.Index, m.Index + m.Length, month.ToString(), DatePrecision.Month, month, month, null, DateBasis.RelativeToPublication, 0.8);
        }
        if (pub.Day is null) return null;
        var anchor = new DateOnly(pub.Year, pub.Month.Value, pub.Day.Value);
        if (unit == "week")
        {
            var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
            var (from, to) = past ? (monday.AddDays(-7), monday.AddDays(-1)) : (monday, anchor);
            return Range(m, from, to);
        }
        var days = text.StartsWith("the day before", StringComparison.Ordinal) ? 2 : Count(m.Groups["count"].Value);
        var day = anchor.AddDays(-days);
        var date = new PartialDate(day.Year, day.Month, day.Day);
        return new ReportedDate(m.Value, m.Index, m.Index + m.Length, date.ToString(), DatePrecision.Day, date, date, null, DateBasis.RelativeToPublication, 0.8);
    }

    private static ReportedDate Range(Match m, DateOnly from, DateOnly to)
    {
        var (a, b) = (new PartialDate(from.Year, from.Month, from.Day), new PartialDate(to.Year, to.Month, to.Day));
        return from == to
            ? new ReportedDate(m.Value, m.Index, m.Index + m.Length, a.ToString(), DatePrecision.Day, a, a, null, DateBasis.RelativeToPublication, 0.8)
            : new ReportedDate(m.Value, m.Index, m.Index + m.Length, $"{a}/{b}", DatePrecision.Range, a, b, null, DateBasis.RelativeToPublication, 0.7);
    }

    private static int Count(string word) => word switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        _ => int.Parse(word, CultureInfo.InvariantCulture),
    };

    private static (int? Year, DateBasis Basis, double Confidence) YearFor(Match m, int month, int day, PartialDate? published)
    {
        if (m.Groups["year"].Success) return (Int(m, "year"), DateBasis.Stated, 0.95);
        if (published is not { } pub) return (null, DateBasis.YearUnknown, 0.5);
        var year = pub.Year;
        var anchor = new DateOnly(pub.Year, pub.Month ?? 12, pub.Day ?? DateTime.DaysInMonth(pub.Year, pub.Month ?? 12));
        if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > anchor.AddDays(7)) year--;
        return (year, DateBasis.YearFromPublication, 0.7);
    }

    private static ReportedDate QualifyPublished(string text, ReportedDate date)
    {
        if (date.Qualifier is not null) return date;
        return PublishedMedia().IsMatch(SentenceBefore(text, date.Start)) ? date with { Qualifier = "on or before" } : date;
    }

    /// <summary>The text from the start of the sentence (or line) up to <paramref name="start"/>.</summary>
    private static string SentenceBefore(string text, int start)
    {
        var sentenceStart = Math.Max(text.LastIndexOf(". ", Math.Max(0, start - 1), Math.Min(start, 300), StringComparison.Ordinal), text.LastIndexOf('\n', Math.Max(0, start - 1)));
        return text[Math.Max(0, sentenceStart + 1)..start];
    }

    /// <summary>"May 5" is a date; "may 5" or "May 5 people" in a sentence is not always: accept only after "on", "in", "of" or a comma.</summary>
    private static bool LooksLikeDate(string text, Match m)
    {
        var before = text[Math.Max(0, m.Index - 4)..m.Index].ToLowerInvariant();
        return before.EndsWith("on ") || before.EndsWith("in ") || before.EndsWith("of ") || before.EndsWith(", ") || m.Index == 0;
    }

    private static string? Qualified(Match m) => m.Groups["qualifier"].Success ? m.Groups["qualifier"].Value.ToLowerInvariant() : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, a => a.Length > 0 && name.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1;

    private static bool TryDate(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }
}
