using System.Globalization;

namespace Sightline.Lists.Formats.Ofac;

/// <summary>One record of an OFAC CSV file, with its location for error messages.</summary>
public sealed class OfacCsvRecord(string file, long line, IReadOnlyList<string> names, string?[] values)
{
    public string File { get; } = file;
    public long Line { get; } = line;

    public string? this[string field] => values[IndexOf(field)];

    public string Required(string field) =>
        this[field] ?? throw new ListFormatException(File, Line, field, "is empty but must have a value");

    public int RequiredInt(string field)
    {
        var text = Required(field);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ListFormatException(File, Line, field, $"'{text}' is not a whole number");
    }

    private int IndexOf(string field)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == field) return i;
        throw new ArgumentException($"no field {field}", nameof(field));
    }
}
