using System.Globalization;
using System.Text;

namespace Sightline.Cli.Output;

/// <summary>Text from reports, file names and lists made safe for one line of terminal output: a control character
/// (a newline in a file name, an escape sequence, a bidirectional override) is shown as an escape instead of acting, so
/// untrusted input cannot forge a line such as <c>ALERT …</c> or recolour the terminal.</summary>
internal static class Terminal
{
    /// <summary><paramref name="text"/> with every control and bidirectional-formatting character written as <c>\n</c>,
    /// <c>\t</c> or <c>\uXXXX</c>.</summary>
    public static string Line(string? text)
    {
        if (text is null) return "";
        var clean = true;
        foreach (var c in text)
            if (NeedsEscape(c)) { clean = false; break; }
        if (clean) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) escaped.Append(c);
            else escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
