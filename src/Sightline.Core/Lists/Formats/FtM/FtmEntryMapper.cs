using System.Text.Json;
using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.FtM;

/// <summary>Maps the properties of one FtM party entity onto a <see cref="ListEntry"/>. Properties without a slot go to <see cref="ListEntry.Fields"/>.</summary>
internal static class FtmEntryMapper
{
    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        "name", "alias", "weakAlias", "previousName", "program", "programId", "birthDate", "birthPlace", "nationality",
        "citizenship", "gender", "position", "title", "address", "addressEntity", "notes", "summary", "description", "sanctions",
    };

    public static ListEntry Map(string list, string id, EntrySchema schema, string ftmSchema, string? caption, List<string> datasets,
        JsonElement properties, string file, long line, List<string> warnings)
    {
        var props = Read(properties);
        var names = new List<EntryName>();
        foreach (var n in Values(props, "name")) names.Add(new EntryName(n, names.Count == 0 ? NameKind.Primary : NameKind.Alias));
        if (names.Count == 0)
        {
            var fallback = caption ?? throw new ListFormatException(file, line, "properties.name", $"entity {id} has no name and no caption");
            names.Add(new EntryName(fallback, NameKind.Primary));
        }
        names.AddRange(Values(props, "alias").Select(a => new EntryName(a, NameKind.Alias)));
        names.AddRange(Values(props, "weakAlias").Select(a => new EntryName(a, NameKind.WeakAlias)));
        names.AddRange(Values(props, "previousName").Select(a => new EntryName(a, NameKind.FormerName)));

        var programs = Values(props, "program").Concat(Values(props, "programId")).ToList();
        var listingDates = new List<ListingDate>();
        foreach (var sanction in Nested(properties, "sanctions"))
        {
            programs.AddRange(Values(sanction, "program"));
            foreach (var d in Values(sanction, "listingDate").Concat(Values(sanction, "startDate")))
                if (PartialDate.TryParse(d, out var date)) listingDates.Add(new ListingDate(date, ListingDateSource.ListField, "listingDate"));
        }

        var birthDates = new List<DateFact>();
        foreach (var text in Values(props, "birthDate"))
        {
            if (PartialDate.TryParse(text, out var date)) birthDates.Add(new DateFact(date, Alternative: birthDates.Count > 0));
            else warnings.Add($"{file}:{line}: field properties.birthDate: '{text}' is not a date; kept in fields");
        }

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["schema"] = ftmSchema };
        if (datasets.Count > 0) fields["datasets"] = string.Join("; ", datasets);
        var identifiers = new List<Identifier>();
        foreach (var (key, values) in props)
        {
            if (Handled.Contains(key) || values.Count == 0) continue;
            if (FtmSchemas.IdentifierProperties.Contains(key)) identifiers.AddRange(values.Select(v => new Identifier(key, v)));
            else fields[key] = string.Join("; ", values);
        }

        return new ListEntry
        {
            List = list,
            Id = id,
            Schema = schema,
            Name = names[0].Text,
            Names = names.Distinct().ToList(),
            Programs = programs.Distinct().ToList(),
            ListingDates = listingDates.Distinct().ToList(),
            BirthDates = birthDates,
            BirthPlaces = Values(props, "birthPlace").ToList(),
            Nationalities = Values(props, "nationality").ToList(),
            Citizenships = Values(props, "citizenship").ToList(),
            Gender = Values(props, "gender").FirstOrDefault(),
            Titles = Values(props, "position").Concat(Values(props, "title")).ToList(),
            Identifiers = identifiers,
            Addresses = Values(props, "address").Concat(Values(props, "addressEntity")).Select(a => new Address(Street: a)).ToList(),
            Fields = fields,
            Remarks = string.Join("\n", Values(props, "notes").Concat(Values(props, "summary")).Concat(Values(props, "description"))) is { Length: > 0 } r ? r : null,
        };
    }

    /// <summary>Each property as a list of strings; a nested entity object stands as its caption or first name.</summary>
    private static Dictionary<string, List<string>> Read(JsonElement properties)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (properties.ValueKind != JsonValueKind.Object) return result;
        foreach (var property in properties.EnumerateObject())
        {
            var values = new List<string>();
            var items = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            foreach (var item in items)
            {
                var text = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
                    JsonValueKind.Object => CaptionOf(item),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text)) values.Add(text.Trim());
            }
            result[property.Name] = values;
        }
        return result;
    }

    private static IEnumerable<Dictionary<string, List<string>>> Nested(JsonElement properties, string name)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            yield break;
        foreach (var item in value.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("properties", out var inner))
                yield return Read(inner);
    }

    private static string? CaptionOf(JsonElement entity)
    {
        if (entity.TryGetProperty("caption", out var caption) && caption.ValueKind == JsonValueKind.String) return caption.GetString();
        if (entity.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            foreach (var key in new[] { "full", "name", "number", "program" })
                if (p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
                    return v[0].GetString();
        return entity.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    private static IEnumerable<string> Values(Dictionary<string, List<string>> props, string key) =>
        props.TryGetValue(key, out var v) ? v : [];
}
