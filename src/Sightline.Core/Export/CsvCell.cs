namespace Sightline.Export;

/// <summary>
/// One CSV cell, safe to open in a spreadsheet: text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return is prefixed with an apostrophe so that Excel, LibreOffice and Google Sheets show it instead of
/// evaluating it as a formula (report text is untrusted); then quoted as RFC 4180 asks when it holds a comma, a quote or
/// a line break.
/// </summary>
public static class CsvCell
{
    public static string Of(string? text)
    {
        var value = text ?? "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static string Row(params IEnumerable<string?> cells) => string.Join(',', cells.Select(Of));
}
