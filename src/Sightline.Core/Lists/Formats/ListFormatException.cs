namespace Sightline.Lists.Formats;

/// <summary>
/// A list file that cannot be read as its format requires, located as precisely as the format allows:
/// the file, the line (1-based) and the field. The message reads <c>sdn.csv:17: field SDN_Type: ...</c>.
/// </summary>
public sealed class ListFormatException(string file, long? line, string? field, string problem)
    : Exception(Describe(file, line, field, problem))
{
    public string File { get; } = file;
    public long? Line { get; } = line;
    public string? Field { get; } = field;
    public string Problem { get; } = problem;

    private static string Describe(string file, long? line, string? field, string problem)
    {
        var where = line is null ? file : $"{file}:{line}";
        return field is null ? $"{where}: {problem}" : $"{where}: field {field}: {problem}";
    }
}
