using Sightline.Lists.Model;

namespace Sightline.Screening;

/// <summary>
/// What a query's birth date, country and type do to a name score. Agreement raises it a little and can decide
/// between the candidates of an ambiguous query; disagreement lowers it, a wrong type or birth year enough to take
/// a good name match below the threshold. A fact the list does not give changes nothing.
/// </summary>
public static class Qualifiers
{
    public const double BirthDateAgrees = 0.05;
    public const double BirthMonthOrDayDiffers = -0.05;
    public const double BirthYearDiffers = -0.25;
    public const double CountryAgrees = 0.03;
    public const double CountryDiffers = -0.1;
    public const double TypeDiffers = -0.3;

    public static IReadOnlyList<QualifierEffect> Apply(ScreeningQuery query, IndexedEntry entry)
    {
        var effects = new List<QualifierEffect>(3);
        if (query.Schema is { } schema)
            effects.Add(schema == entry.Schema
                ? new QualifierEffect("type", Label(schema), Label(entry.Schema), 0, true, "same type")
                : new QualifierEffect("type", Label(schema), Label(entry.Schema), TypeDiffers, false, "different type"));
        if (query.BirthDate is { } born) effects.Add(BirthDate(born, entry));
        if (!string.IsNullOrWhiteSpace(query.Country)) effects.Add(Country(query.Country, entry));
        return effects;
    }

    private static QualifierEffect BirthDate(PartialDate born, IndexedEntry entry)
    {
        if (entry.BirthDates.Count == 0) return new("birth_date", born.ToString(), "", 0, false, "the list gives no birth date");
        var listed = string.Join("; ", entry.BirthDates);
        var sameYear = false;
        foreach (var fact in entry.BirthDates)
        {
            if (Agrees(born, fact)) return new("birth_date", born.ToString(), listed, BirthDateAgrees, true, $"agrees with {fact}");
            sameYear |= fact.From.Year == born.Year;
        }
        return sameYear
            ? new("birth_date", born.ToString(), listed, BirthMonthOrDayDiffers, false, "same year, different month or day")
            : new("birth_date", born.ToString(), listed, BirthYearDiffers, false, "different year");
    }

    /// <summary>Whether a date agrees with a stated one at the precision both give: a range holds the year,
    /// a circa date is within a year, otherwise year, month and day agree as far as both go.</summary>
    internal static bool Agrees(PartialDate born, DateFact fact)
    {
        if (fact.To is { } to) return born.Year >= fact.From.Year - (fact.Approximate ? 1 : 0) && born.Year <= to.Year + (fact.Approximate ? 1 : 0);
        var from = fact.From;
        if (fact.Approximate) return Math.Abs(from.Year - born.Year) <= 1;
        if (from.Year != born.Year) return false;
        if (from.Month is { } m && born.Month is { } bm && m != bm) return false;
        return from.Day is not { } d || born.Day is not { } bd || d == bd;
    }

    private static QualifierEffect Country(string country, IndexedEntry entry)
    {
        var code = Countries.Code(country);
        var listed = string.Join(", ", entry.CountryCodes);
        if (code is null) return new("country", country, listed, 0, false, "not a country Sightline knows");
        if (entry.CountryCodes.Count == 0) return new("country", code, "", 0, false, "the list gives no nationality or country");
        return entry.CountryCodes.Contains(code)
            ? new("country", code, listed, CountryAgrees, true, "same country")
            : new("country", code, listed, CountryDiffers, false, "different country");
    }

    public static string Label(EntrySchema schema) => schema.ToString();
}
