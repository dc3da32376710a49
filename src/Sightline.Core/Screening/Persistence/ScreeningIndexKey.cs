using Sightline.Lists;

namespace Sightline.Screening.Persistence;

/// <summary>
/// What a stored screening index was built from, as lines of text kept in the file's header: the build of Sightline's
/// names and screening code, and the active version of every list. A stored index is used only when its key equals
/// the key of the database now; any difference means it is rebuilt.
/// </summary>
/// <remarks>The code line is the module version id of the assembly holding <see cref="ScreeningIndex"/>, which the
/// compiler derives from the assembly's content: any change to how names are parsed, keyed or indexed gives another
/// id, so an index built by other code is never used. A names model read from a file beside the program, rather than
/// compiled or embedded into the assembly, adds a line with the hash of that file here.</remarks>
public sealed class ScreeningIndexKey(IReadOnlyList<string> lines)
{
    public IReadOnlyList<string> Lines { get; } = lines;

    public static ScreeningIndexKey For(IEnumerable<ListVersion> activeVersions) =>
        new([CodeLine, .. activeVersions.OrderBy(v => v.List, StringComparer.Ordinal).Select(ListLine)]);

    public string Text => string.Join('\n', Lines);

    public static ScreeningIndexKey Parse(string text) => new(text.Split('\n'));

    /// <summary>Why an index stored under <paramref name="stored"/> does not serve this key, in a few words; null when
    /// it does.</summary>
    public string? Difference(ScreeningIndexKey stored)
    {
        if (Text == stored.Text) return null;
        if (Lines[0] != stored.Lines[0]) return "Sightline's names or screening code changed";
        var now = ListsOf(this);
        var before = ListsOf(stored);
        var changes = new List<string>();
        foreach (var (list, (number, line)) in now)
        {
            if (!before.TryGetValue(list, out var old)) changes.Add($"{list} is new");
            else if (old.Number != number) changes.Add($"{list} is now version {number}");
            else if (old.Line != line) changes.Add($"{list} version {number} is another import");
        }
        changes.AddRange(before.Keys.Where(list => !now.ContainsKey(list)).Select(list => $"{list} is no longer active"));
        return $"the lists changed ({string.Join(", ", changes)})";
    }

    private static string CodeLine => $"code {typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId:N}";

    private static string ListLine(ListVersion version) =>
        $"list {version.List} version {version.Number} id {version.Id} content {version.ContentHash} imported {version.ImportedAt.UtcTicks}";

    /// <summary>List name to its version number and whole line.</summary>
    private static Dictionary<string, (string Number, string Line)> ListsOf(ScreeningIndexKey key)
    {
        var lists = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in key.Lines.Skip(1))
        {
            var words = line.Split(' ');
            if (words.Length > 3) lists[words[1]] = (words[3], line);
        }
        return lists;
    }
}
