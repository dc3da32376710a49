using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Formats.Un;

namespace Sightline.Lists.Formats;

/// <summary>
/// Finds the lists at a path and opens a reader for each: a folder is searched (with its subfolders) for
/// OFAC CSV sets, UN XML files and FtM JSON-lines files; a file is read as the format its name and content
/// show, or as the one named.
/// </summary>
public static class ListReaders
{
    private static readonly string[] JsonExtensions = [".json", ".jsonl", ".ndjson", ".ftm"];

    /// <param name="path">A file or a folder.</param>
    /// <param name="format">Forces the format instead of detecting it.</param>
    /// <param name="listName">Overrides the list name (only when the path holds one list).</param>
    /// <param name="published">Publication time to record when the file itself gives none.</param>
    /// <exception cref="ListFormatException">Nothing readable was found, or the named format does not fit.</exception>
    public static IReadOnlyList<IListReader> Open(string path, ListFormat? format = null, string? listName = null, DateTimeOffset? published = null)
    {
        var readers = new List<IListReader>();
        if (Directory.Exists(path)) FindInFolder(path, format, listName, published, readers);
        else if (File.Exists(path)) readers.Add(OpenFile(path, format, listName, published));
        else throw new ListFormatException(path, null, null, "no such file or folder");

        if (readers.Count == 0)
            throw new ListFormatException(path, null, null,
                $"no list found (looked for sdn.csv, cons_prim.csv, UN XML, FtM JSON lines); name the format with --format ({string.Join(", ", ListFormatNames.All)})");
        if (listName is not null && readers.Count > 1)
            throw new ListFormatException(path, null, null, $"holds {readers.Count} lists: --list can only name one");
        return readers;
    }

    private static void FindInFolder(string folder, ListFormat? format, string? listName, DateTimeOffset? published, List<IListReader> readers)
    {
        if (format is null or ListFormat.OfacSdnCsv && OfacFileSet.Find(folder, OfacFileSet.Sdn.Primary) is not null)
            readers.Add(new OfacCsvListReader(folder, OfacFileSet.Sdn, listName, published));
        if (format is null or ListFormat.OfacConsCsv && OfacFileSet.Find(folder, OfacFileSet.Consolidated.Primary) is not null)
            readers.Add(new OfacCsvListReader(folder, OfacFileSet.Consolidated, listName, published));
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (format is null or ListFormat.UnXml && extension == ".xml" && UnXmlListReader.IsUnList(file))
                readers.Add(new UnXmlListReader(file, listName, published));
            else if (format is null or ListFormat.FtmJson && JsonExtensions.Contains(extension) && FtmJsonLinesReader.LooksLikeFtm(file))
                readers.Add(OpenFtm(file, listName, published));
        }
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            FindInFolder(sub, format, listName, published, readers);
    }

    private static IListReader OpenFile(string file, ListFormat? format, string? listName, DateTimeOffset? published)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        format ??= name switch
        {
            "sdn.csv" or "alt.csv" or "add.csv" or "sdn_comments.csv" => ListFormat.OfacSdnCsv,
            _ when name.StartsWith("cons_", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal) => ListFormat.OfacConsCsv,
            _ when name.EndsWith(".xml", StringComparison.Ordinal) => ListFormat.UnXml,
            _ when JsonExtensions.Any(name.EndsWith) => ListFormat.FtmJson,
            _ => throw new ListFormatException(Path.GetFileName(file), null, null,
                $"cannot tell the list format from the name; name it with --format ({string.Join(", ", ListFormatNames.All)})"),
        };
        return format switch
        {
            ListFormat.OfacSdnCsv => new OfacCsvListReader(folder, OfacFileSet.Sdn, listName, published),
            ListFormat.OfacConsCsv => new OfacCsvListReader(folder, OfacFileSet.Consolidated, listName, published),
            ListFormat.UnXml => new UnXmlListReader(file, listName, published),
            _ => OpenFtm(file, listName, published),
        };
    }

    /// <summary>An FtM file is named after its file unless <paramref name="listName"/> says otherwise, but never after an
    /// official list by its file name alone: a file called <c>us_ofac_sdn.json</c> must not replace the SDN list.</summary>
    private static FtmJsonLinesReader OpenFtm(string file, string? listName, DateTimeOffset? published)
    {
        var named = FtmJsonLinesReader.DefaultListName(file);
        if (listName is null && KnownLists.IsOfficial(named))
            throw new ListFormatException(Path.GetFileName(file), null, null,
                $"an FtM file is not read as the official list {named} because of its file name; name the list with --list (a different name keeps both, --list {named} replaces the official list's active version)");
        return new FtmJsonLinesReader(file, listName, published);
    }
}
