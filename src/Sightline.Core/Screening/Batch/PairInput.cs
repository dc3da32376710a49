namespace Sightline.Screening.Batch;

/// <summary>One row of a CSV of name pairs: the two names, or the reason the row cannot be read.</summary>
public sealed record PairRow(int Line, string A, string B, string? Error);

/// <summary>Reads a CSV of name pairs with columns <c>a</c> and <c>b</c> (header required, any other columns
/// ignored). A short row becomes a row with an error, so one bad line never stops the batch; a file without the two
/// columns is a <see cref="FormatException"/>.</summary>
public static class PairInput
{
    public static IEnumerable<PairRow> Csv(TextReader reader, string name)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"{name}: empty file (expected a header with columns a,b)");
        var columns = CsvLine.Split(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        int a = columns.IndexOf("a"), b = columns.IndexOf("b");
        if (a < 0 || b < 0) throw new FormatException($"{name}: the header needs columns a and b (found: {string.Join(", ", columns)})");
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var fields = CsvLine.Split(line);
            if (fields.Count <= Math.Max(a, b)) yield return new PairRow(number, "", "", $"line {number}: {fields.Count} fields, expected at least {Math.Max(a, b) + 1}");
            else if (string.IsNullOrWhiteSpace(fields[a]) || string.IsNullOrWhiteSpace(fields[b])) yield return new PairRow(number, fields[a], fields[b], $"line {number}: a name is empty");
            else yield return new PairRow(number, fields[a], fields[b], null);
        }
    }
}
