using System.Text;
using System.Text.Unicode;
using nietras.SeparatedValues;

namespace Sightline.Lists.Formats.Ofac;

/// <summary>
/// Reads one file of OFAC's legacy CSV set: no header row, comma-separated, double-quoted fields,
/// CRLF line ends, a trailing 0x1A end-of-file byte, and <c>-0- </c> for a null field.
/// </summary>
/// <remarks>OFAC publishes these files in Windows-1252. A file that is valid UTF-8 (some mirrors re-encode)
/// is read as UTF-8; a file holding NUL bytes (UTF-16, binary) or bytes that Windows-1252 leaves undefined
/// is rejected with its location. Every record must have exactly the expected number of fields.</remarks>
public sealed class OfacCsvFile
{
    private const char EndOfFileMarker = '\u001A';
    private static readonly Encoding Windows1252;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static OfacCsvFile()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private OfacCsvFile(string path, string text, bool hasEndMarker)
    {
        Path = path;
        Text = text;
        HasEndOfFileMarker = hasEndMarker;
    }

    public string Path { get; }
    public string FileName => System.IO.Path.GetFileName(Path);
    internal string Text { get; }
    /// <summary>Whether the file ended with OFAC's 0x1A byte; a downloaded file without it was probably cut short.</summary>
    public bool HasEndOfFileMarker { get; }

    /// <summary>Loads and decodes a file. Throws <see cref="ListFormatException"/> for an empty file or a wrong encoding.</summary>
    public static OfacCsvFile Load(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new ListFormatException(name, LineAt(bytes, nul), null,
                $"NUL byte at offset {nul}: the file looks like UTF-16 or binary, but OFAC CSV is Windows-1252 text");

        string text;
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) text = Decode(StrictUtf8, bytes.AsSpan(3), name, bytes);
        else if (LooksLikeUtf8(bytes)) text = StrictUtf8.GetString(bytes);
        else text = Decode(Windows1252, bytes, name, bytes);

        var hasMarker = text.Length > 0 && text[^1] == EndOfFileMarker;
        text = text.TrimEnd(EndOfFileMarker);
        if (text.Trim().Length == 0) throw new ListFormatException(name, null, null, "the file is empty");
        return new OfacCsvFile(path, text, hasMarker);
    }

    /// <summary>Reads the records, each checked to have <paramref name="fieldNames"/>.Length fields. Null fields (<c>-0-</c>) become null.</summary>
    /// <remarks>Sep splits the records; it is asked to leave quotes in place, so that a quoted <c>"-0-"</c> stays text
    /// and a quote left open by a file cut short is seen here (Sep would read it to the end of the file).</remarks>
    public IEnumerable<OfacCsvRecord> Records(IReadOnlyList<string> fieldNames)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = false, DisableColCountCheck = true }).FromText(Text);
        long line = 1; // a row starts where the one before it ended (Sep 0.17 misnumbers the first row's start)
        while (reader.MoveNext())
        {
            var recordLine = line;
            line = reader.Current.LineNumberToExcl;
            var fields = Fields(reader.Current, fieldNames, recordLine);
            if (fields.Length == 1 && fields[0] is null) continue; // blank line
            if (fields.Length != fieldNames.Count)
                throw new ListFormatException(FileName, recordLine, null,
                    $"expected {fieldNames.Count} fields ({string.Join(", ", fieldNames)}), found {fields.Length}");
            yield return new OfacCsvRecord(FileName, recordLine, fieldNames, fields);
        }
    }

    private string?[] Fields(SepReader.Row row, IReadOnlyList<string> fieldNames, long recordLine)
    {
        var fields = new string?[row.ColCount];
        for (var c = 0; c < fields.Length; c++)
        {
            var raw = row[c].Span;
            if (raw.Length > 0 && raw[0] == '"')
                fields[c] = Normalise(Unquote(raw) ?? throw new ListFormatException(FileName, recordLine, FieldName(fieldNames, c),
                    "a quoted field is not closed before the end of the file (the file may be truncated)"));
            else fields[c] = raw.Trim() is "-0-" ? null : Normalise(raw.ToString());
        }
        return fields;
    }

    /// <summary>A quoted field's text: the quotes removed, a doubled quote read as one, anything after the closing
    /// quote kept. Null when the closing quote is missing.</summary>
    private static string? Unquote(ReadOnlySpan<char> raw)
    {
        var inner = raw[1..];
        var quote = inner.IndexOf('"');
        if (quote < 0) return null;
        if (quote == inner.Length - 1) return inner[..quote].ToString();
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '"') { text.Append(inner[i]); continue; }
            if (i + 1 < inner.Length && inner[i + 1] == '"') { text.Append('"'); i++; continue; }
            return text.Append(inner[(i + 1)..]).ToString();
        }
        return null;
    }

    private static string? Normalise(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string FieldName(IReadOnlyList<string> names, int index) =>
        index < names.Count ? names[index] : $"#{index + 1}";

    private static string Decode(Encoding encoding, ReadOnlySpan<byte> span, string name, byte[] whole)
    {
        try
        {
            return encoding.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            var bad = e.BytesUnknown is { Length: > 0 } b ? $"0x{b[0]:X2}" : "a byte";
            throw new ListFormatException(name, LineAt(whole, offset), null,
                $"{bad} at offset {offset} is not valid {encoding.WebName}: the file is in another encoding");
        }
    }

    private static bool LooksLikeUtf8(byte[] bytes) => !Ascii.IsValid(bytes) && Utf8.IsValid(bytes);

    private static long LineAt(byte[] bytes, int offset) =>
        1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
}
