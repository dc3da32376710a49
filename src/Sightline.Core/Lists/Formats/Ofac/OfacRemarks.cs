using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.Ofac;

/// <summary>The structured facts read from an OFAC Remarks field; see <see cref="OfacRemarksParser"/>.</summary>
public sealed class OfacRemarks
{
    public List<DateFact> BirthDates { get; } = [];
    public List<string> BirthPlaces { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<string> Citizenships { get; } = [];
    public string? Gender { get; set; }
    public List<Identifier> Identifiers { get; } = [];
    public List<EntryName> Names { get; } = [];
    public List<Relation> Relations { get; } = [];
    public List<ListingDate> ListingDates { get; } = [];
    public List<string> OtherFacts { get; } = [];
}
