using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.Ofac;

/// <summary>
/// Reads an OFAC legacy CSV set (SDN or Consolidated): primary records joined with their aliases,
/// addresses and remarks overflow, the Remarks parsed into facts by <see cref="OfacRemarksParser"/>.
/// </summary>
/// <remarks>The alias, address and comment files are small and are indexed in memory; the primary file is
/// streamed. Only the primary file is required to read: a missing companion is a warning here, and the import's
/// checks (<c>ListCompleteness</c>) refuse the set unless told a partial set is meant. The legacy CSV carries no
/// designation dates, so listing dates come only from dates stated in Remarks.</remarks>
public sealed class OfacCsvListReader : IListReader
{
    private readonly OfacFileSet _set;
    private readonly string _folder;
    private readonly List<string> _warnings = [];

    public OfacCsvListReader(string folder, OfacFileSet set, string? listName = null, DateTimeOffset? published = null)
    {
        _folder = folder;
        _set = set;
        var primary = OfacFileSet.Find(folder, set.Primary)
            ?? throw new ListFormatException(set.Primary, null, null, $"not found in {folder}");
        var files = set.AllNames.Select(n => OfacFileSet.Find(folder, n)).OfType<string>().ToList();
        MissingCompanions = set.AllNames.Skip(1).Where(n => OfacFileSet.Find(folder, n) is null).ToList();
        Source = new ListSource(listName ?? set.List, set.Format, Path.GetFullPath(folder), published, ContentHash.OfFiles(files), files);
        PrimaryFile = primary;
    }

    public ListSource Source { get; }
    public IReadOnlyList<string> Warnings => _warnings;
    private string PrimaryFile { get; }

    /// <summary>The primary file's name as found (<c>sdn.csv</c>).</summary>
    public string PrimaryFileName => Path.GetFileName(PrimaryFile);

    /// <summary>The alias, address and comments files of the set that are not in the folder.</summary>
    public IReadOnlyList<string> MissingCompanions { get; }

    /// <summary>The primary, alias and address files that lack OFAC's 0x1A end-of-file byte (checked on read). The
    /// comments file is left out: OFAC has published it without the byte.</summary>
    public List<string> FilesWithoutEndMarker { get; } = [];

    public IEnumerable<ListEntry> ReadEntries()
    {
        var aliases = LoadCompanion(_set.Aliases, OfacFileSet.AliasFields);
        var addresses = LoadCompanion(_set.Addresses, OfacFileSet.AddressFields);
        var comments = LoadCompanion(_set.Comments, OfacFileSet.CommentFields);
        var seen = new HashSet<int>();

        var primary = OfacCsvFile.Load(PrimaryFile);
        if (!primary.HasEndOfFileMarker) FilesWithoutEndMarker.Add(primary.FileName);
        foreach (var record in primary.Records(OfacFileSet.PrimaryFields))
        {
            var id = record.RequiredInt("ent_num");
            if (!seen.Add(id)) throw new ListFormatException(record.File, record.Line, "ent_num", $"{id} appears twice");
            yield return ToEntry(record, id, aliases, addresses, comments);
        }

        foreach (var (kind, index) in new[] { (_set.Aliases, aliases), (_set.Addresses, addresses), (_set.Comments, comments) })
        {
            var orphans = index.Keys.Where(k => !seen.Contains(k)).ToList();
            if (orphans.Count > 0)
                _warnings.Add($"{kind}: {orphans.Count} row(s) refer to ent_num not in {_set.Primary} (first: {orphans.Min()})");
        }
    }

    private ListEntry ToEntry(OfacCsvRecord r, int id, Dictionary<int, List<OfacCsvRecord>> aliases,
        Dictionary<int, List<OfacCsvRecord>> addresses, Dictionary<int, List<OfacCsvRecord>> comments)
    {
        var name = r.Required("SDN_Name");
        var remarks = r["Remarks"];
        if (comments.TryGetValue(id, out var overflow))
            remarks = (remarks ?? "") + string.Concat(overflow.Select(c => c["remarks"]));
        var parsed = OfacRemarksParser.Parse(remarks);

        var names = new List<EntryName> { new(name, NameKind.Primary) };
        if (aliases.TryGetValue(id, out var alts))
            names.AddRange(alts.Select(a => new EntryName(a.Required("alt_name"), AliasKind(a), a["alt_remarks"])));
        names.AddRange(parsed.Names);

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in new[] { "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner" })
            if (r[f] is { } v) fields[f] = v;

        return new ListEntry
        {
            List = Source.List,
            Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Schema = SchemaOf(r),
            Name = name,
            Names = names,
            Programs = SplitPrograms(r["Program"]),
            ListingDates = parsed.ListingDates,
            BirthDates = parsed.BirthDates,
            BirthPlaces = parsed.BirthPlaces,
            Nationalities = parsed.Nationalities,
            Citizenships = parsed.Citizenships,
            Gender = parsed.Gender,
            Titles = r["Title"] is { } title ? [title] : [],
            Identifiers = parsed.Identifiers,
            Addresses = addresses.TryGetValue(id, out var adds) ? adds.Select(ToAddress).Where(a => a.ToString().Length > 0).ToList() : [],
            Relations = parsed.Relations,
            OtherFacts = parsed.OtherFacts,
            Fields = fields,
            Remarks = remarks,
        };
    }

    private static EntrySchema SchemaOf(OfacCsvRecord r) => r["SDN_Type"]?.ToLowerInvariant() switch
    {
        null => EntrySchema.Organization,
        "individual" => EntrySchema.Person,
        "vessel" => EntrySchema.Vessel,
        "aircraft" => EntrySchema.Aircraft,
        var other => throw new ListFormatException(r.File, r.Line, "SDN_Type", $"'{other}' is not individual, vessel, aircraft or null"),
    };

    private static NameKind AliasKind(OfacCsvRecord a) => a["alt_type"]?.ToLowerInvariant() switch
    {
        "aka" => NameKind.Alias,
        "fka" => NameKind.FormerName,
        "nka" => NameKind.NewName,
        var other => throw new ListFormatException(a.File, a.Line, "alt_type", $"'{other}' is not aka, fka or nka"),
    };

    /// <summary>OFAC writes several programmes as <c>SDGT] [GLOMAG</c> (the outer brackets are dropped by the CSV).</summary>
    public static IReadOnlyList<string> SplitPrograms(string? program) =>
        program is null ? [] : program.Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Trim('[', ']', ' ')).Where(p => p.Length > 0).ToList();

    private static Address ToAddress(OfacCsvRecord a) =>
        new(Street: a["address"], City: a["city_state_postal"], Country: a["country"], Note: a["add_remarks"]);

    private Dictionary<int, List<OfacCsvRecord>> LoadCompanion(string name, string[] fields)
    {
        var index = new Dictionary<int, List<OfacCsvRecord>>();
        var path = OfacFileSet.Find(_folder, name);
        if (path is null)
        {
            _warnings.Add($"{name} not found next to {_set.Primary}: entries have no {Describe(name)}");
            return index;
        }
        var file = OfacCsvFile.Load(path);
        if (!file.HasEndOfFileMarker && name != _set.Comments) FilesWithoutEndMarker.Add(file.FileName);
        foreach (var record in file.Records(fields))
        {
            var id = record.RequiredInt("ent_num");
            if (!index.TryGetValue(id, out var list)) index[id] = list = [];
            list.Add(record);
        }
        return index;
    }

    private string Describe(string name) =>
        name == _set.Aliases ? "aliases" : name == _set.Addresses ? "addresses" : "remarks overflow";
}
