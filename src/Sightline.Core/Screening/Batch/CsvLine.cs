using System.Text;

namespace Sightline.Screening.Batch;

/// <summary>Splits one CSV record (RFC 4180: commas, double-quoted fields, doubled quotes inside them).</summary>
internal static class CsvLine
{
    public static IReadOnlyList<string> Split(string record)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < record.Length && record[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>Whether the record ends inside a quoted field, so the next line continues it.</summary>
    public static bool HasOpenQuote(string record) => record.Count(c => c == '"') % 2 == 1;
}
