using nietras.SeparatedValues;

namespace Sightline.Export;

/// <summary>
/// One CSV cell, safe to open in a spreadsheet: text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return is prefixed with an apostrophe so that Excel, LibreOffice and Google Sheets show it instead of
/// evaluating it as a formula (report text is untrusted); Sep then quotes it as RFC 4180 asks when it holds a comma, a
/// quote or a line break.
/// </summary>
public static class CsvCell
{
    /// <summary>The text with a leading formula character defused, not yet quoted.</summary>
    public static string Defused(string? text)
    {
        var value = text ?? "";
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>One quoted cell.</summary>
    public static string Of(string? text) => Row([text]);

    /// <summary>One CSV record of <paramref name="cells"/>, each defused and quoted where needed, without a line end.</summary>
    public static string Row(params IEnumerable<string?> cells)
    {
        using var writer = Sep.New(',').Writer(o => o with { WriteHeader = false, Escape = true }).ToText();
        using (var row = writer.NewRow())
        {
            var column = 0;
            foreach (var cell in cells) row[(column++).ToString(System.Globalization.CultureInfo.InvariantCulture)].Set(Defused(cell));
        }
        return writer.ToString().TrimEnd('\r', '\n');
    }
}
