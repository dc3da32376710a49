using Spectre.Console;

namespace Sightline.Cli.Output;

/// <summary>A table with aligned columns; numbers are right-aligned. On a terminal it is drawn by Spectre.Console with
/// borders and wrapped to the window; written to a file or pipe it is plain text, one row a line, columns two spaces
/// apart, so it stays easy to grep and cut.</summary>
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
        if (ReferenceEquals(writer, Console.Out) && StandardStreams.OutputIsTerminal)
        {
            StandardStreams.OutputConsole().Write(Drawn());
            return;
        }
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        writer.WriteLine(Line(headers, widths, numeric: new bool[headers.Length]).TrimEnd());
        foreach (var row in _rows)
            writer.WriteLine(Line(row, widths, row.Select(IsNumber).ToArray()).TrimEnd());
    }

    private Table Drawn()
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < headers.Length; i++)
        {
            var numeric = _rows.Any(r => IsNumber(r[i])) && _rows.All(r => r[i].Length == 0 || IsNumber(r[i]));
            table.AddColumn(new TableColumn(new Text(headers[i], new Style(decoration: Decoration.Bold)))
                { Alignment = numeric ? Justify.Right : Justify.Left, NoWrap = numeric });
        }
        foreach (var row in _rows) table.AddRow(row.Select(cell => new Text(cell)).ToArray());
        return table;
    }

    private static string Line(string[] cells, int[] widths, bool[] numeric) =>
        string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i])));

    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(ch => char.IsAsciiDigit(ch) || ch == ',');
}
