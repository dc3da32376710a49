using Sightline.Lists.Model;

namespace Sightline.Screening;

/// <summary>One name to screen, with the qualifiers a searcher knows.</summary>
/// <param name="Name">The name as typed or read, in any script and order.</param>
/// <param name="Schema">Person or organisation (vessel, aircraft), when known.</param>
/// <param name="BirthDate">Date of birth at any precision (<c>1974</c>, <c>1974-06-20</c>).</param>
/// <param name="Country">Nationality or country: a name or an ISO code.</param>
public sealed record ScreeningQuery(string Name, EntrySchema? Schema = null, PartialDate? BirthDate = null, string? Country = null)
{
    /// <summary>The default match threshold, the one yente and Watchman use.</summary>
    public const double DefaultThreshold = 0.7;

    public const int DefaultLimit = 10;
}

/// <summary>How to screen: the threshold for <c>match</c>, how many results, the lowest score worth showing, and whether
/// a match also brings the entry's same parties on other lists (ADR-047).</summary>
public sealed record ScreeningOptions(double Threshold = ScreeningQuery.DefaultThreshold, int Limit = ScreeningQuery.DefaultLimit, double MinimumScore = 0.5, bool SameParties = true);
