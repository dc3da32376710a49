using nietras.SeparatedValues;

namespace Sightline.Screening.Batch;

/// <summary>Splits one CSV record (RFC 4180: commas, double-quoted fields, doubled quotes inside them) with Sep. The
/// batch readers decode and number their lines themselves, so that a line of invalid UTF-8 spoils only its own row;
/// this turns one record of them into fields.</summary>
internal static class CsvLine
{
    public static IReadOnlyList<string> Split(string record)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(record);
        if (!reader.MoveNext()) return [""];
        var fields = new string[reader.Current.ColCount];
        for (var c = 0; c < fields.Length; c++) fields[c] = reader.Current[c].ToString();
        return fields;
    }

    /// <summary>Whether the record ends inside a quoted field, so the next line continues it.</summary>
    public static bool HasOpenQuote(string record) => record.Count(c => c == '"') % 2 == 1;
}
