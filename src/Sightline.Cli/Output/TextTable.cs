namespace Sightline.Cli.Output;

/// <summary>A plain text table with aligned columns; numbers are right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object?[] cells) => _rows.Add(cells.Select(c => c switch
    {
        null => "",
        int i => i.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        _ => c.ToString() ?? "",
    }).ToArray());

    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        writer.WriteLine(Line(headers, widths, numeric: new bool[headers.Length]).TrimEnd());
        foreach (var row in _rows)
            writer.WriteLine(Line(row, widths, row.Select(IsNumber).ToArray()).TrimEnd());
    }

    private static string Line(string[] cells, int[] widths, bool[] numeric) =>
        string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i])));

    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(ch => char.IsAsciiDigit(ch) || ch == ',');
}
