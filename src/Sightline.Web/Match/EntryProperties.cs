using Sightline.Lists.Model;

namespace Sightline.Web.Match;

/// <summary>A list entry's facts as FollowTheMoney properties, the way yente's clients read them.</summary>
public static class EntryProperties
{
    public static string Schema(EntrySchema schema) => schema switch
    {
        EntrySchema.Person => "Person",
        EntrySchema.Organization => "Organization",
        EntrySchema.Vessel => "Vessel",
        _ => "Airplane",
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(ListEntry entry)
    {
        var properties = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Add(string name, IEnumerable<string?> values)
        {
            var list = values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count > 0) properties[name] = list;
        }
        Add("name", [entry.Name]);
        Add("alias", entry.Names.Select(n => n.Text).Where(n => n != entry.Name));
        Add("birthDate", entry.BirthDates.Select(d => d.From.ToString()));
        Add("birthPlace", entry.BirthPlaces);
        Add("nationality", entry.Nationalities);
        Add("citizenship", entry.Citizenships);
        Add("gender", [entry.Gender]);
        Add("position", entry.Titles);
        Add("program", entry.Programs);
        Add("notes", [entry.Remarks]);
        Add("topics", ["sanction"]);
        return properties;
    }
}
