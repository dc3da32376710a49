using System.Text;
using Sightline.Lists.Model;

namespace Sightline.Screening.Batch;

/// <summary>
/// Reads the names of a screening batch, streamed: a CSV file with a header row (a <c>full_name</c> or <c>name</c>
/// column, optional <c>date_of_birth</c>, <c>nationality</c> or <c>country</c>, and <c>schema</c> or <c>type</c>),
/// or plain text with one name a line. Each line is decoded on its own, so invalid UTF-8, a bad date or an unknown
/// type spoils only its own row, which comes back with <see cref="InputRow.Error"/> and its line number.
/// </summary>
public static class BatchInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Plain text, one name a line; blank lines are skipped.</summary>
    public static IEnumerable<InputRow> Lines(Stream stream)
    {
        foreach (var (line, text, error) in DecodedLines(stream))
        {
            if (error is not null) yield return new InputRow(line, null, error);
            else if (!string.IsNullOrWhiteSpace(text)) yield return new InputRow(line, new ScreeningQuery(text!.Trim()), null);
        }
    }

    /// <summary>CSV with a header row. Throws <see cref="FormatException"/> naming the columns found when the header
    /// has no name column; every other problem is a row error.</summary>
    public static IEnumerable<InputRow> Csv(Stream stream, string sourceName)
    {
        using var lines = DecodedLines(stream).GetEnumerator();
        Dictionary<string, int>? columns = null;
        while (columns is null)
        {
            if (!lines.MoveNext()) throw new FormatException($"{sourceName}: the file is empty; it needs a header row with a full_name or name column");
            var (line, text, error) = lines.Current;
            if (error is not null) throw new FormatException($"{sourceName}:{line}: the header row {error}");
            if (string.IsNullOrWhiteSpace(text)) continue;
            columns = CsvLine.Split(text!).Select((name, i) => (name: name.Trim().ToLowerInvariant(), i))
                .GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i);
        }
        var nameColumn = Column(columns, "full_name", "name")
            ?? throw new FormatException($"{sourceName}: the header has no full_name or name column (columns: {string.Join(", ", columns.Keys)})");
        var birthColumn = Column(columns, "date_of_birth", "birth_date", "dob");
        var countryColumn = Column(columns, "nationality", "country");
        var schemaColumn = Column(columns, "schema", "type");

        while (lines.MoveNext())
        {
            var (line, text, error) = lines.Current;
            if (error is not null) { yield return new InputRow(line, null, error); continue; }
            if (string.IsNullOrWhiteSpace(text)) continue;
            var startLine = line;
            while (CsvLine.HasOpenQuote(text!) && lines.MoveNext()) text += "\n" + lines.Current.Text; // a quoted field spanning lines
            yield return Row(startLine, CsvLine.Split(text!), nameColumn, birthColumn, countryColumn, schemaColumn);
        }
    }

    private static InputRow Row(int line, IReadOnlyList<string> fields, int nameColumn, int? birthColumn, int? countryColumn, int? schemaColumn)
    {
        string? Field(int? column) => column is { } c && c < fields.Count && !string.IsNullOrWhiteSpace(fields[c]) ? fields[c].Trim() : null;

        var name = Field(nameColumn);
        if (name is null) return new InputRow(line, null, "the name is empty");
        PartialDate? birth = null;
        if (Field(birthColumn) is { } birthText)
        {
            if (!PartialDate.TryParse(birthText, out var parsed)) return new InputRow(line, null, $"date_of_birth '{birthText}' is not a date (use 1974, 1974-06 or 1974-06-20)");
            birth = parsed;
        }
        EntrySchema? schema = null;
        if (Field(schemaColumn) is { } schemaText)
        {
            if (SchemaNames.Parse(schemaText) is not { } parsed) return new InputRow(line, null, $"schema '{schemaText}' is not one of {SchemaNames.Accepted}");
            schema = parsed;
        }
        return new InputRow(line, new ScreeningQuery(name, schema, birth, Field(countryColumn)), null);
    }

    private static int? Column(Dictionary<string, int> columns, params string[] names)
    {
        foreach (var name in names)
            if (columns.TryGetValue(name, out var index)) return index;
        return null;
    }

    /// <summary>The stream's lines, each decoded as strict UTF-8 (a byte-order mark is skipped), numbered from 1.</summary>
    private static IEnumerable<(int Line, string? Text, string? Error)> DecodedLines(Stream stream)
    {
        var buffer = new MemoryStream();
        var number = 0;
        int b;
        var first = true;
        while (true)
        {
            b = stream.ReadByte();
            if (b != '\n' && b != -1) { buffer.WriteByte((byte)b); continue; }
            if (b == -1 && buffer.Length == 0) yield break;
            number++;
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (first && bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[3..];
            first = false;
            if (bytes.Length > 0 && bytes[^1] == '\r') bytes = bytes[..^1];
            string? text = null, error = null;
            try { text = StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException e) { error = $"is not valid UTF-8 (byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at column {e.Index + 1})"; }
            yield return (number, text, error);
            buffer.SetLength(0);
            if (b == -1) yield break;
        }
    }
}
