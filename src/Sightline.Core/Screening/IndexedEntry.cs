using Sightline.Lists.Model;

namespace Sightline.Screening;

/// <summary>What screening keeps of a list entry: enough to rank, qualify and show a result, nothing more,
/// so that a million entries fit in memory. Countries are nationalities and citizenships, and for organisations
/// also the countries of their addresses, as ISO alpha-2 codes.</summary>
public sealed record IndexedEntry(
    string List,
    string Id,
    EntrySchema Schema,
    string Name,
    IReadOnlyList<DateFact> BirthDates,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<string> Programs)
{
    public static IndexedEntry From(ListEntry entry)
    {
        var stated = entry.Nationalities.Concat(entry.Citizenships);
        if (entry.Schema != EntrySchema.Person) stated = stated.Concat(entry.Addresses.Select(a => a.Country).OfType<string>());
        var countries = stated
            .Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new IndexedEntry(entry.List, entry.Id, entry.Schema, entry.Name, entry.BirthDates.ToArray(), countries, entry.Programs.ToArray());
    }
}
