namespace Sightline.Lists.Model;

/// <summary>
/// When an entry was designated, with where that knowledge comes from. A list that states no
/// designation date (the OFAC legacy CSV) yields none: the date is unknown, never guessed.
/// </summary>
/// <param name="Date">The date as precise as the source gives it.</param>
/// <param name="Source">Where the date comes from.</param>
/// <param name="Note">The source's wording, e.g. <c>Listing Date (EO 14024 Directive 3)</c>, or the version that first showed the entry.</param>
public sealed record ListingDate(PartialDate Date, ListingDateSource Source, string? Note = null);

/// <summary>The origin of a <see cref="ListingDate"/>.</summary>
public enum ListingDateSource
{
    /// <summary>The list's own listing-date field (UN <c>LISTED_ON</c>, FtM <c>listingDate</c>).</summary>
    ListField,
    /// <summary>A date written in the entry's remarks.</summary>
    Remarks,
    /// <summary>Sightline saw the entry appear between two versions of the list.</summary>
    FirstSeen,
}
