using Sightline.Lists.Model;

namespace Sightline.Analysis.Tagging;

/// <summary>Builds the tagger's <see cref="Gazetteer"/> from list entries: Latin-script names of listed persons
/// (OFAC's <c>LAST, First</c> put in reading order) and organisations, the cities and countries of their addresses,
/// and the country names the runtime knows.</summary>
public static class GazetteerBuilder
{
    public static Gazetteer FromEntries(IEnumerable<ListEntry> entries)
    {
        var persons = new List<string>();
        var organizations = new List<string>();
        var places = new List<string>(Countries.EnglishNames);
        foreach (var entry in entries)
        {
            var target = entry.Schema switch
            {
                EntrySchema.Person => persons,
                EntrySchema.Organization => organizations,
                _ => null,
            };
            if (target is null) continue;
            foreach (var name in entry.Names)
                if (name.Kind != NameKind.OriginalScript && IsLatin(name.Text)) target.Add(ReadingOrder(name.Text));
            foreach (var address in entry.Addresses)
            {
                if (address.City is { } city) places.Add(city);
                if (address.Country is { } country) places.Add(country);
            }
        }
        return Gazetteer.Build(persons, organizations, places);
    }

    private static string ReadingOrder(string name)
    {
        var comma = name.IndexOf(',');
        return comma > 0 ? name[(comma + 1)..].Trim() + " " + name[..comma].Trim() : name;
    }

    private static bool IsLatin(string text) => text.All(c => c < 0x0250 || char.IsWhiteSpace(c) || char.IsPunctuation(c));
}
