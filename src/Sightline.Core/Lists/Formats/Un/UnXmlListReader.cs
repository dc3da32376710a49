using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.Un;

/// <summary>
/// Reads the UN Security Council Consolidated List XML (<c>CONSOLIDATED_LIST</c> with <c>INDIVIDUALS</c> and
/// <c>ENTITIES</c>): names and aliases with their quality, names in original script, dates of birth (exact,
/// year, approximate, ranges), nationalities, documents, addresses, listed-on dates, designations, titles
/// and comments. The entry id is the UN reference number (<c>QDi.001</c>); DATAID is kept as a field.
/// </summary>
/// <remarks>Streams one entry element at a time with DTD processing prohibited (no entity expansion).
/// Malformed XML, a truncated file or a wrong encoding throws <see cref="ListFormatException"/> with the
/// line; a single unreadable date is a warning and its text is kept.</remarks>
public sealed class UnXmlListReader : IListReader
{
    public const string DefaultList = "un_sc_sanctions";
    private readonly string _path;
    private readonly List<string> _warnings = [];

    public UnXmlListReader(string path, string? listName = null, DateTimeOffset? published = null)
    {
        _path = path;
        Source = new ListSource(listName ?? DefaultList, ListFormat.UnXml, Path.GetFullPath(path),
            ReadDateGenerated(path) ?? published, ContentHash.OfFiles([path]), [path]);
    }

    public ListSource Source { get; }
    public IReadOnlyList<string> Warnings => _warnings;
    private string FileName => Path.GetFileName(_path);

    /// <summary>True when the file's root element is <c>CONSOLIDATED_LIST</c>.</summary>
    public static bool IsUnList(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, Settings());
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "CONSOLIDATED_LIST";
        }
        catch (XmlException) { return false; }
    }

    public IEnumerable<ListEntry> ReadEntries()
    {
        using var stream = File.OpenRead(_path);
        if (stream.Length == 0) throw new ListFormatException(FileName, null, null, "the file is empty");
        using var reader = XmlReader.Create(stream, Settings());
        var lineInfo = (IXmlLineInfo)reader;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Guard(() => reader.MoveToContent(), reader);
        if (reader.LocalName != "CONSOLIDATED_LIST")
            throw new ListFormatException(FileName, lineInfo.LineNumber, null, $"root element is <{reader.LocalName}>, not <CONSOLIDATED_LIST>");

        Guard(reader.Read, reader);
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("INDIVIDUAL" or "ENTITY"))
            {
                Guard(reader.Read, reader);
                continue;
            }
            var line = lineInfo.LineNumber;
            // ReadFrom consumes the element and leaves the reader on the node after it.
            var element = Guard(() => (XElement)XNode.ReadFrom(reader), reader);
            var entry = ToEntry(element, line);
            if (!ids.Add(entry.Id)) throw new ListFormatException(FileName, line, "REFERENCE_NUMBER", $"{entry.Id} appears twice");
            yield return entry;
        }
    }

    private ListEntry ToEntry(XElement e, int line)
    {
        var isPerson = e.Name.LocalName == "INDIVIDUAL";
        var prefix = isPerson ? "INDIVIDUAL" : "ENTITY";
        var id = Text(e, "REFERENCE_NUMBER") ?? throw new ListFormatException(FileName, line, "REFERENCE_NUMBER", "is missing");
        var name = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }.Select(n => Text(e, n)).OfType<string>());
        if (name.Length == 0) throw new ListFormatException(FileName, line, "FIRST_NAME", $"entry {id} has no name");

        var names = new List<EntryName> { new(name, NameKind.Primary) };
        if (Text(e, "NAME_ORIGINAL_SCRIPT") is { } original) names.Add(new EntryName(original, NameKind.OriginalScript));
        foreach (var alias in e.Elements(prefix + "_ALIAS"))
        {
            if (Text(alias, "ALIAS_NAME") is not { } aliasName) continue;
            var quality = Text(alias, "QUALITY");
            var kind = quality switch { "Low" => NameKind.WeakAlias, "f.k.a." => NameKind.FormerName, _ => NameKind.Alias };
            names.Add(new EntryName(aliasName, kind, quality));
        }

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in new[] { "DATAID", "VERSIONNUM", "SUBMITTED_BY" })
            if (Text(e, f) is { } v) fields[f] = v;
        if (Values(e, "LIST_TYPE").ToList() is { Count: > 0 } listTypes) fields["LIST_TYPE"] = string.Join("; ", listTypes);
        if (Values(e, "LAST_DAY_UPDATED").ToList() is { Count: > 0 } updated) fields["LAST_DAY_UPDATED"] = string.Join("; ", updated);

        var other = new List<string>();
        var listingDates = new List<ListingDate>();
        if (Text(e, "LISTED_ON") is { } listedOn)
        {
            if (PartialDate.TryParse(listedOn, out var listed)) listingDates.Add(new ListingDate(listed, ListingDateSource.ListField, "LISTED_ON"));
            else Warn(line, "LISTED_ON", listedOn, other);
        }

        return new ListEntry
        {
            List = Source.List,
            Id = id,
            Schema = isPerson ? EntrySchema.Person : EntrySchema.Organization,
            Name = name,
            Names = names,
            Programs = Text(e, "UN_LIST_TYPE") is { } program ? [program] : [],
            ListingDates = listingDates,
            BirthDates = isPerson ? BirthDates(e, line, other) : [],
            BirthPlaces = e.Elements("INDIVIDUAL_PLACE_OF_BIRTH").Select(p => JoinParts(p, "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE")).OfType<string>().ToList(),
            Nationalities = Values(e, "NATIONALITY").ToList(),
            Gender = Text(e, "GENDER"),
            Titles = Values(e, "TITLE").Concat(Values(e, "DESIGNATION")).ToList(),
            Identifiers = e.Elements("INDIVIDUAL_DOCUMENT").Select(ToIdentifier).OfType<Identifier>().ToList(),
            Addresses = e.Elements(prefix + "_ADDRESS").Select(ToAddress).Where(a => a.ToString().Length > 0).ToList(),
            OtherFacts = other,
            Fields = fields,
            Remarks = Text(e, "COMMENTS1"),
        };
    }

    private List<DateFact> BirthDates(XElement e, int line, List<string> other)
    {
        var dates = new List<DateFact>();
        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var type = Text(dob, "TYPE_OF_DATE");
            var approximate = type == "APPROXIMATELY";
            var alternative = dates.Count > 0;
            var exact = Text(dob, "DATE") ?? Text(dob, "YEAR");
            var (fromText, toText) = (Text(dob, "FROM_YEAR"), Text(dob, "TO_YEAR"));
            if (exact is null && fromText is null) continue;
            if (exact is not null && PartialDate.TryParse(exact, out var date))
                dates.Add(new DateFact(date, null, approximate, alternative));
            else if (PartialDate.TryParse(fromText, out var from) && PartialDate.TryParse(toText, out var to))
                dates.Add(new DateFact(from, to, approximate, alternative));
            else
                Warn(line, "INDIVIDUAL_DATE_OF_BIRTH", exact ?? $"{fromText}-{toText}", other);
        }
        return dates;
    }

    private void Warn(int line, string field, string value, List<string> other)
    {
        _warnings.Add($"{FileName}:{line}: field {field}: '{value}' is not a date; kept as text");
        other.Add($"{field}: {value}");
    }

    private static Identifier? ToIdentifier(XElement d)
    {
        var number = Text(d, "NUMBER");
        var type = JoinWith(" / ", Text(d, "TYPE_OF_DOCUMENT"), Text(d, "TYPE_OF_DOCUMENT2"));
        if (number is null && type is null) return null;
        var note = JoinWith("; ",
            Text(d, "DATE_OF_ISSUE") is { } issued ? "issued " + issued : null,
            JoinParts(d, "CITY_OF_ISSUE", "COUNTRY_OF_ISSUE") is { } place ? "issued in " + place : null,
            Text(d, "NOTE"));
        return new Identifier(type ?? "Document", number ?? "", Text(d, "ISSUING_COUNTRY"), note);
    }

    private static Address ToAddress(XElement a) =>
        new(Text(a, "STREET"), Text(a, "CITY"), Text(a, "STATE_PROVINCE"), Text(a, "ZIP_CODE"), Text(a, "COUNTRY"), Text(a, "NOTE"));

    private static string? Text(XElement e, string name) =>
        e.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static IEnumerable<string> Values(XElement e, string name) =>
        e.Elements(name).SelectMany(x => x.Elements("VALUE")).Select(v => v.Value.Trim()).Where(v => v.Length > 0);

    private static string? JoinParts(XElement e, params string[] names) =>
        JoinWith(", ", names.Select(n => Text(e, n)).ToArray());

    private static string? JoinWith(string separator, params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } present ? string.Join(separator, present) : null;

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    private T Guard<T>(Func<T> read, XmlReader reader)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            var problem = e.Message;
            var lineSuffix = problem.IndexOf(" Line ", StringComparison.Ordinal);
            if (lineSuffix > 0) problem = problem[..lineSuffix];
            throw new ListFormatException(FileName, e.LineNumber > 0 ? e.LineNumber : ((IXmlLineInfo)reader).LineNumber, null,
                $"not well-formed XML (position {e.LinePosition}): {problem.TrimEnd('.')}. The file may be truncated or in another encoding");
        }
    }

    private static DateTimeOffset? ReadDateGenerated(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, Settings());
            reader.MoveToContent();
            var value = reader.GetAttribute("dateGenerated");
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
        }
        catch (XmlException) { return null; }
    }
}
